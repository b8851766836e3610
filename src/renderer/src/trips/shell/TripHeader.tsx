import { Box, Button, Chip, Divider, Paper, Stack, Tooltip, Typography } from '@mui/material'
import EditOutlined from '@mui/icons-material/EditOutlined'
import PrintOutlined from '@mui/icons-material/PrintOutlined'
import BookmarkAddOutlined from '@mui/icons-material/BookmarkAddOutlined'
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined'
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined'
import CheckCircleOutlineOutlined from '@mui/icons-material/CheckCircleOutlineOutlined'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSession } from '../../app/session'
import { FULL_LIST_ROLES } from '../../../../shared/trips/traveller-list'
import type { TripStatus } from '../../../../shared/trips/trip.schema'
import type { CheckWarning, TripDetail } from '../../../../shared/trips/trip.types'
import { StatusChip } from './StatusChip'
import { StatusMenu } from './StatusMenu'
import { useTripFormat } from './tripFormat'

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid={testId}>
        {children}
      </Typography>
    </Box>
  )
}

function ChecksBadge({ checks, onOpen }: { checks: CheckWarning[] | undefined; onOpen: () => void }) {
  const { t } = useTranslation('trips')
  if (!checks) return null
  const errors = checks.filter((c) => c.severity === 'error').length
  const n = checks.length
  return (
    <Tooltip title={t('page.checksHint')}>
      <Chip
        clickable
        onClick={onOpen}
        icon={
          n === 0 ? (
            <CheckCircleOutlineOutlined />
          ) : errors ? (
            <ErrorOutlineOutlined />
          ) : (
            <WarningAmberOutlined />
          )
        }
        color={n === 0 ? 'success' : errors ? 'error' : 'warning'}
        variant={n === 0 ? 'outlined' : 'filled'}
        label={n === 0 ? t('page.checksOk') : t('page.checksCount', { count: n })}
        data-testid="trip-checks-badge"
        data-count={n}
      />
    </Tooltip>
  )
}

export function TripHeader({
  trip,
  checks,
  onStatus,
  onEdit,
  onSaveRoute,
  onPrint,
  onChecks,
}: {
  trip: TripDetail
  checks: CheckWarning[] | undefined
  onStatus: (to: TripStatus) => void
  onEdit: () => void
  onSaveRoute: () => void
  onPrint: (what: 'itinerary' | 'manifest' | 'travellers' | 'archive') => void
  onChecks: () => void
}) {
  const { t } = useTranslation('trips')
  const { t: tp } = useTranslation('payments')
  const { t: tf } = useTranslation('feedback')
  // the full list carries document numbers: offered only to the roles main lets print it
  const role = useSession().status.staff?.role
  const canRevealNumbers = (FULL_LIST_ROLES as readonly string[]).includes(role ?? '')
  const f = useTripFormat()
  const n = trip.participants.length
  return (
    <Paper sx={{ p: 2.5, mb: 2 }} data-testid="trip-header">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            <Typography
              variant="h5"
              component="h1"
              sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}
              data-testid="trip-code"
            >
              {trip.code}
            </Typography>
            <StatusChip status={trip.status} size="medium" data-testid="trip-status" />
            <StatusMenu status={trip.status} onPick={onStatus} />
            <ChecksBadge checks={checks} onOpen={onChecks} />
          </Stack>
          <Typography variant="h6" sx={{ mt: 0.5 }} data-testid="trip-route">
            {trip.routeName}
          </Typography>
        </Box>
        <Stack spacing={1} sx={{ flexShrink: 0, alignItems: 'flex-end' }}>
          <Stack direction="row" spacing={1}>
            <Button variant="contained" startIcon={<EditOutlined />} onClick={onEdit} data-testid="trip-edit">
              {t('page.edit')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<BookmarkAddOutlined />}
              onClick={onSaveRoute}
              data-testid="trip-save-route"
            >
              {t('page.saveRoute')}
            </Button>
          </Stack>
          <Stack direction="row" spacing={1}>
            <Button
              size="small"
              startIcon={<PrintOutlined />}
              onClick={() => onPrint('itinerary')}
              data-testid="trip-print-itinerary"
            >
              {t('page.printItinerary')}
            </Button>
            <Button
              size="small"
              startIcon={<PrintOutlined />}
              onClick={() => onPrint('manifest')}
              data-testid="trip-print-manifest"
            >
              {t('page.printManifest')}
            </Button>
            {canRevealNumbers && (
              <Button
                size="small"
                startIcon={<PrintOutlined />}
                onClick={() => onPrint('travellers')}
                data-testid="trip-print-travellers"
              >
                {tp('fullList.print')}
              </Button>
            )}
            <Button
              size="small"
              startIcon={<PrintOutlined />}
              onClick={() => onPrint('archive')}
              data-testid="trip-print-archive"
            >
              {tf('archive.print')}
            </Button>
          </Stack>
        </Stack>
      </Stack>
      <Divider sx={{ my: 1.5 }} />
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
        <Fact label={t('fields.dates')} testId="trip-dates">
          {f.range(trip.departDate, trip.returnDate)}
          <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400, ml: 1 }}>
            {f.days(trip.departDate, trip.returnDate)}
          </Box>
        </Fact>
        <Fact label={t('fields.destination')}>{trip.destination}</Fact>
        <Fact label={t('fields.kind')}>
          {t(`kind.${trip.kind}`)} · {t(`type.${trip.type}`)}
        </Fact>
        <Fact label={t('page.size')} testId="trip-size">
          {trip.capacity != null
            ? t('page.sizeOf', { count: n, capacity: trip.capacity })
            : t('page.sizeN', { count: n })}
          {trip.minSize != null && (
            <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400, ml: 1 }}>
              {t('list.minSize', { count: trip.minSize })}
            </Box>
          )}
        </Fact>
        {(trip.meetingPoint || trip.meetingTime) && (
          <Fact label={t('page.meeting')}>
            {[trip.meetingTime, trip.meetingPoint].filter(Boolean).join(' · ')}
          </Fact>
        )}
        <Fact label={t('page.guides')}>
          {trip.guides.length
            ? trip.guides.map((g) => g.guide.name).join(t('common:listSeparator'))
            : t('list.noGuide')}
        </Fact>
      </Stack>
    </Paper>
  )
}
