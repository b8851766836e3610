import { Box, Link, Paper, Stack, Typography } from '@mui/material'
import CakeOutlined from '@mui/icons-material/CakeOutlined'
import FlightLandOutlined from '@mui/icons-material/FlightLandOutlined'
import FlightTakeoffOutlined from '@mui/icons-material/FlightTakeoffOutlined'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import type { WeekBirthday, WeekTrip, WeekView } from '../../../shared/reminders/reminder.types'
import { useFormat } from '../format/format'

function Block({
  icon,
  title,
  testId,
  children,
}: {
  icon: ReactNode
  title: string
  testId: string
  children: ReactNode
}) {
  return (
    <Box data-testid={testId}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5, color: 'text.secondary' }}>
        {icon}
        <Typography variant="subtitle2" sx={{ fontWeight: 700, color: 'text.primary' }}>
          {title}
        </Typography>
      </Stack>
      {children}
    </Box>
  )
}

function Line({ when, to, main, extra }: { when: string; to: string; main: string; extra?: ReactNode }) {
  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: '64px 1fr', columnGap: 1, py: 0.5, alignItems: 'baseline' }}
      data-testid="week-line"
    >
      <Typography variant="body2" color="text.secondary">
        {when}
      </Typography>
      <Box sx={{ minWidth: 0 }}>
        <Link component={RouterLink} to={to} underline="hover" variant="body2" sx={{ fontWeight: 600 }}>
          {main}
        </Link>
        {extra && (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
            {extra}
          </Typography>
        )}
      </Box>
    </Box>
  )
}

/** This week at the desk: groups leaving and coming back, and whose birthday it is. */
export function WeekPanel({ week }: { week: WeekView }) {
  const { t } = useTranslation('reminders')
  const fmt = useFormat()
  const none = (
    <Typography variant="body2" color="text.disabled" sx={{ py: 0.5 }}>
      {t('week.none')}
    </Typography>
  )
  const trip = (x: WeekTrip, day: string) => (
    <Line
      key={`${x.id}-${day}`}
      when={fmt.monthDay(day)}
      to={`/trips/${x.id}`}
      main={`${x.code} ${x.routeName}`}
      extra={t('week.people', { count: x.participants })}
    />
  )
  const birthday = (b: WeekBirthday) => {
    const facts = [
      b.calendar === 'lunar' ? t('week.lunar') : null,
      b.age != null ? t('week.age', { age: b.age }) : null,
      b.leftOut ? t('leftOut.label', { reasons: t(`leftOut.${b.leftOut}`) }) : null,
    ].filter(Boolean)
    return (
      <Line
        key={b.customerId}
        when={fmt.monthDay(b.date)}
        to={`/customers/${b.customerId}`}
        main={b.name}
        extra={facts.length ? facts.join(' · ') : undefined}
      />
    )
  }

  return (
    <Paper sx={{ p: 2 }} data-testid="week-panel">
      <Typography variant="subtitle1" sx={{ fontWeight: 700, mb: 1.5 }}>
        {t('week.title', { from: fmt.monthDay(week.from), to: fmt.monthDay(week.to) })}
      </Typography>
      <Stack spacing={2}>
        <Block
          icon={<FlightTakeoffOutlined fontSize="small" />}
          title={t('week.departures')}
          testId="week-departures"
        >
          {week.departures.length ? week.departures.map((x) => trip(x, x.departDate)) : none}
        </Block>
        <Block icon={<FlightLandOutlined fontSize="small" />} title={t('week.returns')} testId="week-returns">
          {week.returns.length ? week.returns.map((x) => trip(x, x.returnDate)) : none}
        </Block>
        <Block icon={<CakeOutlined fontSize="small" />} title={t('week.birthdays')} testId="week-birthdays">
          {week.birthdays.length ? week.birthdays.map(birthday) : none}
        </Block>
      </Stack>
    </Paper>
  )
}
