import { Checkbox, FormControlLabel, MenuItem, TextField } from '@mui/material'
import Grid from '@mui/material/Grid'
import { useTranslation } from 'react-i18next'
import {
  budgets,
  diets,
  roomPrefs,
  seatPrefs,
  travelStyles,
} from '../../../../shared/customers/customer.schema'
import type { Preferences } from '../../../../shared/customers/customer.schema'
import { Section } from './Section'
import type { SectionProps } from './types'
import { customerMax } from './formState'

const enums = {
  travelStyle: { values: travelStyles, ns: 'travelStyle' },
  budget: { values: budgets, ns: 'budget' },
  room: { values: roomPrefs, ns: 'room' },
  seat: { values: seatPrefs, ns: 'seat' },
  diet: { values: diets, ns: 'diet' },
} as const

export function PreferencesSection({ d, set, err }: SectionProps) {
  const { t } = useTranslation('customers')
  const p = d.preferences
  const put = (patch: Partial<Preferences>) => set({ preferences: { ...p, ...patch } })
  const choice = (k: keyof typeof enums, size = 3) => (
    <Grid size={size}>
      <TextField
        select
        label={t(`form.prefs.${k}`)}
        value={p[k]}
        onChange={(e) => put({ [k]: e.target.value })}
        slotProps={{ htmlInput: { 'data-testid': `pref-${k}` } }}
      >
        {enums[k].values.map((v) => (
          <MenuItem key={v} value={v}>
            {t(`${enums[k].ns}.${v}`)}
          </MenuItem>
        ))}
      </TextField>
    </Grid>
  )
  const text = (k: 'destinations' | 'bed' | 'allergies' | 'interests', size: number) => (
    <Grid size={size}>
      <TextField
        label={t(`form.prefs.${k}`)}
        value={p[k] ?? ''}
        onChange={(e) => put({ [k]: e.target.value })}
        {...err(`preferences.${k}`)}
        slotProps={{ htmlInput: { 'data-testid': `pref-${k}`, maxLength: customerMax(`preferences.${k}`) } }}
      />
    </Grid>
  )
  return (
    <Section title={t('form.sections.preferences')}>
      {text('destinations', 6)}
      {choice('travelStyle')}
      {choice('budget')}
      {choice('room')}
      {choice('seat')}
      {text('bed', 4)}
      <Grid size={2}>
        <FormControlLabel
          control={<Checkbox checked={p.smoking} onChange={(e) => put({ smoking: e.target.checked })} />}
          label={t('form.prefs.smoking')}
        />
      </Grid>
      {choice('diet')}
      {text('allergies', 5)}
      {text('interests', 4)}
    </Section>
  )
}
