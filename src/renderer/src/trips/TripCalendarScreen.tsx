import { Alert, Box, Button, IconButton, Paper, Stack, Tooltip, Typography } from '@mui/material'
import ChevronLeftOutlined from '@mui/icons-material/ChevronLeftOutlined'
import ChevronRightOutlined from '@mui/icons-material/ChevronRightOutlined'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { TripRow } from '../../../shared/trips/trip.types'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { useFormat } from '../format/format'
import { addDays, monthGrid, monthOf, shiftMonth, today } from './shell/dates'
import { dayFormat, localeOf } from '../format/formatters'
import { CalendarDay } from './shell/CalendarDay'
import { TripsHeader } from './shell/TripsHeader'

const validMonth = (m: string | null) => (m && /^\d{4}-(0[1-9]|1[0-2])$/.test(m) ? m : null)

/** Departures (▲) and returns (▼) on a Monday-first month grid; a click opens the trip. */
export function TripCalendarScreen() {
  const { t } = useTranslation('trips')
  const { t: tc } = useTranslation()
  const f = useFormat()
  const [params, setParams] = useSearchParams()
  const now = today()
  const month = validMonth(params.get('month')) ?? monthOf(now)
  const go = (m: string) => setParams(m === monthOf(now) ? {} : { month: m }, { replace: true })
  const days = monthGrid(month)
  const q = useQuery(() => api.trips.calendar({ from: days[0], to: days[41] }), [month], ['trip'])

  const departs = new Map<string, TripRow[]>()
  const returns = new Map<string, TripRow[]>()
  for (const r of q.data ?? []) {
    departs.set(r.departDate, [...(departs.get(r.departDate) ?? []), r])
    returns.set(r.returnDate, [...(returns.get(r.returnDate) ?? []), r])
  }
  const inMonth = (q.data ?? []).filter((r) => r.status !== 'cancelled')
  const departCount = inMonth.filter((r) => monthOf(r.departDate) === month).length
  const returnCount = inMonth.filter((r) => monthOf(r.returnDate) === month).length

  const locale = localeOf(f.lang)
  const title = dayFormat(locale, { year: 'numeric', month: 'long' })(`${month}-01`)
  const weekday = dayFormat(locale, { weekday: 'short' })
  // 2024-01-01 was a Monday
  const weekdays = Array.from({ length: 7 }, (_v, i) => weekday(addDays('2024-01-01', i)))

  return (
    <Stack spacing={2}>
      <TripsHeader view="calendar" />
      {q.error && <Alert severity="error">{msgText(tc, q.error.error.msg)}</Alert>}
      <Paper sx={{ p: 2 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
          <Tooltip title={t('calendar.prev')}>
            <IconButton
              onClick={() => go(shiftMonth(month, -1))}
              data-testid="cal-prev"
              aria-label={t('calendar.prev')}
            >
              <ChevronLeftOutlined />
            </IconButton>
          </Tooltip>
          <Typography
            variant="h6"
            sx={{ fontWeight: 700, minWidth: 150, textAlign: 'center' }}
            data-testid="cal-title"
          >
            {title}
          </Typography>
          <Tooltip title={t('calendar.next')}>
            <IconButton
              onClick={() => go(shiftMonth(month, 1))}
              data-testid="cal-next"
              aria-label={t('calendar.next')}
            >
              <ChevronRightOutlined />
            </IconButton>
          </Tooltip>
          <Button variant="outlined" size="small" onClick={() => go(monthOf(now))} data-testid="cal-today">
            {t('calendar.today')}
          </Button>
          <Box sx={{ flexGrow: 1 }} />
          {q.data && (
            <Typography variant="body2" color="text.secondary" data-testid="cal-summary">
              {t('calendar.summary', { departs: departCount, returns: returnCount })}
            </Typography>
          )}
          <Typography variant="body2" sx={{ pl: 2 }}>
            <Box component="span" sx={{ fontSize: 16 }}>
              ▲
            </Box>{' '}
            {t('calendar.depart')}
            <Box component="span" sx={{ fontSize: 16, ml: 1.5 }}>
              ▼
            </Box>{' '}
            {t('calendar.return')}
          </Typography>
        </Stack>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
            border: '1px solid #e0e4e4',
            borderRadius: 1,
            overflow: 'hidden',
          }}
          data-testid="cal-grid"
        >
          {weekdays.map((w, i) => (
            <Typography
              key={w}
              variant="body2"
              sx={{
                py: 0.75,
                textAlign: 'center',
                fontWeight: 600,
                bgcolor: '#f4f6f6',
                color: i >= 5 ? 'secondary.dark' : 'text.secondary',
                borderBottom: '1px solid #e0e4e4',
              }}
            >
              {w}
            </Typography>
          ))}
          {days.map((d, i) => (
            <CalendarDay
              key={d}
              date={d}
              outside={monthOf(d) !== month}
              isToday={d === now}
              weekend={i % 7 >= 5}
              departs={departs.get(d) ?? []}
              returns={returns.get(d) ?? []}
            />
          ))}
        </Box>
      </Paper>
    </Stack>
  )
}
