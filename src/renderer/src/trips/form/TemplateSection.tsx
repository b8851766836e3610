import { Box, MenuItem, TextField } from '@mui/material'
import Grid from '@mui/material/Grid'
import { useTranslation } from 'react-i18next'
import type { RouteTemplateView } from '../../../../shared/trips/trip.types'
import { Section } from '../../customers/form/Section'

export type RouteSummary = Omit<RouteTemplateView, 'days'>

const NONE = '__none__'

/** On create: start from a saved route. Its days shift to the new departure date. */
export function TemplateSection({
  routes,
  value,
  onChange,
}: {
  routes: RouteSummary[]
  value: number | null
  onChange: (r: RouteSummary | null) => void
}) {
  const { t } = useTranslation('trips')
  const chosen = routes.find((r) => r.id === value)
  return (
    <Section title={t('form.sections.template')}>
      <Grid size={{ xs: 12, md: 8 }}>
        <TextField
          select
          label={t('form.template')}
          value={value ?? NONE}
          onChange={(e) =>
            onChange(
              e.target.value === NONE ? null : (routes.find((r) => r.id === Number(e.target.value)) ?? null),
            )
          }
          helperText={
            chosen
              ? t('form.templateChosen', { count: chosen.dayCount })
              : routes.length
                ? t('form.templateHelp')
                : t('form.templateNone')
          }
          slotProps={{ htmlInput: { 'data-testid': 'trip-field-template' } }}
        >
          <MenuItem value={NONE}>{t('form.templateBlank')}</MenuItem>
          {routes.map((r) => (
            <MenuItem key={r.id} value={r.id} data-testid={`trip-template-${r.id}`}>
              {r.name}
              <Box component="span" sx={{ ml: 1, color: 'text.secondary', fontSize: 13 }}>
                {r.destination} · {t(`kind.${r.kind}`)} · {t('days', { count: r.dayCount })}
              </Box>
            </MenuItem>
          ))}
        </TextField>
      </Grid>
    </Section>
  )
}
