import { Button, Grid, MenuItem, Paper, TextField } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Gender } from '../../../shared/customers/customer.schema'
import { complainantSchema } from '../../../shared/complaints/complaint.schema'
import { limitsOf } from '../components/limits'

export interface Person {
  name: string
  gender: Gender
  nationality: string
  address: string
  postcode: string
  phone: string
}

/** A complainant without a customer file: the fields a written complaint must carry. */
/** the schema's own text limits: a text longer than main accepts cannot be typed */
const personMax = limitsOf(complainantSchema)

export function PersonFields({
  index,
  offset,
  value,
  errors,
  genders,
  onChange,
  onRemove,
}: {
  index: number
  /** complainants before this one in the call (the customer files come first) */
  offset: number
  value: Person
  errors: Record<string, string>
  genders: readonly Gender[]
  onChange: (v: Person) => void
  onRemove: () => void
}) {
  const { t } = useTranslation('complaints')
  const path = (k: string) => `complainants.${offset + index}.${k}`
  const field = (k: Exclude<keyof Person, 'gender'>, sm: number) => (
    <Grid size={{ xs: 12, sm }}>
      <TextField
        size="small"
        fullWidth
        label={t(`form.${k}`)}
        value={value[k]}
        onChange={(e) => onChange({ ...value, [k]: e.target.value })}
        error={!!errors[path(k)]}
        helperText={errors[path(k)]}
        slotProps={{
          htmlInput: { 'data-testid': `complaint-person-${index}-${k}`, maxLength: personMax(k) },
        }}
      />
    </Grid>
  )
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }}>
      <Grid container spacing={1.5} sx={{ alignItems: 'center' }}>
        {field('name', 3)}
        <Grid size={{ xs: 12, sm: 2 }}>
          <TextField
            select
            size="small"
            fullWidth
            label={t('form.gender')}
            value={value.gender}
            onChange={(e) => onChange({ ...value, gender: e.target.value as Gender })}
          >
            {genders.map((g) => (
              <MenuItem key={g} value={g}>
                {t(`gender.${g}`)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        {field('nationality', 3)}
        {field('phone', 4)}
        {field('address', 8)}
        {field('postcode', 2)}
        <Grid size={{ xs: 12, sm: 2 }}>
          <Button color="error" onClick={onRemove}>
            {t('form.remove')}
          </Button>
        </Grid>
      </Grid>
    </Paper>
  )
}
