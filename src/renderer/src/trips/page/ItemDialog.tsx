import {
  Alert,
  Autocomplete,
  Box,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material'
import Grid from '@mui/material/Grid'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { itemKinds, itemSchema } from '../../../../shared/trips/trip.schema'
import type { ItemKind } from '../../../../shared/trips/trip.schema'
import type { ItineraryItem, SupplierView } from '../../../../shared/trips/trip.types'
import { ApiFailure, api, unwrap } from '../../api/client'
import { limitsOf } from '../../components/limits'
import { useFormErrors } from '../../components/useFormErrors'
import { ContractFields } from './ContractFields'
import { kindLook, rowTint } from './itemKinds'
import { blankToNull, toNumber } from './parts'
import { GuardedCancel, GuardedDialog, useDirty } from '../../components/GuardedDialog'
import { forCase, useCaseParam } from '../../complaints/CaseContext'

export interface Draft {
  time: string
  kind: ItemKind
  title: string
  place: string
  supplier: { id: number; name: string } | null
  notes: string
  shopName: string
  shopGoods: string
  shopMinutes: string
  price: string
}

function draftOf(item: ItineraryItem | null): Draft {
  return {
    time: item?.time ?? '',
    kind: item?.kind ?? 'sight',
    title: item?.title ?? '',
    place: item?.place ?? '',
    supplier: item?.supplier ?? null,
    notes: item?.notes ?? '',
    shopName: item?.shopName ?? '',
    shopGoods: item?.shopGoods ?? '',
    shopMinutes: item?.shopMinutes != null ? String(item.shopMinutes) : '',
    price: item?.price != null ? String(item.price) : '',
  }
}

/** Add or edit one itinerary item; main's field messages appear under the fields. */
/** the schema's own text limits, put on the inputs */
const itemMax = limitsOf(itemSchema)

export function ItemDialog({
  open,
  tripId,
  dayNo,
  dayLabel,
  item,
  suppliers,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean
  tripId: number
  dayNo: number
  dayLabel: string
  item: ItineraryItem | null
  suppliers: SupplierView[]
  onClose: () => void
  onSaved: () => void
  /** after STALE: close and show what the other desk saved */
  onReload: () => void
}) {
  const { t } = useTranslation('tripPage')
  const { t: tc } = useTranslation()
  const errors = useFormErrors()
  const complaintId = useCaseParam()
  const [d, setD] = useState<Draft>(() => draftOf(item))
  const dirty = useDirty(d)
  const [busy, setBusy] = useState(false)
  const [stale, setStale] = useState(false)
  const set = (p: Partial<Draft>) => setD((s) => ({ ...s, ...p }))
  const fp = (name: string, help?: string) => errors.fieldProps(`item.${name}`, help)
  // a text longer than main accepts cannot be typed or pasted
  const tid = (id: string) => ({ htmlInput: { 'data-testid': `item-${id}`, maxLength: itemMax(id) } })

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const shopping = d.kind === 'shopping'
    const body = {
      time: blankToNull(d.time),
      kind: d.kind,
      title: d.title,
      place: blankToNull(d.place),
      supplierId: d.supplier?.id ?? null,
      notes: blankToNull(d.notes),
      shopName: shopping ? blankToNull(d.shopName) : null,
      shopGoods: shopping ? blankToNull(d.shopGoods) : null,
      shopMinutes: shopping ? toNumber(d.shopMinutes) : null,
      price: d.kind === 'self_paid' ? toNumber(d.price) : null,
    }
    setBusy(true)
    const ok = await errors.capture(async () => {
      try {
        const ctx = forCase(complaintId)
        if (item)
          await unwrap(api.trips.updateItem({ id: item.id, version: item.version, item: body, ...ctx }))
        else await unwrap(api.trips.addItem({ tripId, dayNo, item: body, ...ctx }))
      } catch (err) {
        if (err instanceof ApiFailure && err.error.code === 'STALE') setStale(true)
        throw err
      }
      return true
    })
    setBusy(false)
    if (ok) onSaved()
  }

  const tint = rowTint[d.kind]
  return (
    <GuardedDialog
      open={open}
      dirty={dirty}
      busy={busy}
      onClose={onClose}
      maxWidth="md"
      fullWidth
      slotProps={{ paper: { sx: { maxWidth: 720 } } }}
    >
      <form onSubmit={submit} noValidate data-testid="item-dialog">
        <DialogTitle>
          {item ? t('itinerary.editItem') : t('itinerary.addItem')}
          <Typography component="span" color="text.secondary" sx={{ ml: 1 }}>
            {dayLabel}
          </Typography>
        </DialogTitle>
        <DialogContent>
          {errors.form && (
            <Alert
              severity="error"
              sx={{ mb: 2 }}
              data-testid="item-error"
              action={
                stale && (
                  <Button color="inherit" size="small" onClick={onReload} data-testid="item-reload">
                    {t('itinerary.reload')}
                  </Button>
                )
              }
            >
              {errors.form}
            </Alert>
          )}
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={4}>
              <TextField
                select
                label={t('itinerary.kind')}
                value={d.kind}
                onChange={(e) => set({ kind: e.target.value as ItemKind })}
                {...fp('kind')}
                slotProps={tid('kind')}
              >
                {itemKinds.map((k) => (
                  <MenuItem key={k} value={k}>
                    <Box
                      component="span"
                      sx={{
                        display: 'inline-flex',
                        mr: 1,
                        color: kindLook[k].accent,
                        '& svg': { fontSize: 18 },
                      }}
                    >
                      {kindLook[k].icon}
                    </Box>
                    {t(`kind.${k}`)}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={3}>
              <TextField
                type="time"
                label={t('itinerary.time')}
                value={d.time}
                onChange={(e) => set({ time: e.target.value })}
                {...fp('time')}
                slotProps={{ ...tid('time'), inputLabel: { shrink: true } }}
              />
            </Grid>
            <Grid size={5}>
              <TextField
                autoFocus
                required
                label={t('itinerary.title')}
                value={d.title}
                onChange={(e) => set({ title: e.target.value })}
                {...fp('title', t(`itinerary.titleHint.${d.kind}`))}
                slotProps={tid('title')}
              />
            </Grid>
            {tint && (
              <Grid size={12}>
                <ContractFields kind={d.kind} d={d} set={set} fp={fp} />
              </Grid>
            )}
            <Grid size={6}>
              <TextField
                label={t('itinerary.place')}
                value={d.place}
                onChange={(e) => set({ place: e.target.value })}
                {...fp('place')}
                slotProps={tid('place')}
              />
            </Grid>
            <Grid size={6}>
              <Autocomplete
                options={suppliers.map((s) => ({ id: s.id, name: s.name }))}
                value={d.supplier}
                onChange={(_e, v) => set({ supplier: v })}
                getOptionLabel={(o) => o.name}
                isOptionEqualToValue={(a, b) => a.id === b.id}
                noOptionsText={t('itinerary.noSuppliers')}
                renderInput={(p) => (
                  <TextField
                    {...p}
                    label={t('itinerary.supplier')}
                    {...fp('supplierId')}
                    slotProps={{
                      ...p.slotProps,
                      htmlInput: { ...p.slotProps.htmlInput, 'data-testid': 'item-supplier' },
                    }}
                  />
                )}
              />
            </Grid>
            <Grid size={12}>
              <TextField
                multiline
                minRows={2}
                label={t('itinerary.notes')}
                value={d.notes}
                onChange={(e) => set({ notes: e.target.value })}
                {...fp('notes')}
                slotProps={tid('notes')}
              />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <GuardedCancel disabled={busy} data-testid="item-cancel">
            {tc('actions.cancel')}
          </GuardedCancel>
          <Button type="submit" variant="contained" disabled={busy} data-testid="item-save">
            {tc('actions.save')}
          </Button>
        </DialogActions>
      </form>
    </GuardedDialog>
  )
}
