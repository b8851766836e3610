import { Chip } from '@mui/material'
import type { ChipProps } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { TripStatus } from '../../../../shared/trips/trip.schema'

/** One colour per status, the same on the list, the calendar and the trip page. */
export const statusColors: Record<TripStatus, { bg: string; fg: string }> = {
  inquiry: { bg: '#eceff1', fg: '#455a64' },
  quoted: { bg: '#e3f2fd', fg: '#1565c0' },
  confirmed: { bg: '#e8f5e9', fg: '#2e7d32' },
  departed: { bg: '#fff3e0', fg: '#c43e00' },
  returned: { bg: '#ede7f6', fg: '#5e35b1' },
  closed: { bg: '#f5f5f5', fg: '#616161' },
  cancelled: { bg: '#ffebee', fg: '#c62828' },
}

export function StatusChip({
  status,
  size = 'small',
  ...rest
}: { status: TripStatus; size?: 'small' | 'medium' } & Omit<ChipProps, 'label' | 'size'>) {
  const { t } = useTranslation('trips')
  const c = statusColors[status]
  return (
    <Chip
      size={size}
      label={t(`status.${status}`)}
      {...rest}
      sx={{
        bgcolor: c.bg,
        color: c.fg,
        fontWeight: 600,
        border: status === 'closed' ? '1px solid #bdbdbd' : 'none',
        ...rest.sx,
      }}
    />
  )
}
