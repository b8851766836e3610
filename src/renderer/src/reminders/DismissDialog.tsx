import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReminderView } from '../../../shared/reminders/reminder.types'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { useFormat } from '../format/format'
import { reminderText } from './reminderText'

/** Closing a reminder that will not be done, with an optional reason the history keeps. */
export function DismissDialog({
  reminder: r,
  onClose,
  onDone,
}: {
  reminder: ReminderView
  onClose: () => void
  onDone: () => void
}) {
  const { t } = useTranslation('reminders')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  const errors = useFormErrors()
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    const ok = await errors.capture(async () => {
      await unwrap(api.reminders.dismiss({ id: r.id, version: r.version, note: note || null }))
      return true
    })
    setBusy(false)
    if (ok) onDone()
  }

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="xs" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t('dismiss.title')}</DialogTitle>
        <DialogContent>
          <Typography sx={{ fontWeight: 600 }}>{reminderText(t, r, fmt.date).title}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('dismiss.text')}
          </Typography>
          {errors.form && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {errors.form}
            </Alert>
          )}
          <TextField
            label={t('dismiss.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            autoFocus
            {...errors.fieldProps('note')}
            slotProps={{ htmlInput: { 'data-testid': 'dismiss-note', maxLength: 500 } }}
          />
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy}>
            {tc('actions.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            color="warning"
            disabled={busy}
            data-testid="dismiss-save"
          >
            {t('actions.dismiss')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
