import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material'
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, useNavigate } from 'react-router'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useSession } from '../app/session'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import { msgText, useFormErrors } from '../components/useFormErrors'
import { forgetRecentPath } from '../finder/recents'
import { DuplicateGroupCard } from './DuplicateGroupCard'
import { MergeDialog } from './MergeDialog'

/** Files that look like one person, grouped, with a merge or a "not the same person" for each pair. */
export function DuplicatesScreen() {
  const { t } = useTranslation('duplicates')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const role = useSession().status.staff?.role
  const canDecide = role === 'manager' || role === 'admin'
  const q = useQuery(() => api.duplicates.groups({}), [], ['customer'])
  const errors = useFormErrors()
  const [pair, setPair] = useState<{ aId: number; bId: number } | null>(null)
  const [toast, setToast] = useState<string | null>(null)

  const dismiss = async (aId: number, bId: number) => {
    const ok = await errors.capture(() => unwrap(api.duplicates.dismiss({ aId, bId })))
    if (ok !== undefined) {
      setToast(t('dismissed'))
      q.reload()
    }
  }

  const groups = q.data?.groups ?? []
  return (
    <Stack spacing={1.5} data-testid="duplicates-screen">
      <Box>
        <Button component={RouterLink} to="/customers" startIcon={<ArrowBackOutlined />} sx={{ ml: -1 }}>
          {t('back')}
        </Button>
      </Box>
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
          {t('title')}
        </Typography>
        {q.data && (
          <Typography color="text.secondary" data-testid="duplicates-count">
            {t('count', { count: q.data.total })}
          </Typography>
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('intro')}
      </Typography>
      {!canDecide && <Alert severity="info">{t('deciders')}</Alert>}
      {errors.form && <Alert severity="error">{errors.form}</Alert>}
      {q.error && <Alert severity="error">{msgText(tc, q.error.error.msg)}</Alert>}
      {q.loading && !q.data && <LinearProgress />}
      {q.data && groups.length === 0 && (
        <Paper sx={{ p: 4, textAlign: 'center', color: 'text.secondary' }} data-testid="duplicates-empty">
          {t('empty')}
        </Paper>
      )}
      {groups.map((g) => (
        <DuplicateGroupCard
          key={g.key}
          group={g}
          canDecide={canDecide}
          onMerge={(aId, bId) => setPair({ aId, bId })}
          onDismiss={(a, b) => void dismiss(a, b)}
        />
      ))}
      {q.data && q.data.total > groups.length && (
        <Typography variant="body2" color="text.secondary">
          {t('more', { shown: groups.length })}
        </Typography>
      )}
      <MergeDialog
        pair={pair}
        onClose={() => setPair(null)}
        onMerged={(r, mergedId, name) => {
          setPair(null)
          forgetRecentPath(`/customers/${mergedId}`)
          const msg = r.sameTrips.length
            ? t('dialog.sameTrips', { name, codes: r.sameTrips.join(tc('listSeparator')) })
            : t('dialog.done', { name })
          navigate(`/customers/${r.id}`, { state: { notice: msg } })
        }}
      />
      <NoticeSnackbar notice={toast} onClose={() => setToast(null)} testId="duplicates-notice" />
    </Stack>
  )
}
