import { Autocomplete, Checkbox, FormControlLabel, MenuItem, TextField, Typography } from '@mui/material'
import Grid from '@mui/material/Grid'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { sources, tiers } from '../../../../shared/customers/customer.schema'
import { api } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { useFormat } from '../../format/format'
import { Section } from './Section'
import type { SectionProps } from './types'
import { customerMax } from './formState'

type Option = { id: number; name: string; mobile?: string | null }

export function MembershipSection({
  d,
  set,
  err,
  selfId,
  consentAt,
}: SectionProps & { selfId?: number; consentAt?: string | null }) {
  const { t } = useTranslation('customers')
  const f = useFormat()
  const [q, setQ] = useState('')
  const found = useQuery(() => api.customers.lookup({ q, limit: 8 }), [q])
  const tags = useQuery(() => api.customers.tags({}), [])
  const options: Option[] = (found.data ?? []).filter((c) => c.id !== selfId)

  return (
    <Section title={t('form.sections.membership')}>
      <Grid size={3}>
        <TextField
          select
          label={t('form.source')}
          value={d.source}
          onChange={(e) => set({ source: e.target.value as typeof d.source })}
        >
          <MenuItem value="">{t('common:none')}</MenuItem>
          {sources.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`source.${s}`)}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid size={5}>
        <Autocomplete
          value={d.referrer as Option | null}
          options={options}
          filterOptions={(x) => x}
          getOptionLabel={(o) => o.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          onInputChange={(_e, v) => setQ(v)}
          onChange={(_e, v) => set({ referrer: v ? { id: v.id, name: v.name } : null })}
          renderOption={(props, o) => (
            <li {...props} key={o.id}>
              {o.name}
              <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                {o.mobile ?? ''}
              </Typography>
            </li>
          )}
          renderInput={(p) => (
            <TextField
              {...p}
              label={t('form.referrer')}
              placeholder={t('form.referrerSearch')}
              {...err('referrerId')}
            />
          )}
        />
      </Grid>
      <Grid size={4}>
        <TextField
          select
          label={t('form.tier')}
          value={d.tier}
          onChange={(e) => set({ tier: e.target.value as typeof d.tier })}
          slotProps={{ htmlInput: { 'data-testid': 'customer-field-tier' } }}
        >
          {tiers.map((x) => (
            <MenuItem key={x} value={x}>
              {t(`tier.${x}`)}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid size={12}>
        <Autocomplete
          multiple
          freeSolo
          options={(tags.data ?? []).map((x) => x.tag)}
          value={d.tags}
          onChange={(_e, v) => set({ tags: (v as string[]).map((s) => s.trim()).filter(Boolean) })}
          renderInput={(p) => (
            <TextField
              {...p}
              label={t('form.tags')}
              {...err('tags', t('form.tagsHelp'))}
              slotProps={{
                ...p.slotProps,
                htmlInput: {
                  ...p.slotProps.htmlInput,
                  'data-testid': 'customer-field-tags',
                  maxLength: customerMax('tags.0'),
                },
              }}
            />
          )}
        />
      </Grid>
      <Grid size={12}>
        <Typography variant="subtitle2" sx={{ mt: 1 }}>
          {t('form.sections.consent')}
        </Typography>
        <FormControlLabel
          control={
            <Checkbox
              checked={d.marketingConsent}
              onChange={(e) => set({ marketingConsent: e.target.checked })}
              data-testid="consent-marketing"
            />
          }
          label={t('form.marketingConsent')}
        />
        <br />
        <FormControlLabel
          control={
            <Checkbox
              checked={d.doNotContact}
              onChange={(e) => set({ doNotContact: e.target.checked })}
              data-testid="consent-dnc"
            />
          }
          label={t('form.doNotContact')}
        />
        <br />
        <FormControlLabel
          control={
            <Checkbox
              checked={d.healthConsent}
              onChange={(e) => set({ healthConsent: e.target.checked })}
              data-testid="consent-health"
            />
          }
          label={t('form.healthConsent')}
        />
        {d.healthConsent && consentAt && (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', ml: 4 }}>
            {t('form.healthConsentAt', { date: f.dateTime(consentAt) })}
          </Typography>
        )}
      </Grid>
    </Section>
  )
}
