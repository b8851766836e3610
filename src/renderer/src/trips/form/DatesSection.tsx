import { TextField } from '@mui/material'
import Grid from '@mui/material/Grid'
import { useTranslation } from 'react-i18next'
import { Section } from '../../customers/form/Section'
import { dayCount } from '../shell/dates'
import type { TripSectionFormProps } from './types'
import { tripMax } from './formState'

/** Departure and return dates (the day count shown as the user types), meeting point and time. */
export function DatesSection({
  d,
  set,
  err,
  onDepart,
}: TripSectionFormProps & { onDepart: (date: string) => void }) {
  const { t } = useTranslation('trips')
  const n = dayCount(d.departDate, d.returnDate)
  const date = (k: 'departDate' | 'returnDate', help?: string) => (
    <TextField
      required
      type="date"
      label={t(`fields.${k}`)}
      value={d[k]}
      onChange={(e) => (k === 'departDate' ? onDepart(e.target.value) : set({ returnDate: e.target.value }))}
      {...err(k, help)}
      slotProps={{
        inputLabel: { shrink: true },
        htmlInput: { 'data-testid': `trip-field-${k}`, min: k === 'returnDate' ? d.departDate : undefined },
        formHelperText: { 'data-testid': `trip-${k}-help` } as object,
      }}
    />
  )
  return (
    <Section title={t('form.sections.dates')}>
      <Grid size={{ xs: 6, md: 3 }}>{date('departDate')}</Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        {date('returnDate', n ? t('form.dayCount', { count: n }) : undefined)}
      </Grid>
      <Grid size={{ xs: 8, md: 4 }}>
        <TextField
          label={t('fields.meetingPoint')}
          value={d.meetingPoint}
          placeholder={t('form.meetingPointPlaceholder')}
          onChange={(e) => set({ meetingPoint: e.target.value })}
          {...err('meetingPoint')}
          slotProps={{
            htmlInput: { 'data-testid': 'trip-field-meetingPoint', maxLength: tripMax('meetingPoint') },
          }}
        />
      </Grid>
      <Grid size={{ xs: 4, md: 2 }}>
        <TextField
          type="time"
          label={t('fields.meetingTime')}
          value={d.meetingTime}
          onChange={(e) => set({ meetingTime: e.target.value })}
          {...err('meetingTime')}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'trip-field-meetingTime' } }}
        />
      </Grid>
    </Section>
  )
}
