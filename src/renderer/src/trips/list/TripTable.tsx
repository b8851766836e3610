import {
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  Typography,
} from '@mui/material'
import TipsAndUpdatesOutlined from '@mui/icons-material/TipsAndUpdatesOutlined'
import { useTranslation } from 'react-i18next'
import type { TripRow } from '../../../../shared/trips/trip.types'
import { StatusChip } from '../shell/StatusChip'
import { useTripFormat } from '../shell/tripFormat'
import type { TripListState, TripSort } from './listState'

interface Props {
  rows: TripRow[]
  s: TripListState
  active: number
  onSort: (k: TripSort) => void
  onOpen: (id: number) => void
  onHover: (i: number) => void
  onSuggest: (row: TripRow) => void
}

const beforeDeparture = new Set(['inquiry', 'quoted', 'confirmed'])

function Size({ r }: { r: TripRow }) {
  const { t } = useTranslation('trips')
  const over = r.capacity != null && r.participants > r.capacity
  const under = r.minSize != null && r.participants < r.minSize && beforeDeparture.has(r.status)
  return (
    <>
      <Typography
        variant="body2"
        sx={{
          fontVariantNumeric: 'tabular-nums',
          fontWeight: 600,
          color: over ? 'error.main' : under ? 'warning.dark' : 'text.primary',
        }}
        data-testid="trip-row-size"
      >
        {r.participants}
        <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
          {' / '}
          {r.capacity ?? '—'}
        </Box>
      </Typography>
      {r.minSize != null && (
        <Typography variant="caption" color={under ? 'warning.dark' : 'text.secondary'}>
          {t('list.minSize', { count: r.minSize })}
        </Typography>
      )}
    </>
  )
}

export function TripTable({ rows, s, active, onSort, onOpen, onHover, onSuggest }: Props) {
  const { t } = useTranslation('trips')
  const f = useTripFormat()
  const sortable = (k: TripSort, label: string) => (
    <TableSortLabel
      active={s.sort === k}
      direction={s.sort === k ? s.dir : 'asc'}
      onClick={() => onSort(k)}
      data-testid={`trip-sort-${k}`}
    >
      {label}
    </TableSortLabel>
  )
  return (
    <Table size="small" stickyHeader aria-label={t('title')} data-testid="trip-table">
      <TableHead>
        <TableRow>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{sortable('code', t('columns.code'))}</TableCell>
          <TableCell>{t('columns.route')}</TableCell>
          <TableCell>{t('columns.destination')}</TableCell>
          <TableCell>{t('columns.kind')}</TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{sortable('departDate', t('columns.dates'))}</TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{sortable('status', t('columns.status'))}</TableCell>
          <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
            {t('columns.size')}
          </TableCell>
          <TableCell>{t('columns.guides')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow
            key={r.id}
            hover
            selected={i === active}
            onClick={() => onOpen(r.id)}
            onMouseEnter={() => onHover(i)}
            sx={{ cursor: 'pointer', verticalAlign: 'top' }}
            data-testid="trip-row"
            data-trip-id={r.id}
            aria-selected={i === active}
          >
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <Typography
                variant="body2"
                sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}
                data-testid="trip-row-code"
              >
                {r.code}
              </Typography>
            </TableCell>
            <TableCell sx={{ minWidth: 160 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="trip-row-route">
                {r.routeName}
              </Typography>
            </TableCell>
            <TableCell>{r.destination}</TableCell>
            <TableCell sx={{ minWidth: 72 }}>
              {t(`kind.${r.kind}`)}
              {r.type === 'custom' && (
                <Typography variant="caption" color="text.secondary" component="div">
                  {t('type.custom')}
                </Typography>
              )}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              <Typography variant="body2" data-testid="trip-row-dates">
                {f.range(r.departDate, r.returnDate)}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {f.days(r.departDate, r.returnDate)}
              </Typography>
            </TableCell>
            <TableCell>
              <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                <StatusChip status={r.status} data-testid="trip-row-status" />
                {r.suggestedStatus && (
                  <Button
                    size="small"
                    color="warning"
                    startIcon={<TipsAndUpdatesOutlined fontSize="small" />}
                    onClick={(e) => {
                      e.stopPropagation()
                      onSuggest(r)
                    }}
                    sx={{ px: 0.75, py: 0, minHeight: 0, whiteSpace: 'nowrap', fontSize: 12 }}
                    data-testid="trip-row-suggest"
                  >
                    {t(`suggest.${r.suggestedStatus}`)}
                  </Button>
                )}
              </Stack>
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <Size r={r} />
            </TableCell>
            <TableCell>
              {r.guides.length ? (
                r.guides.join(t('common:listSeparator'))
              ) : (
                <Box component="span" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
                  {t('list.noGuide')}
                </Box>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
