import { Alert, AlertTitle, Button } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { TripStatus } from '../../../../shared/trips/trip.schema'
import type { TripDetail } from '../../../../shared/trips/trip.types'
import { useTripFormat } from './tripFormat'

/** The dates say the status should have moved on; staff confirm it (nothing changes by itself). */
export function SuggestBanner({
  trip,
  onConfirm,
}: {
  trip: TripDetail
  onConfirm: (to: TripStatus) => void
}) {
  const { t } = useTranslation('trips')
  const f = useTripFormat()
  const to = trip.suggestedStatus
  if (!to) return null
  const date = to === 'departed' ? trip.departDate : trip.returnDate
  return (
    <Alert
      severity="warning"
      variant="filled"
      sx={{ mb: 2, alignItems: 'center', bgcolor: '#f57c00' }}
      data-testid="trip-suggest-banner"
      action={
        <Button
          color="inherit"
          variant="outlined"
          onClick={() => onConfirm(to)}
          sx={{ bgcolor: 'rgba(255,255,255,0.15)', whiteSpace: 'nowrap' }}
          data-testid="trip-suggest-confirm"
        >
          {t(`banner.confirm.${to}`)}
        </Button>
      }
    >
      <AlertTitle sx={{ fontWeight: 700 }}>{t(`banner.title.${to}`)}</AlertTitle>
      {t(`banner.text.${to}`, {
        date: f.date(date),
        status: t(`status.${trip.status}`),
        to: t(`status.${to}`),
      })}
    </Alert>
  )
}
