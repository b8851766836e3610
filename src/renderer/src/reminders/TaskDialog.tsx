import {
  Alert,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  MenuItem,
  TextField,
} from '@mui/material'
import { useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useSession } from '../app/session'
import { useFormErrors } from '../components/useFormErrors'
import { today } from '../format/formatters'
import { SubjectPicker } from './SubjectPicker'
import type { PickedSubject } from './SubjectPicker'
import { GuardedCancel, GuardedDialog, useDirty } from '../components/GuardedDialog'

/**
 * A task by hand ("call 张伟 on Friday about the Japan visa"): for me or a colleague, on a day
 * (and optionally a time), optionally about a customer and/or a trip. Opened from a customer's
 * file or a trip page, it is already about that customer or trip.
 */
export function TaskDialog({
  customer: fixedCustomer,
  trip: fixedTrip,
  onClose,
  onSaved,
}: {
  customer?: PickedSubject
  trip?: PickedSubject
  onClose: () => void
  onSaved: () => void
}) {
  const { t } = useTranslation('reminders')
  const { t: tc } = useTranslation()
  const { status } = useSession()
  const me = status.staff!
  const errors = useFormErrors()
  const staff = useQuery(() => api.reminders.colleagues({}), [])
  const [assigneeId, setAssigneeId] = useState(me.id)
  const [due, setDue] = useState(today)
  const [time, setTime] = useState('')
  const [note, setNote] = useState('')
  const [customer, setCustomer] = useState<PickedSubject | null>(fixedCustomer ?? null)
  const [trip, setTrip] = useState<PickedSubject | null>(fixedTrip ?? null)
  const dirty = useDirty({ assigneeId, due, time, note, customer: customer?.id, trip: trip?.id })
  const [busy, setBusy] = useState(false)
  const others = (staff.data ?? []).filter((s) => s.id !== me.id)

  const submit = async (e?: FormEvent) => {
    e?.preventDefault()
    if (busy) return
    setBusy(true)
    const ok = await errors.capture(async () => {
      await unwrap(
        api.reminders.createTask({
          assigneeId,
          due,
          time: time || null,
          note,
          customerId: customer?.id ?? null,
          tripId: trip?.id ?? null,
        }),
      )
      return true
    })
    setBusy(false)
    if (ok) onSaved()
  }

  const onNoteKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit()
  }

  return (
    <GuardedDialog open dirty={dirty} busy={busy} onClose={onClose} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate data-testid="task-dialog">
        <DialogTitle>{t('task.title')}</DialogTitle>
        <DialogContent>
          {errors.form && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="task-error">
              {errors.form}
            </Alert>
          )}
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={12}>
              <TextField
                label={t('task.note')}
                placeholder={t('task.notePlaceholder')}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                onKeyDown={onNoteKey}
                multiline
                minRows={2}
                autoFocus
                required
                {...errors.fieldProps('note')}
                slotProps={{ htmlInput: { 'data-testid': 'task-note', maxLength: 500 } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 5 }}>
              <TextField
                select
                label={t('task.assignee')}
                value={assigneeId}
                onChange={(e) => setAssigneeId(Number(e.target.value))}
                {...errors.fieldProps('assigneeId')}
                slotProps={{ htmlInput: { 'data-testid': 'task-assignee' } }}
              >
                <MenuItem value={me.id}>{t('task.me', { name: me.name })}</MenuItem>
                {others.map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name} · {tc(`roles.${s.role}`)}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 7, sm: 4 }}>
              <TextField
                type="date"
                label={t('task.due')}
                value={due}
                onChange={(e) => setDue(e.target.value)}
                required
                {...errors.fieldProps('due')}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'task-due' } }}
              />
            </Grid>
            <Grid size={{ xs: 5, sm: 3 }}>
              <TextField
                type="time"
                label={t('task.time')}
                value={time}
                onChange={(e) => setTime(e.target.value)}
                {...errors.fieldProps('time')}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'task-time' } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              {fixedCustomer ? (
                <TextField label={t('task.customer')} value={fixedCustomer.label} disabled />
              ) : (
                <SubjectPicker
                  kind="customer"
                  value={customer}
                  onChange={setCustomer}
                  error={errors.fieldProps('customerId')}
                  testId="task-customer"
                />
              )}
            </Grid>
            <Grid size={{ xs: 12, sm: 6 }}>
              {fixedTrip ? (
                <TextField label={t('task.trip')} value={fixedTrip.label} disabled />
              ) : (
                <SubjectPicker
                  kind="trip"
                  value={trip}
                  onChange={setTrip}
                  error={errors.fieldProps('tripId')}
                  testId="task-trip"
                />
              )}
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <GuardedCancel disabled={busy}>{tc('actions.cancel')}</GuardedCancel>
          <Button type="submit" variant="contained" disabled={busy} data-testid="task-save">
            {tc('actions.save')}
          </Button>
        </DialogActions>
      </form>
    </GuardedDialog>
  )
}
