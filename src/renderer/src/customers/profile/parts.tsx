import { Box, Paper, Stack, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { calendarDay, daysBetween } from '../../../../shared/common/dates'
import { today } from '../../format/formatters'

/** A titled block inside a tab. */
export function Section({
  title,
  action,
  children,
  testId,
}: {
  title: ReactNode
  action?: ReactNode
  children: ReactNode
  testId?: string
}) {
  return (
    <Paper sx={{ p: 2, height: '100%' }} data-testid={testId}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1.5, minHeight: 32 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, flexGrow: 1 }}>
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </Paper>
  )
}

/** Label / value pairs in two aligned columns; empty values read "not given" in grey. */
export function InfoList({ rows }: { rows: [label: string, value: ReactNode, testId?: string][] }) {
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}
    >
      {rows.map(([label, value, testId]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography
            component="dd"
            variant="body2"
            sx={{ m: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
            data-testid={testId}
          >
            {value === null || value === undefined || value === '' ? <NotGiven /> : value}
          </Typography>
        </Box>
      ))}
    </Box>
  )
}

export function NotGiven({ text }: { text?: string }) {
  const { t } = useTranslation('customers')
  return (
    <Box component="span" sx={{ color: 'text.secondary' }}>
      {text ?? t('profileExtra.notGiven')}
    </Box>
  )
}

/** A quiet line for an empty list. */
export function Empty({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }} data-testid={testId}>
      {children}
    </Typography>
  )
}

/** Whole days from today (the agency's calendar) to a date; negative when past. */
export function daysFromToday(iso: string): number {
  return daysBetween(today(), calendarDay(iso))
}
