import { Button, LinearProgress, Paper, Typography } from '@mui/material'
import CallMergeOutlined from '@mui/icons-material/CallMergeOutlined'
import type { ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'

/**
 * A file that cannot be found may have been merged into another (an old link, a colleague's open tab,
 * a bookmark): then say where it went; otherwise the ordinary not-found screen.
 */
export function MergedOrNotFound({ id, notFound }: { id: number; notFound: ReactElement }) {
  const { t } = useTranslation('duplicates')
  const valid = Number.isSafeInteger(id) && id > 0
  const q = useQuery(
    () => (valid ? api.duplicates.mergedInto({ id }) : Promise.resolve({ ok: true as const, value: null })),
    [id],
  )
  if (q.loading && q.data === undefined && !q.error) return <LinearProgress />
  const into = q.data
  if (!into) return notFound
  return (
    <Paper sx={{ p: 6, textAlign: 'center', maxWidth: 560, mx: 'auto', mt: 4 }} data-testid="profile-merged">
      <CallMergeOutlined sx={{ fontSize: 56, color: 'text.disabled' }} />
      <Typography variant="h6" sx={{ mt: 1, fontWeight: 700 }}>
        {t('mergedInto.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>
        {t('mergedInto.text', { name: into.name })}
      </Typography>
      <Button
        variant="contained"
        component={RouterLink}
        to={`/customers/${into.id}`}
        data-testid="profile-merged-open"
      >
        {t('mergedInto.open', { name: into.name })}
      </Button>
    </Paper>
  )
}
