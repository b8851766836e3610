import { Box, InputAdornment, TextField, Typography } from '@mui/material'
import Grid from '@mui/material/Grid'
import { useTranslation } from 'react-i18next'
import { Section } from '../../customers/form/Section'
import { priceKeys } from './formState'
import type { TripSectionFormProps } from './types'

/** Group size (minimum to run, capacity) and the price per price type, in yuan. */
export function SizePriceSection({ d, set, err }: TripSectionFormProps) {
  const { t } = useTranslation('trips')
  const size = (k: 'minSize' | 'capacity') => (
    <TextField
      label={t(`fields.${k}`)}
      value={d[k]}
      onChange={(e) => set({ [k]: e.target.value })}
      {...err(k, t(`form.${k}Help`))}
      slotProps={{
        input: { endAdornment: <InputAdornment position="end">{t('form.people')}</InputAdornment> },
        htmlInput: { 'data-testid': `trip-field-${k}`, inputMode: 'numeric' },
      }}
    />
  )
  return (
    <Section title={t('form.sections.sizePrice')}>
      <Grid size={{ xs: 6, md: 3 }}>{size('minSize')}</Grid>
      <Grid size={{ xs: 6, md: 3 }}>{size('capacity')}</Grid>
      <Grid size={12}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('form.pricesHint')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(5, minmax(0, 1fr))', gap: 2 }}>
          {priceKeys.map((k) => (
            <TextField
              key={k}
              label={t(`price.${k}`)}
              value={d.prices[k]}
              onChange={(e) => set({ prices: { ...d.prices, [k]: e.target.value } })}
              {...err(`prices.${k}`)}
              slotProps={{
                input: { startAdornment: <InputAdornment position="start">¥</InputAdornment> },
                htmlInput: { 'data-testid': `trip-field-price-${k}`, inputMode: 'decimal' },
              }}
            />
          ))}
        </Box>
      </Grid>
    </Section>
  )
}
