import { FormControlLabel, Grid, MenuItem, Switch, TextField } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { supplierFieldsSchema, supplierKinds } from '../../../shared/trips/trip.schema'
import type { SupplierKind } from '../../../shared/trips/trip.schema'
import type { SupplierView } from '../../../shared/trips/trip.types'
import { api, unwrap } from '../api/client'
import { ResourceFormFrame } from './ResourceFormFrame'
import { useResourceForm } from './useResourceForm'
import { limitsOf } from '../components/limits'

/** The longest text each field takes, read from the schema main checks with. */
const supplierMax = limitsOf(supplierFieldsSchema)

type TextKey = 'name' | 'licenceNo' | 'licenceExpiry' | 'contactPerson' | 'phone' | 'address' | 'notes'
type Draft = Record<TextKey, string> & { kind: SupplierKind; active: boolean }

function draftOf(s: SupplierView | null, kind: SupplierKind): Draft {
  return {
    kind: s?.kind ?? kind,
    name: s?.name ?? '',
    licenceNo: s?.licenceNo ?? '',
    licenceExpiry: s?.licenceExpiry ?? '',
    contactPerson: s?.contactPerson ?? '',
    phone: s?.phone ?? '',
    address: s?.address ?? '',
    notes: s?.notes ?? '',
    active: s?.active ?? true,
  }
}

/** Add a supplier (row = null; `kind` preselects the list's filter) or edit one. */
export function SupplierFormDialog({
  row,
  kind = 'ground_operator',
  onClose,
  onDone,
}: {
  row: SupplierView | null
  kind?: SupplierKind
  onClose: () => void
  onDone: (message: string, id: number) => void
}) {
  const { t } = useTranslation('resources')
  const { errors, d, set, dirty, version, stale, busy, save, reload } = useResourceForm(
    row,
    () => draftOf(row, kind),
    (live) => draftOf(live, live.kind),
  )
  const operator = d.kind === 'ground_operator'

  const fields = { ...d, licenceExpiry: d.licenceExpiry || null }
  const submit = () =>
    save(async () => {
      if (row) {
        await unwrap(api.suppliers.update({ ...fields, id: row.id, version }))
        onDone(t('suppliers.done.updated', { name: d.name.trim() }), row.id)
      } else {
        const r = await unwrap(api.suppliers.create(fields))
        onDone(t('suppliers.done.created', { name: d.name.trim() }), r.id)
      }
    })

  const text = (k: TextKey, help?: string) => ({
    value: d[k],
    onChange: (e: { target: { value: string } }) => set({ [k]: e.target.value }),
    ...errors.fieldProps(k, help),
    slotProps: { htmlInput: { 'data-testid': `supplier-field-${k}`, maxLength: supplierMax(k) } },
  })

  return (
    <ResourceFormFrame
      prefix="supplier"
      title={row ? t('suppliers.form.editTitle', { name: row.name }) : t('suppliers.form.addTitle')}
      maxWidth="sm"
      busy={busy}
      dirty={dirty}
      error={errors.form}
      fields={errors.fields}
      stale={stale}
      onReload={reload}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={row ? t('common:actions.save') : t('suppliers.form.submitAdd')}
    >
      <Grid container spacing={2} sx={{ pt: 1 }}>
        <Grid size={5}>
          <TextField
            select
            required
            label={t('suppliers.form.kind')}
            value={d.kind}
            onChange={(e) => set({ kind: e.target.value as SupplierKind })}
            {...errors.fieldProps('kind')}
            slotProps={{ htmlInput: { 'data-testid': 'supplier-field-kind' } }}
          >
            {supplierKinds.map((k) => (
              <MenuItem key={k} value={k} data-testid={`supplier-kind-${k}`}>
                {t(`supplierKind.${k}`)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={7}>
          <TextField label={t('suppliers.form.name')} required autoFocus {...text('name')} />
        </Grid>
        <Grid size={7}>
          <TextField
            label={operator ? t('suppliers.form.licenceNoOperator') : t('suppliers.form.licenceNo')}
            {...text('licenceNo', operator ? t('suppliers.form.licenceOperatorHelp') : undefined)}
          />
        </Grid>
        <Grid size={5}>
          <TextField
            type="date"
            label={t('suppliers.form.licenceExpiry')}
            {...text('licenceExpiry')}
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { 'data-testid': 'supplier-field-licenceExpiry' },
            }}
          />
        </Grid>
        <Grid size={6}>
          <TextField label={t('suppliers.form.contactPerson')} {...text('contactPerson')} />
        </Grid>
        <Grid size={6}>
          <TextField label={t('suppliers.form.phone')} {...text('phone')} />
        </Grid>
        <Grid size={12}>
          <TextField label={t('suppliers.form.address')} {...text('address')} />
        </Grid>
        <Grid size={12}>
          <TextField label={t('suppliers.form.notes')} multiline minRows={2} {...text('notes')} />
        </Grid>
        <Grid size={12}>
          <FormControlLabel
            label={t('suppliers.form.active')}
            control={
              <Switch
                checked={d.active}
                onChange={(e) => set({ active: e.target.checked })}
                slotProps={{ input: { 'data-testid': 'supplier-field-active' } as object }}
              />
            }
          />
        </Grid>
      </Grid>
    </ResourceFormFrame>
  )
}
