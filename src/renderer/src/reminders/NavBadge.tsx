import { Badge } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { useReminderQuery } from './useReminderQuery'

/** The home item's count in the navigation: my overdue and today's reminders; red when some are overdue. */
export function NavBadge() {
  const { t } = useTranslation('reminders')
  const counts = useReminderQuery(() => api.reminders.counts({}), [])
  const c = counts.data
  if (!c || c.badge === 0) return null
  return (
    <Badge
      badgeContent={c.badge}
      max={99}
      color={c.overdue > 0 ? 'error' : 'primary'}
      sx={{ mr: 1.5 }}
      slotProps={{
        badge: {
          'aria-label': t('nav.badge', { overdue: c.overdue, today: c.today }),
          'data-testid': 'nav-home-badge',
        } as object,
      }}
    />
  )
}
