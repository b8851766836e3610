import { Alert } from '@mui/material'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'

/**
 * Shown while the office server cannot be reached (main reports it; on this PC's own SQLite file it
 * never comes). Forms stay as they are: a save that failed meanwhile said so and kept the input;
 * when the server is back, main asks every screen to re-query and this banner goes.
 */
export function ConnectionBanner() {
  const { t } = useTranslation('connection')
  const [online, setOnline] = useState(true)

  useEffect(() => api.on('connection.state', (e) => setOnline(e.online)), [])

  if (online) return null
  return (
    <Alert severity="error" variant="filled" sx={{ mb: 2 }} data-testid="connection-banner" role="alert">
      <strong>{t('lost.title')}</strong> {t('lost.body')}
    </Alert>
  )
}
