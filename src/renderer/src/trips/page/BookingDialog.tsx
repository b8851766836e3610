import {
  Alert,
  Autocomplete,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@mui/material'
import Grid from '@mui/material/Grid'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { BookingStatus } from '../../../../shared/trips/trip.schema'
import { tripCalls } from '../../../../shared/trips/trips.api'
import type { BookingView, SupplierView, TripDetail } from '../../../../shared/trips/trip.types'
import { api, unwrap } from '../../api/client'
import { limitsOf } from '../../components/limits'
import { useFormErrors } from '../../components/useFormErrors'
import { blankToNull, useDayLabel } from './parts'
import { GuardedCancel, GuardedDialog, useDirty } from '../../components/GuardedDialog'

/** Book a supplier for the trip (optionally one day or item), or update a booking's status. */
/** the schema's own text limits: a text longer than main accepts cannot be typed */
const bookingMax = limitsOf(tripCalls.addBooking.input)

export function BookingDialog({
  open,
  trip,
  booking,
  suppliers,
  onClose,
  onSaved,
}: {
  open: boolean
  trip: TripDetail
  booking: BookingView | null
  suppliers: SupplierView[]
  onClose: () => void
  onSaved: () => void
}) {
  const { t } = useTranslation('tripPage')
  const { t: tr } = useTranslation()
  const dl = useDayLabel()
  const errors = useFormErrors()
  const [busy, setBusy] = useState(false)
  const [supplier, setSupplier] = useState<SupplierView | null>(
    () => suppliers.find((s) => s.id === booking?.supplier.id) ?? null,
  )
  const [dayNo, setDayNo] = useState<number | ''>(booking?.dayNo ?? '')
  const [itemId, setItemId] = useState<number | ''>(booking?.itemId ?? '')
  const [status, setStatus] = useState<BookingStatus>(booking?.status ?? 'requested')
  const [confirmationNo, setConfirmationNo] = useState(booking?.confirmationNo ?? '')
  const [notes, setNotes] = useState(booking?.notes ?? '')
  const dirty = useDirty({ supplier: supplier?.id, dayNo, itemId, status, confirmationNo, notes })
  const day = trip.days.find((d) => d.dayNo === dayNo)
  const editing = !!booking

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!editing && !supplier) {
      errors.setFields({ supplierId: tr('errors:required') })
      return
    }
    setBusy(true)
    const common = { status, confirmationNo: blankToNull(confirmationNo), notes: blankToNull(notes) }
    const ok = await errors.capture(async () => {
      if (booking)
        await unwrap(api.trips.updateBooking({ id: booking.id, version: booking.version, ...common }))
      else
        await unwrap(
          api.trips.addBooking({
            tripId: trip.id,
            supplierId: supplier!.id,
            dayNo: dayNo === '' ? null : dayNo,
            itemId: itemId === '' ? null : itemId,
            ...common,
          }),
        )
      return true
    })
    setBusy(false)
    if (ok) onSaved()
  }

  const tid = (id: string) => ({
    htmlInput: {
      'data-testid': `booking-${id}`,
      maxLength: bookingMax(id === 'confirmation' ? 'confirmationNo' : id),
    },
  })
  return (
    <GuardedDialog open={open} dirty={dirty} busy={busy} onClose={onClose} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate data-testid="booking-dialog">
        <DialogTitle>{editing ? t('bookings.editTitle') : t('bookings.addTitle')}</DialogTitle>
        <DialogContent>
          {errors.form && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="booking-error">
              {errors.form}
            </Alert>
          )}
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={12}>
              <Autocomplete
                disabled={editing}
                options={suppliers.filter((s) => s.active || s.id === booking?.supplier.id)}
                groupBy={(s) => t(`supplierKind.${s.kind}`)}
                value={supplier}
                onChange={(_e, v) => setSupplier(v)}
                getOptionLabel={(s) => s.name}
                isOptionEqualToValue={(a, b) => a.id === b.id}
                noOptionsText={t('itinerary.noSuppliers')}
                renderInput={(p) => (
                  <TextField
                    {...p}
                    required
                    autoFocus={!editing}
                    label={t('bookings.supplier')}
                    {...errors.fieldProps('supplierId')}
                    slotProps={{
                      ...p.slotProps,
                      htmlInput: { ...p.slotProps.htmlInput, 'data-testid': 'booking-supplier' },
                    }}
                  />
                )}
              />
            </Grid>
            <Grid size={5}>
              <TextField
                select
                disabled={editing}
                label={t('bookings.day')}
                value={dayNo}
                onChange={(e) => {
                  setDayNo(e.target.value === '' ? '' : Number(e.target.value))
                  setItemId('')
                }}
                {...errors.fieldProps('dayNo')}
                slotProps={tid('day')}
              >
                <MenuItem value="">{t('bookings.wholeTrip')}</MenuItem>
                {trip.days.map((d) => (
                  <MenuItem key={d.dayNo} value={d.dayNo}>
                    D{d.dayNo} · {dl.monthDay(d.date)} {dl.weekday(d.date)}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={7}>
              <TextField
                select
                disabled={editing || !day || day.items.length === 0}
                label={t('bookings.item')}
                value={itemId}
                onChange={(e) => setItemId(e.target.value === '' ? '' : Number(e.target.value))}
                {...errors.fieldProps('itemId')}
                slotProps={tid('item')}
              >
                <MenuItem value="">{t('bookings.anyItem')}</MenuItem>
                {(day?.items ?? []).map((i) => (
                  <MenuItem key={i.id} value={i.id}>
                    {[i.time, i.title].filter(Boolean).join(' ')}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={5}>
              <ToggleButtonGroup
                exclusive
                fullWidth
                size="small"
                color={status === 'confirmed' ? 'success' : 'warning'}
                value={status}
                onChange={(_e, v: BookingStatus | null) => v && setStatus(v)}
                sx={{ height: 40 }}
              >
                <ToggleButton value="requested" data-testid="booking-status-requested">
                  {t('bookingStatus.requested')}
                </ToggleButton>
                <ToggleButton value="confirmed" data-testid="booking-status-confirmed">
                  {t('bookingStatus.confirmed')}
                </ToggleButton>
              </ToggleButtonGroup>
            </Grid>
            <Grid size={7}>
              <TextField
                label={t('bookings.confirmationNo')}
                value={confirmationNo}
                onChange={(e) => setConfirmationNo(e.target.value)}
                {...errors.fieldProps('confirmationNo')}
                slotProps={tid('confirmation')}
              />
            </Grid>
            <Grid size={12}>
              <TextField
                multiline
                minRows={2}
                label={t('bookings.notes')}
                value={notes}
                onChange={(e) => setNotes(e.target.value)}
                {...errors.fieldProps('notes')}
                slotProps={tid('notes')}
              />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <GuardedCancel disabled={busy}>{tr('actions.cancel')}</GuardedCancel>
          <Button type="submit" variant="contained" disabled={busy} data-testid="booking-save">
            {tr('actions.save')}
          </Button>
        </DialogActions>
      </form>
    </GuardedDialog>
  )
}
