import { Chip, Stack } from '@mui/material'
import AddBusinessOutlined from '@mui/icons-material/AddBusinessOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { supplierKinds } from '../../../shared/trips/trip.schema'
import type { SupplierKind } from '../../../shared/trips/trip.schema'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { ListToolbar } from './parts'
import { ResourceListFrame } from './ResourceListFrame'
import { ExportButton } from '../exports/ExportButton'
import { ImportButton } from '../imports/ImportButton'
import { SupplierFormDialog } from './SupplierFormDialog'
import { SupplierTable } from './SupplierTable'

type Open = { kind: 'add' } | { kind: 'edit'; id: number } | null

/** Ground operators, hotels, coaches, restaurants…: filtered by kind, searched, edited in a dialog. */
export function SuppliersScreen() {
  const { t } = useTranslation('resources')
  const navigate = useNavigate()
  const [q, setQ] = useState('')
  const [kind, setKind] = useState<SupplierKind | null>(null)
  const [inactive, setInactive] = useState(false)
  const [open, setOpen] = useState<Open>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const list = useQuery(
    () => api.suppliers.list({ q, kind, includeInactive: inactive }),
    [q, kind, inactive],
    ['supplier'],
  )
  const rows = list.data ?? []
  const editing = open?.kind === 'edit' ? rows.find((r) => r.id === open.id) : undefined
  const empty = list.data && rows.length === 0 && !q && !kind && !inactive

  const done = (message: string) => {
    setOpen(null)
    setNotice(message)
    list.reload()
  }

  const kindChip = (k: SupplierKind | null, label: string) => (
    <Chip
      key={k ?? 'all'}
      label={label}
      color={kind === k ? 'primary' : 'default'}
      variant={kind === k ? 'filled' : 'outlined'}
      onClick={() => setKind(k)}
      data-testid={`supplier-filter-${k ?? 'all'}`}
      aria-pressed={kind === k}
    />
  )

  return (
    <ResourceListFrame
      prefix="supplier"
      ns="suppliers"
      addIcon={<AddBusinessOutlined />}
      onAdd={() => setOpen({ kind: 'add' })}
      list={list}
      importButton={<ImportButton target="suppliers" testId="supplier-import" />}
      exportButton={
        <ExportButton
          testId="supplier-export"
          onExport={(c) =>
            api.exports.suppliers({ format: c.format, lang: c.lang, q, kind, includeInactive: inactive })
          }
        />
      }
      toolbar={
        <ListToolbar
          q={q}
          onQ={setQ}
          placeholder={t('suppliers.search')}
          inactive={inactive}
          onInactive={setInactive}
          testPrefix="supplier"
        >
          <Stack direction="row" sx={{ mt: 2, flexWrap: 'wrap', gap: 1 }} role="group">
            {kindChip(null, t('suppliers.allKinds'))}
            {supplierKinds.map((k) => kindChip(k, t(`supplierKind.${k}`)))}
          </Stack>
        </ListToolbar>
      }
      showEmpty={!!empty}
      tableMaxHeight="calc(100vh - 350px)"
      table={
        <SupplierTable
          rows={rows}
          onOpen={(id) => navigate(`/suppliers/${id}`)}
          onEdit={(id) => setOpen({ kind: 'edit', id })}
        />
      }
      notice={notice}
      onNoticeClose={() => setNotice(null)}
    >
      {open?.kind === 'add' && (
        <SupplierFormDialog row={null} kind={kind ?? undefined} onClose={() => setOpen(null)} onDone={done} />
      )}
      {editing && <SupplierFormDialog row={editing} onClose={() => setOpen(null)} onDone={done} />}
    </ResourceListFrame>
  )
}
