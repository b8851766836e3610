import { Alert, Button } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { dateFormatters } from '../format/formatters'
import type { Lang } from '../format/formatters'

/*
 * The saved office server could not be reached at start-up and this desk chose to work on this PC's
 * own file for this run. Stays on every screen (also before sign-in) until TourDesk restarts: what is
 * seen here may be out of date, and what is saved here never reaches the server. Retry restarts
 * TourDesk, which tries the server first again.
 */
export function LocalModeBanner({ stacked = false }: { stacked?: boolean }) {
  const { t, i18n } = useTranslation('connection')
  const { data } = useQuery(() => api.database.fallback({}), [])
  const [restarting, setRestarting] = useState(false)
  const [failed, setFailed] = useState(false)
  if (!data) return null
  const when = data.localModified
    ? t('local.lastWritten', {
        when: dateFormatters(i18n.language === 'en' ? 'en' : ('zh-CN' as Lang)).dateTime(data.localModified),
      })
    : t('local.noLocalData')

  const retry = async () => {
    setFailed(false)
    try {
      const r = await unwrap(api.database.retryServer({}))
      setRestarting(r.restarting)
      setFailed(!r.restarting)
    } catch {
      setFailed(true)
    }
  }

  const button = (
    <Button
      color="inherit"
      size="small"
      variant="outlined"
      onClick={retry}
      disabled={restarting}
      data-testid="local-mode-retry"
      sx={{ whiteSpace: 'nowrap', flexShrink: 0, mt: stacked ? 1 : 0 }}
    >
      {restarting ? t('local.restarting') : t('local.retry')}
    </Button>
  )

  // stacked: in the narrow sign-in card the button goes under the text, which keeps its width
  return (
    <Alert
      severity="warning"
      variant="filled"
      role="status"
      data-testid="local-mode-banner"
      sx={{ mb: 2, overflowWrap: 'anywhere' }}
      action={stacked ? undefined : button}
    >
      <strong>{t('local.title')}</strong>{' '}
      {t('local.body', { server: data.server, reason: t(`local.reasons.${data.reason}`), when })}
      {failed && ` ${t('local.cannotRestart')}`}
      {stacked && <div>{button}</div>}
    </Alert>
  )
}
