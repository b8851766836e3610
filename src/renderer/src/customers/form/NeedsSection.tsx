import { Checkbox, FormControlLabel, TextField, Typography } from '@mui/material'
import Grid from '@mui/material/Grid'
import { useTranslation } from 'react-i18next'
import { needKinds, sensitiveNeeds } from '../../../../shared/customers/customer.schema'
import type { NeedKind } from '../../../../shared/customers/customer.schema'
import { Section } from './Section'
import type { SectionProps } from './types'
import { customerMax } from './formState'

/** One row per kind of need; health and pregnancy only once the customer's consent is recorded. */
export function NeedsSection({ d, set, err }: SectionProps) {
  const { t } = useTranslation('customers')
  const index = (k: NeedKind) => d.needs.findIndex((n) => n.kind === k)
  const toggle = (k: NeedKind, on: boolean) =>
    set({
      needs: on
        ? [...d.needs, { kind: k, note: '', hiddenNote: false }]
        : d.needs.filter((n) => n.kind !== k),
    })
  const setNote = (k: NeedKind, note: string) =>
    set({ needs: d.needs.map((n) => (n.kind === k ? { ...n, note } : n)) })

  return (
    <Section title={t('form.sections.needs')}>
      {d.confidentialNeed && (
        <Grid size={12}>
          <Typography variant="body2" color="text.secondary" data-testid="need-confidential">
            {t('form.confidentialNeed')}
          </Typography>
        </Grid>
      )}
      {needKinds.map((k) => {
        const i = index(k)
        const need = i >= 0 ? d.needs[i] : null
        const locked = sensitiveNeeds.includes(k) && !d.healthConsent
        const e = i >= 0 ? err(`needs.${i}.kind`) : { error: false }
        return (
          <Grid size={6} container spacing={1} key={k} sx={{ alignItems: 'flex-start' }}>
            <Grid size={4}>
              <FormControlLabel
                control={
                  <Checkbox
                    checked={!!need}
                    disabled={locked && !need}
                    onChange={(ev) => toggle(k, ev.target.checked)}
                    data-testid={`need-${k}`}
                  />
                }
                label={t(`need.${k}`)}
              />
              {e.error && (
                <Typography variant="caption" color="error" sx={{ display: 'block' }}>
                  {e.helperText}
                </Typography>
              )}
            </Grid>
            <Grid size={8}>
              {need && (
                <TextField
                  label={t('form.needNote')}
                  value={need.note}
                  placeholder={need.hiddenNote ? t('form.needHidden') : undefined}
                  onChange={(ev) => setNote(k, ev.target.value)}
                  {...err(
                    `needs.${i}.note`,
                    need.hiddenNote && !need.note ? t('form.keepHidden') : undefined,
                  )}
                  slotProps={{
                    inputLabel: { shrink: need.hiddenNote || undefined },
                    htmlInput: { 'data-testid': `need-note-${k}`, maxLength: customerMax('needs.0.note') },
                  }}
                />
              )}
            </Grid>
          </Grid>
        )
      })}
    </Section>
  )
}
