import { Badge } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'

/**
 * The complaints item's count in the navigation: open cases whose written reply is overdue. These
 * are the ones the authority holds against the agency, so they are worth a red number; one count
 * query (a page of one row) keeps it cheap.
 */
export function ComplaintBadge() {
  const { t } = useTranslation('complaints')
  const q = useQuery(() => api.complaints.list({ due: 'overdue', pageSize: 1 }), [], ['complaint'])
  const n = q.data?.total ?? 0
  if (n === 0) return null
  return (
    <Badge
      badgeContent={n}
      max={99}
      color="error"
      sx={{ mr: 1.5 }}
      slotProps={{
        badge: {
          'aria-label': t('nav.badge', { count: n }),
          'data-testid': 'nav-complaints-badge',
        } as object,
      }}
    />
  )
}
