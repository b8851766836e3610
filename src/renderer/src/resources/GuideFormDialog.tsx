import { FormControlLabel, Grid, MenuItem, Switch, TextField } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { guideFieldsSchema, guideLevels } from '../../../shared/trips/trip.schema'
import type { GuideLevel, GuideRole } from '../../../shared/trips/trip.schema'
import type { GuideView } from '../../../shared/trips/trip.types'
import { api, unwrap } from '../api/client'
import { LanguagesField, RolesField } from './GuideFields'
import { ResourceFormFrame } from './ResourceFormFrame'
import { useResourceForm } from './useResourceForm'
import { limitsOf } from '../components/limits'

/** The longest text each field takes, read from the schema main checks with. */
const guideMax = limitsOf(guideFieldsSchema)

interface Draft {
  name: string
  mobile: string
  licenceNo: string
  level: GuideLevel | ''
  licenceExpiry: string
  languages: string[]
  roles: GuideRole[]
  passportNo: string
  permitNo: string
  active: boolean
  notes: string
}

function draftOf(g: GuideView | null): Draft {
  return {
    name: g?.name ?? '',
    mobile: g?.mobile ?? '',
    licenceNo: g?.licenceNo ?? '',
    level: g?.level ?? '',
    licenceExpiry: g?.licenceExpiry ?? '',
    languages: g?.languages ?? [],
    roles: g?.roles ?? [],
    // the stored numbers are never sent here, only masked: an empty field keeps them (see guideEditSchema)
    passportNo: '',
    permitNo: '',
    active: g?.active ?? true,
    notes: g?.notes ?? '',
  }
}

/**
 * Add a guide (row = null) or edit one. `row` is the live record, so after a "changed by someone
 * else" answer the clerk can load the latest values and save again.
 */
export function GuideFormDialog({
  row,
  onClose,
  onDone,
}: {
  row: GuideView | null
  onClose: () => void
  onDone: (message: string, id: number) => void
}) {
  const { t } = useTranslation('resources')
  const { errors, d, set, dirty, version, stale, busy, save, reload } = useResourceForm(
    row,
    () => draftOf(row),
    draftOf,
  )
  const [langInput, setLangInput] = useState('')
  const showLeaderDocs =
    d.roles.includes('tour_leader') ||
    !!(d.passportNo || d.permitNo || row?.passportNoMasked || row?.permitNoMasked)

  const submit = () => {
    // a language typed but not yet confirmed with Enter still counts
    const pending = langInput.trim()
    const languages = pending && !d.languages.includes(pending) ? [...d.languages, pending] : d.languages
    const fields = {
      name: d.name,
      mobile: d.mobile.trim() || null,
      licenceNo: d.licenceNo,
      level: d.level || null,
      licenceExpiry: d.licenceExpiry || null,
      languages,
      roles: d.roles,
      active: d.active,
      notes: d.notes,
    }
    return save(async () => {
      if (row) {
        // a number left empty is omitted, so the stored one stays
        const numbers = {
          ...(d.passportNo.trim() && { passportNo: d.passportNo }),
          ...(d.permitNo.trim() && { permitNo: d.permitNo }),
        }
        await unwrap(api.guides.update({ ...fields, ...numbers, id: row.id, version }))
        onDone(t('guides.done.updated', { name: d.name.trim() }), row.id)
      } else {
        const r = await unwrap(
          api.guides.create({ ...fields, passportNo: d.passportNo, permitNo: d.permitNo }),
        )
        onDone(t('guides.done.created', { name: d.name.trim() }), r.id)
      }
    })
  }

  // shrink: the label stays above an empty field so its placeholder (the masked number) shows
  const text = (
    k: 'name' | 'mobile' | 'licenceNo' | 'passportNo' | 'permitNo' | 'notes',
    shrink = false,
  ) => ({
    value: d[k],
    onChange: (e: { target: { value: string } }) => set({ [k]: e.target.value }),
    slotProps: {
      htmlInput: { 'data-testid': `guide-field-${k}`, maxLength: guideMax(k) },
      ...(shrink && { inputLabel: { shrink: true } }),
    },
  })

  return (
    <ResourceFormFrame
      prefix="guide"
      title={row ? t('guides.form.editTitle', { name: row.name }) : t('guides.form.addTitle')}
      maxWidth="md"
      busy={busy}
      dirty={dirty}
      error={errors.form}
      fields={errors.fields}
      stale={stale}
      onReload={reload}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={row ? t('common:actions.save') : t('guides.form.submitAdd')}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={4}>
          <TextField
            label={t('guides.form.name')}
            required
            autoFocus
            {...text('name')}
            {...errors.fieldProps('name')}
          />
        </Grid>
        <Grid size={4}>
          <TextField label={t('guides.form.mobile')} {...text('mobile')} {...errors.fieldProps('mobile')} />
        </Grid>
        <Grid size={4}>
          <TextField
            select
            label={t('guides.form.level')}
            value={d.level}
            onChange={(e) => set({ level: e.target.value as GuideLevel | '' })}
            {...errors.fieldProps('level')}
            slotProps={{ htmlInput: { 'data-testid': 'guide-field-level' } }}
          >
            <MenuItem value="">{t('guides.form.levelNone')}</MenuItem>
            {guideLevels.map((l) => (
              <MenuItem key={l} value={l} data-testid={`guide-level-${l}`}>
                {t(`level.${l}`)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={6}>
          <TextField
            label={t('guides.form.licenceNo')}
            {...text('licenceNo')}
            {...errors.fieldProps('licenceNo')}
          />
        </Grid>
        <Grid size={6}>
          <TextField
            type="date"
            label={t('guides.form.licenceExpiry')}
            value={d.licenceExpiry}
            onChange={(e) => set({ licenceExpiry: e.target.value })}
            {...errors.fieldProps('licenceExpiry', t('guides.form.licenceHelp'))}
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { 'data-testid': 'guide-field-licenceExpiry' },
            }}
          />
        </Grid>
        <Grid size={12}>
          <LanguagesField
            value={d.languages}
            onChange={(languages) => set({ languages })}
            input={langInput}
            onInput={setLangInput}
            error={Object.entries(errors.fields).find(([k]) => k.startsWith('languages'))?.[1]}
          />
        </Grid>
        <Grid size={12}>
          <RolesField value={d.roles} onChange={(roles) => set({ roles })} error={errors.fields.roles} />
        </Grid>
        {showLeaderDocs && (
          <>
            <Grid size={6}>
              <TextField
                label={t('guides.form.passportNo')}
                placeholder={row?.passportNoMasked ?? undefined}
                {...text('passportNo', !!row?.passportNoMasked)}
                {...errors.fieldProps(
                  'passportNo',
                  row?.passportNoMasked ? t('guides.form.numberKeep') : t('guides.form.leaderDocsHelp'),
                )}
              />
            </Grid>
            <Grid size={6}>
              <TextField
                label={t('guides.form.permitNo')}
                placeholder={row?.permitNoMasked ?? undefined}
                {...text('permitNo', !!row?.permitNoMasked)}
                {...errors.fieldProps(
                  'permitNo',
                  row?.permitNoMasked ? t('guides.form.numberKeep') : undefined,
                )}
              />
            </Grid>
          </>
        )}
        <Grid size={12}>
          <TextField
            label={t('guides.form.notes')}
            multiline
            minRows={2}
            {...text('notes')}
            {...errors.fieldProps('notes')}
          />
        </Grid>
        <Grid size={12}>
          <FormControlLabel
            label={t('guides.form.active')}
            control={
              <Switch
                checked={d.active}
                onChange={(e) => set({ active: e.target.checked })}
                slotProps={{ input: { 'data-testid': 'guide-field-active' } as object }}
              />
            }
          />
        </Grid>
      </Grid>
    </ResourceFormFrame>
  )
}
