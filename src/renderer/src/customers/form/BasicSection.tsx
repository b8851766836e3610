import {
  Button,
  Checkbox,
  FormControlLabel,
  MenuItem,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material'
import Grid from '@mui/material/Grid'
import { useTranslation } from 'react-i18next'
import { customerCreateSchema, genders } from '../../../../shared/customers/customer.schema'
import { passportPinyin } from '../../../../shared/search/pinyin-keys'
import { lunarDayName, lunarMonthName } from '../../../../shared/calendar/lunar'
import { Section } from './Section'
import type { SectionProps } from './types'
import { customerMax } from './formState'

const pinyinField = customerCreateSchema.shape.pinyinName
const months = Array.from({ length: 12 }, (_, i) => i + 1)
const days = Array.from({ length: 30 }, (_, i) => i + 1)

export function BasicSection({ d, set, err }: SectionProps) {
  const { t, i18n } = useTranslation('customers')
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN'
  const reading = d.name.trim() ? passportPinyin(d.name.trim()) : ''
  // only what the pinyin field would accept is offered (a name with digits or other scripts is not)
  const suggestion = reading && pinyinField.safeParse(reading).success ? reading : ''
  return (
    <Section title={t('form.sections.basic')}>
      <Grid size={4}>
        <TextField
          label={t('form.name')}
          required
          autoFocus
          value={d.name}
          onChange={(e) => set({ name: e.target.value })}
          {...err('name')}
          slotProps={{ htmlInput: { 'data-testid': 'customer-field-name', maxLength: customerMax('name') } }}
        />
      </Grid>
      <Grid size={5}>
        <TextField
          label={t('form.pinyinName')}
          value={d.pinyinName}
          onChange={(e) => set({ pinyinName: e.target.value.toUpperCase() })}
          {...err('pinyinName')}
          slotProps={{
            htmlInput: { 'data-testid': 'customer-field-pinyin', maxLength: customerMax('pinyinName') },
          }}
        />
        {suggestion && suggestion !== d.pinyinName && (
          <Button size="small" onClick={() => set({ pinyinName: suggestion })} data-testid="pinyin-suggest">
            {t('form.pinyinSuggest', { pinyin: suggestion })}
          </Button>
        )}
      </Grid>
      <Grid size={3}>
        <TextField
          select
          label={t('form.gender')}
          value={d.gender}
          onChange={(e) => set({ gender: e.target.value as typeof d.gender })}
          slotProps={{ htmlInput: { 'data-testid': 'customer-field-gender' } }}
        >
          {genders.map((g) => (
            <MenuItem key={g} value={g}>
              {t(`gender.${g}`)}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid size={12} sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {t('form.birthCalendar')}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={d.birthCalendar}
          onChange={(_e, v) => v && set({ birthCalendar: v })}
          aria-label={t('form.birthCalendar')}
        >
          <ToggleButton value="none" data-testid="birth-none">
            {t('form.birthNone')}
          </ToggleButton>
          <ToggleButton value="solar" data-testid="birth-solar">
            {t('birth.solar')}
          </ToggleButton>
          <ToggleButton value="lunar" data-testid="birth-lunar">
            {t('birth.lunar')}
          </ToggleButton>
        </ToggleButtonGroup>
      </Grid>
      {d.birthCalendar === 'solar' && (
        <Grid size={4}>
          <TextField
            type="date"
            label={t('form.birthDate')}
            value={d.birthDate}
            onChange={(e) => set({ birthDate: e.target.value })}
            {...err('birth.date')}
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { 'data-testid': 'customer-field-birthdate', max: '2100-12-31' },
            }}
          />
        </Grid>
      )}
      {d.birthCalendar === 'lunar' && (
        <>
          <Grid size={3}>
            <TextField
              label={t('form.lunarYear')}
              value={d.lunarYear}
              onChange={(e) => set({ lunarYear: e.target.value.replace(/\D/g, '').slice(0, 4) })}
              {...err('birth.year', t('birth.unknownYear'))}
              slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'customer-field-lunar-year' } }}
            />
          </Grid>
          <Grid size={3}>
            <TextField
              select
              label={t('form.lunarMonth')}
              value={d.lunarMonth}
              onChange={(e) => set({ lunarMonth: Number(e.target.value) })}
              {...err('birth.month')}
            >
              {months.map((m) => (
                <MenuItem key={m} value={m}>
                  {lang === 'zh-CN' ? lunarMonthName(m) : m}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={3}>
            <TextField
              select
              label={t('form.lunarDay')}
              value={d.lunarDay}
              onChange={(e) => set({ lunarDay: Number(e.target.value) })}
              {...err('birth.day')}
            >
              {days.map((x) => (
                <MenuItem key={x} value={x}>
                  {lang === 'zh-CN' ? lunarDayName(x) : x}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid size={3}>
            <FormControlLabel
              control={
                <Checkbox checked={d.lunarLeap} onChange={(e) => set({ lunarLeap: e.target.checked })} />
              }
              label={t('birth.leap')}
            />
          </Grid>
        </>
      )}
    </Section>
  )
}
