import { Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import ArrowForwardOutlined from '@mui/icons-material/ArrowForwardOutlined'
import { useTranslation } from 'react-i18next'
import type { TripDetail } from '../../../../shared/trips/trip.types'
import { useFormat } from '../../format/format'
import { StatusChip } from './StatusChip'

/** Every status change with who made it and when, newest first. */
export function HistoryTab({ trip }: { trip: TripDetail }) {
  const { t } = useTranslation('trips')
  const f = useFormat()
  const rows = [...trip.history].sort((a, b) => b.at.localeCompare(a.at))
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
            <TableRow key={`${h.at}-${i}`} data-testid="trip-history-row">
              <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', width: 200 }}>
                {f.dateTime(h.at)}
              </TableCell>
              <TableCell>
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
                </Stack>
              </TableCell>
              <TableCell>{h.staff?.name ?? t('history.system')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  )
}
