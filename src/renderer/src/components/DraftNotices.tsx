import { Alert, Button } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../format/format'

/**
 * What a long form says about a draft left by a closed window: "restored from <time>" with a way to
 * drop it, or that an old draft was not restored because the record has changed since.
 */
export function DraftNotices({
  restoredAt,
  outdated,
  onDiscard,
  onDismissOutdated,
}: {
  /** when the shown draft was typed; null when nothing was restored (or it was discarded) */
  restoredAt: number | null
  outdated: boolean
  onDiscard: () => void
  onDismissOutdated: () => void
}) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <>
      {restoredAt !== null && (
        <Alert
          severity="info"
          sx={{ mb: 2 }}
          data-testid="draft-restored"
          action={
            <Button color="inherit" size="small" onClick={onDiscard} data-testid="draft-discard">
              {t('draft.discard')}
            </Button>
          }
        >
          {t('draft.restored', { time: f.dateTime(new Date(restoredAt).toISOString()) })}
        </Alert>
      )}
      {outdated && (
        <Alert severity="info" sx={{ mb: 2 }} onClose={onDismissOutdated} data-testid="draft-outdated">
          {t('draft.outdated')}
        </Alert>
      )}
    </>
  )
}
