import {
  Link,
  LinearProgress,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { useFormat } from '../../format/format'
import { StatusChip } from '../../trips/shell/StatusChip'
import { tripDayCount } from '../../../../shared/trips/trip.schema'
import { Empty } from './parts'

/** The customer's travel history: every trip they joined, newest first, with its status. */
export function TripsTab({ customerId }: { customerId: number }) {
  const { t } = useTranslation('customers')
  const f = useFormat()
  const q = useQuery(() => api.trips.ofCustomer({ customerId }), [customerId], ['trip', 'customer'])
  return (
    <Paper sx={{ p: 2 }} data-testid="profile-trips">
      <Typography variant="subtitle1" sx={{ fontWeight: 700, mb: 1 }}>
        {t('profile.tabs.trips')}
      </Typography>
      {q.loading && !q.data && <LinearProgress />}
      {q.data && q.data.length === 0 ? (
        <Empty testId="trips-empty">{t('profileExtra.noTrips')}</Empty>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('profileExtra.tripCode')}</TableCell>
              <TableCell>{t('profileExtra.tripRoute')}</TableCell>
              <TableCell>{t('profileExtra.tripDates')}</TableCell>
              <TableCell>{t('profileExtra.tripStatus')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(q.data ?? []).map((r) => (
              <TableRow key={r.id} hover data-testid="profile-trip-row">
                <TableCell>
                  <Link component={RouterLink} to={`/trips/${r.id}`} sx={{ fontWeight: 600 }}>
                    {r.code}
                  </Link>
                </TableCell>
                <TableCell>{r.routeName}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {f.date(r.departDate)} – {f.date(r.returnDate)}
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {t('profileExtra.tripDays', { count: tripDayCount(r.departDate, r.returnDate) })}
                  </Typography>
                </TableCell>
                <TableCell>
                  <StatusChip status={r.status} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  )
}
