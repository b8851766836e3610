import {
  Autocomplete,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  TextField,
} from '@mui/material'
import { useTranslation } from 'react-i18next'
import { guideRoles } from '../../../shared/trips/trip.schema'
import type { GuideRole } from '../../../shared/trips/trip.schema'

/** Working languages as free chips (Enter adds one); common ones are suggested. */
export function LanguagesField({
  value,
  onChange,
  input,
  onInput,
  error,
}: {
  value: string[]
  onChange: (v: string[]) => void
  input: string
  onInput: (v: string) => void
  error?: string
}) {
  const { t } = useTranslation('resources')
  return (
    <Autocomplete
      multiple
      freeSolo
      options={t('guides.form.languageOptions').split('|')}
      value={value}
      inputValue={input}
      onInputChange={(_e, v) => onInput(v)}
      onChange={(_e, v) => onChange([...new Set((v as string[]).map((s) => s.trim()).filter(Boolean))])}
      renderInput={(p) => (
        <TextField
          {...p}
          label={t('guides.form.languages')}
          error={!!error}
          helperText={error ?? t('guides.form.languagesHelp')}
          slotProps={{
            ...p.slotProps,
            htmlInput: { ...p.slotProps.htmlInput, 'data-testid': 'guide-field-languages', maxLength: 30 },
          }}
        />
      )}
    />
  )
}

/** The roles a guide can take: 全陪, 地陪, 领队. */
export function RolesField({
  value,
  onChange,
  error,
}: {
  value: GuideRole[]
  onChange: (v: GuideRole[]) => void
  error?: string
}) {
  const { t } = useTranslation('resources')
  return (
    <FormControl error={!!error} component="fieldset">
      <FormLabel component="legend">{t('guides.form.roles')}</FormLabel>
      <FormGroup row>
        {guideRoles.map((r) => (
          <FormControlLabel
            key={r}
            label={t(`roleLong.${r}`)}
            control={
              <Checkbox
                checked={value.includes(r)}
                onChange={(e) => onChange(e.target.checked ? [...value, r] : value.filter((x) => x !== r))}
                slotProps={{ input: { 'data-testid': `guide-role-${r}` } as object }}
              />
            }
          />
        ))}
      </FormGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  )
}
