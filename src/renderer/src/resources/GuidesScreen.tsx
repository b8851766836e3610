import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { GuideFormDialog } from './GuideFormDialog'
import { GuideTable } from './GuideTable'
import { ListToolbar } from './parts'
import { ResourceListFrame } from './ResourceListFrame'
import { ExportButton } from '../exports/ExportButton'
import { ImportButton } from '../imports/ImportButton'

type Open = { kind: 'add' } | { kind: 'edit'; id: number } | null

/** Guides, escorts and tour leaders: pinyin search, licence expiry flags, add and edit in a dialog. */
export function GuidesScreen() {
  const { t } = useTranslation('resources')
  const navigate = useNavigate()
  const [q, setQ] = useState('')
  const [inactive, setInactive] = useState(false)
  const [open, setOpen] = useState<Open>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const list = useQuery(() => api.guides.list({ q, includeInactive: inactive }), [q, inactive], ['guide'])
  const rows = list.data ?? []
  const editing = open?.kind === 'edit' ? rows.find((r) => r.id === open.id) : undefined
  const empty = list.data && rows.length === 0 && !q

  const done = (message: string) => {
    setOpen(null)
    setNotice(message)
    list.reload()
  }

  return (
    <ResourceListFrame
      prefix="guide"
      ns="guides"
      addIcon={<PersonAddOutlined />}
      onAdd={() => setOpen({ kind: 'add' })}
      list={list}
      importButton={<ImportButton target="guides" testId="guide-import" />}
      exportButton={
        <ExportButton
          testId="guide-export"
          idNumbers
          onExport={(c) =>
            api.exports.guides({
              format: c.format,
              lang: c.lang,
              fullIdNumbers: c.fullIdNumbers,
              q,
              includeInactive: inactive,
            })
          }
        />
      }
      toolbar={
        <ListToolbar
          q={q}
          onQ={setQ}
          placeholder={t('guides.search')}
          inactive={inactive}
          onInactive={setInactive}
          testPrefix="guide"
        />
      }
      showEmpty={!!empty && !inactive}
      tableMaxHeight="calc(100vh - 300px)"
      table={
        <GuideTable
          rows={rows}
          onOpen={(id) => navigate(`/guides/${id}`)}
          onEdit={(id) => setOpen({ kind: 'edit', id })}
        />
      }
      notice={notice}
      onNoticeClose={() => setNotice(null)}
    >
      {open?.kind === 'add' && <GuideFormDialog row={null} onClose={() => setOpen(null)} onDone={done} />}
      {editing && <GuideFormDialog row={editing} onClose={() => setOpen(null)} onDone={done} />}
    </ResourceListFrame>
  )
}
