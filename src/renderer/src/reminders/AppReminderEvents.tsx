import { Alert, Button } from '@mui/material'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { EventMap } from '../../../shared/api/events'
import { api } from '../api/client'
import { openPath } from './reminderLinks'

/**
 * The app-wide side of desktop notifications: a click on one (also from the Action Center or after
 * a cold start) opens what it is about, and when the system cannot show them the desk sees a
 * banner here instead, so no reminder goes unseen.
 */
export function AppReminderEvents() {
  const { t } = useTranslation('reminders')
  const navigate = useNavigate()
  const [banner, setBanner] = useState<EventMap['reminders.banner']['reason'] | null>(null)

  useEffect(() => api.on('reminders.open', (e) => navigate(openPath(e))), [navigate])
  useEffect(() => api.on('reminders.banner', (e) => setBanner(e.reason)), [])

  if (!banner) return null
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      data-testid="notify-banner"
      action={
        <Button color="inherit" size="small" onClick={() => setBanner(null)}>
          {t('banner.dismiss')}
        </Button>
      }
    >
      {t(`banner.${banner}`)}
    </Alert>
  )
}
