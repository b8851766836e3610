import {
  Chip,
  Link,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import type { CustomerSheet } from '../../../shared/feedback/feedback.types'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { useFormat } from '../format/format'
import { useFeedbackLabels } from './labels'

/** The customer's feedback sheets, newest trip first, on their profile. */
export function CustomerSheets({ customerId }: { customerId: number }) {
  const { t } = useTranslation('feedback')
  const f = useFormat()
  const labels = useFeedbackLabels()
  const q = useQuery<CustomerSheet[]>(
    () => api.feedback.ofCustomer({ customerId }),
    [customerId],
    ['feedback'],
  )
  if (!q.data) return null
  return (
    <Paper sx={{ p: 2 }} data-testid="customer-feedback">
      {!q.data.length ? (
        <Typography color="text.secondary">{t('customer.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('list.code')}</TableCell>
              <TableCell>{t('customer.trip')}</TableCell>
              <TableCell>{t('list.status')}</TableCell>
              <TableCell align="right">{t('scores.overall')}</TableCell>
              <TableCell align="right">{t('list.nps')}</TableCell>
              <TableCell>{t('list.alerts')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {q.data.map((s) => (
              <TableRow key={s.id}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{s.code}</TableCell>
                <TableCell>
                  <Link component={RouterLink} to={`/trips/${s.tripId}?tab=feedback`}>
                    {s.tripCode}
                  </Link>{' '}
                  {s.routeName} · {f.date(s.returnDate)}
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={s.status === 'entered' ? 'success' : 'default'}
                    label={t(`list.${s.status}`)}
                  />
                </TableCell>
                <TableCell align="right">{s.overall ?? '—'}</TableCell>
                <TableCell align="right">{s.npsValue ?? '—'}</TableCell>
                <TableCell sx={{ color: 'error.main' }}>
                  {s.problems.map(labels.shortItem).join(', ')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  )
}
