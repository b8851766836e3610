import { TextField } from '@mui/material'
import Grid from '@mui/material/Grid'
import { useTranslation } from 'react-i18next'
import { Section } from './Section'
import type { SectionProps } from './types'
import { customerMax } from './formState'

export function ContactSection({ d, set, err }: SectionProps) {
  const { t } = useTranslation('customers')
  const text = (
    k: 'mobile' | 'wechat' | 'email' | 'address' | 'occupation' | 'employer',
    size: number,
    help?: string,
  ) => (
    <Grid size={size}>
      <TextField
        label={t(`form.${k}`)}
        value={d[k]}
        onChange={(e) => set({ [k]: e.target.value })}
        {...err(k, help)}
        slotProps={{ htmlInput: { 'data-testid': `customer-field-${k}`, maxLength: customerMax(k) } }}
      />
    </Grid>
  )
  return (
    <Section title={t('form.sections.contact')}>
      {text('mobile', 4, t('form.mobileHelp'))}
      {text('wechat', 4)}
      {text('email', 4)}
      {text('address', 12)}
      {text('occupation', 6)}
      {text('employer', 6)}
    </Section>
  )
}
