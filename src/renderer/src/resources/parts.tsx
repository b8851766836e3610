import {
  Box,
  Button,
  Chip,
  FormControlLabel,
  InputAdornment,
  Paper,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material'
import EditOutlined from '@mui/icons-material/EditOutlined'
import SearchIcon from '@mui/icons-material/Search'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import { calendarDay, daysBetween } from '../../../shared/common/dates'
import { today } from '../format/formatters'
import type { TripStatus } from '../../../shared/trips/trip.schema'
import type { TripRef } from '../../../shared/trips/trip.types'
import { useFormat } from '../format/format'

/** Licence expiry in whole days from today: flagged when past, warned within 90 days. */
export function licenceState(expiry: string | null): {
  kind: 'none' | 'expired' | 'soon' | 'ok'
  days: number
} {
  if (!expiry) return { kind: 'none', days: 0 }
  const days = daysBetween(today(), calendarDay(expiry))
  return { kind: days < 0 ? 'expired' : days <= 90 ? 'soon' : 'ok', days }
}

/** The expiry date with a red "expired" or orange "expires in N days" chip. */
export function LicenceExpiry({ expiry, testId }: { expiry: string | null; testId?: string }) {
  const { t } = useTranslation('resources')
  const f = useFormat()
  const s = licenceState(expiry)
  if (s.kind === 'none') return null
  return (
    // the flag moves under the date when the column is narrow (125% scaling), never a word per line
    <Stack
      direction="row"
      useFlexGap
      sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 0.5 }}
      data-testid={testId}
    >
      <Box
        component="span"
        sx={{
          whiteSpace: 'nowrap',
          mr: 0.5,
          fontVariantNumeric: 'tabular-nums',
          color: s.kind === 'expired' ? 'error.main' : s.kind === 'soon' ? 'warning.dark' : undefined,
          fontWeight: s.kind === 'ok' ? undefined : 600,
        }}
      >
        {f.date(expiry)}
      </Box>
      {s.kind !== 'ok' && (
        <Chip
          size="small"
          color={s.kind === 'expired' ? 'error' : 'warning'}
          variant={s.kind === 'expired' ? 'filled' : 'outlined'}
          label={
            s.kind === 'expired'
              ? t('guides.expired')
              : s.days === 0
                ? t('guides.expiresToday')
                : t('guides.expiresIn', { count: s.days })
          }
          sx={{ height: 20, fontSize: 12 }}
          data-testid={testId ? `${testId}-flag` : undefined}
          data-flag={s.kind}
        />
      )}
    </Stack>
  )
}

export function ActiveChip({ active, testId }: { active: boolean; testId?: string }) {
  const { t } = useTranslation('resources')
  return (
    <Chip
      size="small"
      label={active ? t('shared.active') : t('shared.inactive')}
      color={active ? 'success' : 'default'}
      variant={active ? 'filled' : 'outlined'}
      data-testid={testId}
    />
  )
}

const statusColor: Record<TripStatus, 'default' | 'info' | 'primary' | 'success' | 'warning' | 'error'> = {
  inquiry: 'default',
  quoted: 'info',
  confirmed: 'primary',
  departed: 'warning',
  returned: 'success',
  closed: 'default',
  cancelled: 'error',
}

export function TripStatusChip({ status }: { status: TripStatus }) {
  const { t } = useTranslation('resources')
  return (
    <Chip
      size="small"
      color={statusColor[status]}
      variant={status === 'closed' || status === 'inquiry' ? 'outlined' : 'filled'}
      label={t(`tripStatus.${status}`)}
    />
  )
}

/** Search box plus the "show inactive" switch, above a resource list. */
export function ListToolbar({
  q,
  onQ,
  placeholder,
  inactive,
  onInactive,
  testPrefix,
  children,
}: {
  q: string
  onQ: (q: string) => void
  placeholder: string
  inactive: boolean
  onInactive: (v: boolean) => void
  testPrefix: string
  children?: ReactNode
}) {
  const { t } = useTranslation('resources')
  return (
    <Paper sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <TextField
          autoFocus
          value={q}
          placeholder={placeholder}
          onChange={(e) => onQ(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onQ('')}
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon />
                </InputAdornment>
              ),
            },
            htmlInput: { 'data-testid': `${testPrefix}-search`, 'aria-label': placeholder, maxLength: 100 },
          }}
        />
        <FormControlLabel
          sx={{ flexShrink: 0, mr: 0 }}
          control={
            <Switch
              checked={inactive}
              onChange={(e) => onInactive(e.target.checked)}
              slotProps={{ input: { 'data-testid': `${testPrefix}-show-inactive` } as object }}
            />
          }
          label={t('shared.showInactive')}
        />
      </Stack>
      {children}
    </Paper>
  )
}

/** The trips a guide or supplier served, newest first, each linking to its trip page. */
export function TripRefTable({ trips, testId }: { trips: TripRef[]; testId: string }) {
  const { t } = useTranslation('resources')
  const f = useFormat()
  if (trips.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 2 }} data-testid={`${testId}-empty`}>
        {t('shared.noTrips')}
      </Typography>
    )
  }
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{t('shared.tripColumns.code')}</TableCell>
          <TableCell>{t('shared.tripColumns.route')}</TableCell>
          <TableCell>{t('shared.tripColumns.dates')}</TableCell>
          <TableCell>{t('shared.tripColumns.status')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {trips.map((r) => (
          <TableRow key={r.id} hover data-testid={`${testId}-row`}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              <Box
                component={RouterLink}
                to={`/trips/${r.id}`}
                sx={{
                  color: 'primary.main',
                  fontWeight: 600,
                  fontFamily: 'monospace',
                  fontSize: 14,
                  textDecoration: 'none',
                  '&:hover': { textDecoration: 'underline' },
                }}
                data-testid={`${testId}-link`}
              >
                {r.code}
              </Box>
            </TableCell>
            <TableCell>{r.routeName}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {t('shared.dateRange', { from: f.date(r.departDate), to: f.date(r.returnDate) })}
            </TableCell>
            <TableCell>
              <TripStatusChip status={r.status} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

/** A guide or supplier list row: a click opens its page, the trailing pencil edits in place. */
export function ResourceRow({
  prefix,
  id,
  active,
  onOpen,
  onEdit,
  children,
}: {
  prefix: 'guide' | 'supplier'
  id: number
  active: boolean
  onOpen: (id: number) => void
  onEdit: (id: number) => void
  children: ReactNode
}) {
  const { t } = useTranslation('resources')
  return (
    <TableRow
      hover
      onClick={() => onOpen(id)}
      sx={{ cursor: 'pointer', '& td': { color: active ? undefined : 'text.disabled' } }}
      data-testid={`${prefix}-row`}
      data-id={id}
    >
      {children}
      <TableCell>
        <ActiveChip active={active} />
      </TableCell>
      <TableCell align="right">
        <Button
          size="small"
          startIcon={<EditOutlined />}
          onClick={(e) => {
            e.stopPropagation()
            onEdit(id)
          }}
          data-testid={`${prefix}-edit`}
        >
          {t('shared.edit')}
        </Button>
      </TableCell>
    </TableRow>
  )
}
