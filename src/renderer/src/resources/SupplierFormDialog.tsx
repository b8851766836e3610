import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Grid,
  MenuItem,
  Switch,
  TextField,
} from '@mui/material'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { supplierKinds } from '../../../shared/trips/trip.schema'
import type { SupplierKind } from '../../../shared/trips/trip.schema'
import type { SupplierView } from '../../../shared/trips/trip.types'
import { api, ApiFailure, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'

type TextKey = 'name' | 'licenceNo' | 'contactPerson' | 'phone' | 'address' | 'notes'
type Draft = Record<TextKey, string> & { kind: SupplierKind; active: boolean }

function draftOf(s: SupplierView | null, kind: SupplierKind): Draft {
  return {
    kind: s?.kind ?? kind,
    name: s?.name ?? '',
    licenceNo: s?.licenceNo ?? '',
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
  const errors = useFormErrors()
  const [d, setD] = useState<Draft>(() => draftOf(row, kind))
  const [version, setVersion] = useState(row?.version ?? 1)
  const [stale, setStale] = useState(false)
  const [busy, setBusy] = useState(false)
  const set = (p: Partial<Draft>) => setD((prev) => ({ ...prev, ...p }))
  const operator = d.kind === 'ground_operator'

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setStale(false)
    errors.clear()
    try {
      if (row) {
        await unwrap(api.suppliers.update({ ...d, id: row.id, version }))
        onDone(t('suppliers.done.updated', { name: d.name.trim() }), row.id)
      } else {
        const r = await unwrap(api.suppliers.create(d))
        onDone(t('suppliers.done.created', { name: d.name.trim() }), r.id)
      }
    } catch (err) {
      errors.show(err)
      setStale(err instanceof ApiFailure && err.error.code === 'STALE')
    } finally {
      setBusy(false)
    }
  }

  const reload = () => {
    if (!row) return
    setD(draftOf(row, row.kind))
    setVersion(row.version)
    setStale(false)
    errors.clear()
  }

  const text = (k: TextKey, max: number, help?: string) => ({
    value: d[k],
    onChange: (e: { target: { value: string } }) => set({ [k]: e.target.value }),
    ...errors.fieldProps(k, help),
    slotProps: { htmlInput: { 'data-testid': `supplier-field-${k}`, maxLength: max } },
  })

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit} noValidate data-testid="supplier-form">
        <DialogTitle>
          {row ? t('suppliers.form.editTitle', { name: row.name }) : t('suppliers.form.addTitle')}
        </DialogTitle>
        <DialogContent>
          {errors.form && (
            <Alert
              severity="error"
              sx={{ mb: 2 }}
              data-testid="supplier-form-error"
              action={
                stale && (
                  <Button color="inherit" size="small" onClick={reload} data-testid="supplier-form-reload">
                    {t('shared.reload')}
                  </Button>
                )
              }
            >
              {errors.form}
            </Alert>
          )}
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
              <TextField label={t('suppliers.form.name')} required autoFocus {...text('name', 100)} />
            </Grid>
            <Grid size={12}>
              <TextField
                label={operator ? t('suppliers.form.licenceNoOperator') : t('suppliers.form.licenceNo')}
                {...text('licenceNo', 60, operator ? t('suppliers.form.licenceOperatorHelp') : undefined)}
              />
            </Grid>
            <Grid size={6}>
              <TextField label={t('suppliers.form.contactPerson')} {...text('contactPerson', 50)} />
            </Grid>
            <Grid size={6}>
              <TextField label={t('suppliers.form.phone')} {...text('phone', 30)} />
            </Grid>
            <Grid size={12}>
              <TextField label={t('suppliers.form.address')} {...text('address', 200)} />
            </Grid>
            <Grid size={12}>
              <TextField label={t('suppliers.form.notes')} multiline minRows={2} {...text('notes', 1000)} />
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
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy} data-testid="supplier-form-cancel">
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy} data-testid="supplier-form-submit">
            {row ? t('common:actions.save') : t('suppliers.form.submitAdd')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  )
}
