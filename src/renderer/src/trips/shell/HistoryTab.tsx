import {
  Link,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import ArrowForwardOutlined from '@mui/icons-material/ArrowForwardOutlined'
import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'
import type { TripDetail } from '../../../../shared/trips/trip.types'
import { useFormat } from '../../format/format'
import { StatusChip } from './StatusChip'
import { Link as RouterLink } from 'react-router'
import { useTripChangeText } from '../../complaints/CaseContext'

type Row = { at: string; staff: { name: string } | null; change: ReactNode; kind: string }

/** Every status change and roster change (taken off, personal data deleted) with who and when, newest first. */
export function HistoryTab({ trip }: { trip: TripDetail }) {
  const { t } = useTranslation('trips')
  const f = useFormat()
  const changeText = useTripChangeText()
  const statusRows: Row[] = trip.history.map((h) => ({
    at: h.at,
    staff: h.staff,
    kind: 'status',
    change: (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        {h.from ? (
          <>
            <StatusChip status={h.from} />
            <ArrowForwardOutlined fontSize="small" color="action" />
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('history.created')}
          </Typography>
        )}
        <StatusChip status={h.to} />
        {h.reason && (
          <Typography variant="body2" color="text.secondary" data-testid="trip-history-reason">
            {t('payments:history.reason', { reason: h.reason })}
          </Typography>
        )}
      </Stack>
    ),
  }))
  const rosterRows: Row[] = trip.rosterEvents.map((e) => ({
    at: e.at,
    staff: e.staff,
    kind: e.kind,
    change: (
      <Typography variant="body2">
        {e.kind === 'removed'
          ? t('history.removed', { name: e.customer?.name ?? t('common:deletedTraveller') })
          : t('history.personalDataDeleted')}
        {e.contractNo && (
          <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
            {t('history.contract', { no: e.contractNo })}
          </Typography>
        )}
      </Typography>
    ),
  }))
  // a guide swapped or the itinerary adjusted for a complaint, with the case it was done for
  const complaintRows: Row[] = trip.complaintChanges.map((x) => ({
    at: x.at,
    staff: x.staff,
    kind: 'complaint',
    change: (
      <Typography variant="body2">
        {changeText(x)}
        <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
          {t('caseWork:history.forCase')}{' '}
          <Link component={RouterLink} to={`/complaints/${x.complaint.id}`}>
            {x.complaint.caseNo}
          </Link>
        </Typography>
      </Typography>
    ),
  }))
  const rows = [...statusRows, ...rosterRows, ...complaintRows].sort((a, b) => b.at.localeCompare(a.at))
  if (rows.length === 0) {
    return (
      <Paper sx={{ p: 4, textAlign: 'center' }}>
        <Typography color="text.secondary">{t('history.empty')}</Typography>
      </Paper>
    )
  }
  return (
    <Paper sx={{ overflow: 'hidden' }}>
      <Table size="small" data-testid="trip-history">
        <TableHead>
          <TableRow>
            <TableCell>{t('history.at')}</TableCell>
            <TableCell>{t('history.change')}</TableCell>
            <TableCell>{t('history.by')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((h, i) => (
            <TableRow key={`${h.at}-${i}`} data-testid="trip-history-row" data-kind={h.kind}>
              <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', width: 200 }}>
                {f.dateTime(h.at)}
              </TableCell>
              <TableCell>{h.change}</TableCell>
              <TableCell>{h.staff?.name ?? t('history.system')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  )
}
