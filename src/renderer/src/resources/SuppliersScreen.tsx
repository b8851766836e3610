import { Alert, Box, Button, Chip, Paper, Snackbar, Stack, Typography } from '@mui/material'
import AddBusinessOutlined from '@mui/icons-material/AddBusinessOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { supplierKinds } from '../../../shared/trips/trip.schema'
import type { SupplierKind } from '../../../shared/trips/trip.schema'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { ScreenHeader } from '../staff/ScreenHeader'
import { ListToolbar } from './parts'
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
    <Box sx={{ maxWidth: 1400 }}>
      <ScreenHeader
        title={t('suppliers.title')}
        intro={t('suppliers.intro')}
        action={
          <Button
            variant="contained"
            startIcon={<AddBusinessOutlined />}
            onClick={() => setOpen({ kind: 'add' })}
            data-testid="supplier-add"
          >
            {t('suppliers.add')}
          </Button>
        }
      />
      {list.error && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={list.reload}>
              {t('common:actions.retry')}
            </Button>
          }
        >
          {t('shared.loadFailed')} · {msgText(t, list.error.error.msg)}
        </Alert>
      )}
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
      {empty ? (
        <Paper sx={{ p: 6, textAlign: 'center' }} data-testid="supplier-empty">
          <Typography variant="h6">{t('suppliers.empty')}</Typography>
          <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>
            {t('suppliers.emptyHint')}
          </Typography>
          <Button variant="contained" onClick={() => setOpen({ kind: 'add' })}>
            {t('suppliers.add')}
          </Button>
        </Paper>
      ) : (
        <Paper sx={{ overflow: 'hidden' }}>
          {list.data && rows.length === 0 ? (
            <Typography
              sx={{ p: 4, textAlign: 'center' }}
              color="text.secondary"
              data-testid="supplier-no-match"
            >
              {t('shared.noMatch')}
            </Typography>
          ) : (
            <Box sx={{ maxHeight: 'calc(100vh - 350px)', overflow: 'auto' }}>
              <SupplierTable
                rows={rows}
                onOpen={(id) => navigate(`/suppliers/${id}`)}
                onEdit={(id) => setOpen({ kind: 'edit', id })}
              />
            </Box>
          )}
        </Paper>
      )}
      {list.data && rows.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }} data-testid="supplier-count">
          {t('suppliers.count', { count: rows.length })}
        </Typography>
      )}

      {open?.kind === 'add' && (
        <SupplierFormDialog row={null} kind={kind ?? undefined} onClose={() => setOpen(null)} onDone={done} />
      )}
      {editing && <SupplierFormDialog row={editing} onClose={() => setOpen(null)} onDone={done} />}
      <Snackbar
        open={!!notice}
        autoHideDuration={4000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity="success"
          variant="filled"
          onClose={() => setNotice(null)}
          data-testid="supplier-notice"
        >
          {notice}
        </Alert>
      </Snackbar>
    </Box>
  )
}
