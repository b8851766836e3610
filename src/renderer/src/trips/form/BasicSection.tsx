import { MenuItem, TextField } from '@mui/material'
import Grid from '@mui/material/Grid'
import { useTranslation } from 'react-i18next'
import { tripKinds, tripTypes } from '../../../../shared/trips/trip.schema'
import type { TripKind, TripType } from '../../../../shared/trips/trip.schema'
import { Section } from '../../customers/form/Section'
import type { TripSectionFormProps } from './types'
import { tripMax } from './formState'

/** 团号, route, destination, kind and type. The 团号 may stay empty: main generates it. */
export function BasicSection({
  d,
  set,
  err,
  suggestedCode,
  editing,
}: TripSectionFormProps & { suggestedCode: string | null; editing: boolean }) {
  const { t } = useTranslation('trips')
  const codeHelp = d.code.trim()
    ? t('form.codeHelp')
    : suggestedCode
      ? t('form.codeAuto', { code: suggestedCode })
      : editing
        ? t('form.codeKeep')
        : t('form.codeAutoLater')
  return (
    <Section title={t('form.sections.basic')}>
      <Grid size={{ xs: 12, md: 4 }}>
        <TextField
          label={t('fields.code')}
          value={d.code}
          placeholder={suggestedCode ?? t('form.codePlaceholder')}
          onChange={(e) => set({ code: e.target.value.toUpperCase() })}
          {...err('code', codeHelp)}
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: { 'data-testid': 'trip-field-code', spellCheck: false, maxLength: tripMax('code') },
            formHelperText: { 'data-testid': 'trip-code-help' } as object,
          }}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <TextField
          required
          label={t('fields.routeName')}
          value={d.routeName}
          onChange={(e) => set({ routeName: e.target.value })}
          {...err('routeName', t('form.routeNameHelp'))}
          slotProps={{
            htmlInput: { 'data-testid': 'trip-field-routeName', maxLength: tripMax('routeName') },
          }}
        />
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <TextField
          required
          label={t('fields.destination')}
          value={d.destination}
          onChange={(e) => set({ destination: e.target.value })}
          {...err('destination')}
          slotProps={{
            htmlInput: { 'data-testid': 'trip-field-destination', maxLength: tripMax('destination') },
          }}
        />
      </Grid>
      <Grid size={{ xs: 6, md: 4 }}>
        <TextField
          select
          label={t('fields.kind')}
          value={d.kind}
          onChange={(e) => set({ kind: e.target.value as TripKind })}
          {...err('kind', t(`form.kindHelp.${d.kind}`))}
          slotProps={{ htmlInput: { 'data-testid': 'trip-field-kind' } }}
        >
          {tripKinds.map((k) => (
            <MenuItem key={k} value={k}>
              {t(`kind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid size={{ xs: 6, md: 4 }}>
        <TextField
          select
          label={t('fields.type')}
          value={d.type}
          onChange={(e) => set({ type: e.target.value as TripType })}
          {...err('type')}
          slotProps={{ htmlInput: { 'data-testid': 'trip-field-type' } }}
        >
          {tripTypes.map((k) => (
            <MenuItem key={k} value={k}>
              {t(`type.${k}`)}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
    </Section>
  )
}
