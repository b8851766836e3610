import { Box, ButtonBase, Tooltip, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { TripRow } from '../../../../shared/trips/trip.types'
import { statusColors } from './StatusChip'
import { useTripFormat } from './tripFormat'

function Entry({ r, dir }: { r: TripRow; dir: 'depart' | 'return' }) {
  const { t } = useTranslation('trips')
  const f = useTripFormat()
  const navigate = useNavigate()
  const c = statusColors[r.status]
  const cancelled = r.status === 'cancelled'
  return (
    <Tooltip
      placement="top"
      title={
        <>
          <b>{r.code}</b> · {t(`status.${r.status}`)}
          <br />
          {r.routeName} · {r.destination}
          <br />
          {f.range(r.departDate, r.returnDate)} · {f.days(r.departDate, r.returnDate)}
        </>
      }
    >
      <ButtonBase
        onClick={() => navigate(`/trips/${r.id}`)}
        data-testid={`cal-${dir}-${r.id}`}
        sx={{
          display: 'block',
          width: '100%',
          textAlign: 'left',
          px: 0.75,
          py: 0.25,
          mt: 0.5,
          borderRadius: 0.75,
          bgcolor: c.bg,
          color: c.fg,
          borderLeft: `3px solid ${c.fg}`,
          opacity: cancelled ? 0.6 : 1,
          '&:hover, &.Mui-focusVisible': { filter: 'brightness(0.95)', outline: `1px solid ${c.fg}` },
        }}
      >
        <Typography
          variant="caption"
          component="div"
          noWrap
          sx={{ fontWeight: 700, textDecoration: cancelled ? 'line-through' : 'none', lineHeight: 1.4 }}
        >
          <Box component="span" sx={{ fontSize: 13 }}>
            {dir === 'depart' ? '▲' : '▼'}
          </Box>
          {` ${r.code}`}
        </Typography>
        <Typography
          variant="caption"
          component="div"
          noWrap
          sx={{ color: 'text.secondary', lineHeight: 1.3 }}
        >
          {r.routeName}
        </Typography>
      </ButtonBase>
    </Tooltip>
  )
}

/** One square of the month grid: the day number and the trips leaving and coming back. */
export function CalendarDay({
  date,
  outside,
  isToday,
  weekend,
  departs,
  returns,
}: {
  date: string
  outside: boolean
  isToday: boolean
  weekend: boolean
  departs: TripRow[]
  returns: TripRow[]
}) {
  return (
    <Box
      sx={{
        minHeight: 104,
        p: 0.75,
        borderRight: '1px solid #e0e4e4',
        borderBottom: '1px solid #e0e4e4',
        '&:nth-of-type(7n)': { borderRight: 'none' },
        bgcolor: outside ? '#fafbfb' : weekend ? '#fffaf5' : 'background.paper',
        minWidth: 0,
      }}
      data-testid={`cal-day-${date}`}
    >
      <Typography
        variant="body2"
        sx={{
          width: 26,
          height: 26,
          lineHeight: '26px',
          textAlign: 'center',
          borderRadius: '50%',
          fontWeight: isToday ? 700 : 500,
          bgcolor: isToday ? 'primary.main' : 'transparent',
          color: isToday ? 'primary.contrastText' : outside ? 'text.secondary' : 'text.primary',
        }}
      >
        {Number(date.slice(8))}
      </Typography>
      <Box>
        {departs.map((r) => (
          <Entry key={`d${r.id}`} r={r} dir="depart" />
        ))}
        {returns.map((r) => (
          <Entry key={`r${r.id}`} r={r} dir="return" />
        ))}
      </Box>
    </Box>
  )
}
