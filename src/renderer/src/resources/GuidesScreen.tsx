import { Alert, Box, Button, Paper, Snackbar, Typography } from '@mui/material'
import PersonAddOutlined from '@mui/icons-material/PersonAddOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { ScreenHeader } from '../staff/ScreenHeader'
import { GuideFormDialog } from './GuideFormDialog'
import { GuideTable } from './GuideTable'
import { ListToolbar } from './parts'

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
    <Box sx={{ maxWidth: 1400 }}>
      <ScreenHeader
        title={t('guides.title')}
        intro={t('guides.intro')}
        action={
          <Button
            variant="contained"
            startIcon={<PersonAddOutlined />}
            onClick={() => setOpen({ kind: 'add' })}
            data-testid="guide-add"
          >
            {t('guides.add')}
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
        placeholder={t('guides.search')}
        inactive={inactive}
        onInactive={setInactive}
        testPrefix="guide"
      />
      {empty && !inactive ? (
        <Paper sx={{ p: 6, textAlign: 'center' }} data-testid="guide-empty">
          <Typography variant="h6">{t('guides.empty')}</Typography>
          <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>
            {t('guides.emptyHint')}
          </Typography>
          <Button variant="contained" onClick={() => setOpen({ kind: 'add' })}>
            {t('guides.add')}
          </Button>
        </Paper>
      ) : (
        <Paper sx={{ overflow: 'hidden' }}>
          {list.data && rows.length === 0 ? (
            <Typography
              sx={{ p: 4, textAlign: 'center' }}
              color="text.secondary"
              data-testid="guide-no-match"
            >
              {t('shared.noMatch')}
            </Typography>
          ) : (
            <Box sx={{ maxHeight: 'calc(100vh - 300px)', overflow: 'auto' }}>
              <GuideTable
                rows={rows}
                onOpen={(id) => navigate(`/guides/${id}`)}
                onEdit={(id) => setOpen({ kind: 'edit', id })}
              />
            </Box>
          )}
        </Paper>
      )}
      {list.data && rows.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1.5 }} data-testid="guide-count">
          {t('guides.count', { count: rows.length })}
        </Typography>
      )}

      {open?.kind === 'add' && <GuideFormDialog row={null} onClose={() => setOpen(null)} onDone={done} />}
      {editing && <GuideFormDialog row={editing} onClose={() => setOpen(null)} onDone={done} />}
      <Snackbar
        open={!!notice}
        autoHideDuration={4000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setNotice(null)} data-testid="guide-notice">
          {notice}
        </Alert>
      </Snackbar>
    </Box>
  )
}
