import { Button, Grid, MenuItem, TextField, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { genders } from '../../../../shared/customers/customer.schema'
import type { CustomerCreate } from '../../../../shared/customers/customer.schema'
import { customerMax } from '../form/formState'

export interface NewRelative {
  name: string
  gender: CustomerCreate['gender']
  birthDate: string
  mobile: string
}

/** Started from what was searched: digits are a mobile number, anything else a name. */
export const newRelative = (typed: string): NewRelative =>
  /^[\d\s+-]+$/.test(typed)
    ? { name: '', gender: 'unknown', birthDate: '', mobile: typed }
    : { name: typed, gender: 'unknown', birthDate: '', mobile: '' }

/** What customers.create takes for the few fields typed here; the file is completed later. */
export function relativeInput(p: NewRelative) {
  return {
    name: p.name,
    gender: p.gender,
    birth: p.birthDate ? { calendar: 'solar' as const, date: p.birthDate } : null,
    mobile: p.mobile || null,
  }
}

type FieldProps = (path: string, help?: string) => object

/**
 * The start of a new file for a relative who has none: name, sex, birth date, mobile — the same
 * fields, limits and messages as the customer form (errors come back under `customer.`).
 */
export function NewRelativeFields({
  value: p,
  onChange,
  onBack,
  err,
}: {
  value: NewRelative
  onChange: (p: NewRelative) => void
  onBack: () => void
  err: FieldProps
}) {
  const { t } = useTranslation('customers')
  const set = (part: Partial<NewRelative>) => onChange({ ...p, ...part })
  return (
    <Grid container spacing={2} data-testid="relation-new-fields">
      <Grid size={12}>
        <Typography variant="body2" color="text.secondary">
          {t('relationDialog.newHint')}
        </Typography>
      </Grid>
      <Grid size={8}>
        <TextField
          autoFocus
          required
          fullWidth
          label={t('form.name')}
          value={p.name}
          onChange={(e) => set({ name: e.target.value })}
          {...err('customer.name')}
          slotProps={{ htmlInput: { 'data-testid': 'relation-new-name', maxLength: customerMax('name') } }}
        />
      </Grid>
      <Grid size={4}>
        <TextField
          select
          fullWidth
          label={t('form.gender')}
          value={p.gender}
          onChange={(e) => set({ gender: e.target.value as NewRelative['gender'] })}
          slotProps={{ htmlInput: { 'data-testid': 'relation-new-gender' } }}
        >
          {genders.map((g) => (
            <MenuItem key={g} value={g}>
              {t(`gender.${g}`)}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid size={6}>
        <TextField
          type="date"
          fullWidth
          label={t('form.birthDate')}
          value={p.birthDate}
          onChange={(e) => set({ birthDate: e.target.value })}
          {...err('customer.birth.date')}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': 'relation-new-birthdate', max: '2100-12-31' },
          }}
        />
      </Grid>
      <Grid size={6}>
        <TextField
          fullWidth
          label={t('form.mobile')}
          value={p.mobile}
          onChange={(e) => set({ mobile: e.target.value })}
          {...err('customer.mobile')}
          slotProps={{
            htmlInput: { 'data-testid': 'relation-new-mobile', maxLength: customerMax('mobile') },
          }}
        />
      </Grid>
      <Grid size={12}>
        <Button size="small" onClick={onBack} data-testid="relation-new-back">
          {t('relationDialog.backToSearch')}
        </Button>
      </Grid>
    </Grid>
  )
}
