import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Grid,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { channels } from '../../../shared/customers/customer.schema'
import type { Channel } from '../../../shared/customers/customer.schema'
import type { ReminderView } from '../../../shared/reminders/reminder.types'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { useFormat } from '../format/format'
import { reminderText } from './reminderText'

/** Kinds whose point is talking to the customer: logging the contact is offered ticked. */
const contactKinds = new Set([
  'departure_notice',
  'return_call',
  'return_visit',
  'stay_in_touch',
  'follow_up',
])

/**
 * Completing a customer's reminder, optionally logging the contact (channel + what was said) to
 * the customer's communication history in the same step: main writes both in one transaction.
 */
export function CompleteDialog({
  reminder: r,
  onClose,
  onDone,
}: {
  reminder: ReminderView
  onClose: () => void
  onDone: (logged: boolean) => void
}) {
  const { t } = useTranslation('reminders')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  const errors = useFormErrors()
  const [busy, setBusy] = useState(false)
  const [log, setLog] = useState(!!r.customer && contactKinds.has(r.kind))
  const [channel, setChannel] = useState<Channel>('phone')
  const [summary, setSummary] = useState('')
  const [outcome, setOutcome] = useState('')
  const text = reminderText(t, r, fmt.date)

  const submit = async (e?: FormEvent) => {
    e?.preventDefault()
    if (busy) return
    setBusy(true)
    const ok = await errors.capture(async () => {
      await unwrap(
        api.reminders.complete({
          id: r.id,
          version: r.version,
          outcome: outcome || null,
          log: log ? { channel, summary } : null,
        }),
      )
      return true
    })
    setBusy(false)
    if (ok) onDone(log)
  }

  // Ctrl+Enter completes from inside a text box, as in the communication dialog
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit()
  }

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate data-testid="complete-dialog">
        <DialogTitle>{t('complete.title')}</DialogTitle>
        <DialogContent>
          <Typography sx={{ fontWeight: 600 }}>{text.title}</Typography>
          {text.subject && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {text.subject}
            </Typography>
          )}
          {errors.form && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="complete-error">
              {errors.form}
            </Alert>
          )}
          {r.customer && (
            <FormControlLabel
              control={
                <Checkbox
                  checked={log}
                  onChange={(e) => setLog(e.target.checked)}
                  slotProps={{ input: { 'data-testid': 'complete-log' } as object }}
                />
              }
              label={t('complete.log')}
            />
          )}
          <Grid container spacing={2} sx={{ pt: 1 }}>
            {log && r.customer && (
              <>
                <Grid size={12}>
                  <Typography variant="caption" color="text.secondary">
                    {t('complete.logHint', { name: r.customer.name })}
                  </Typography>
                </Grid>
                <Grid size={{ xs: 12, sm: 4 }}>
                  <TextField
                    select
                    label={tc('customers:comm.channel')}
                    value={channel}
                    onChange={(e) => setChannel(e.target.value as Channel)}
                    {...errors.fieldProps('log.channel')}
                    slotProps={{ htmlInput: { 'data-testid': 'complete-channel' } }}
                  >
                    {channels.map((c) => (
                      <MenuItem key={c} value={c}>
                        {tc(`customers:channel.${c}`)}
                      </MenuItem>
                    ))}
                  </TextField>
                </Grid>
                <Grid size={12}>
                  <TextField
                    label={tc('customers:comm.summary')}
                    value={summary}
                    onChange={(e) => setSummary(e.target.value)}
                    onKeyDown={onKey}
                    multiline
                    minRows={3}
                    autoFocus
                    required
                    {...errors.fieldProps('log.summary')}
                    slotProps={{ htmlInput: { 'data-testid': 'complete-summary', maxLength: 2000 } }}
                  />
                </Grid>
              </>
            )}
            <Grid size={12}>
              <TextField
                label={t('complete.outcome')}
                value={outcome}
                onChange={(e) => setOutcome(e.target.value)}
                onKeyDown={onKey}
                {...errors.fieldProps('outcome')}
                slotProps={{ htmlInput: { 'data-testid': 'complete-outcome', maxLength: 500 } }}
              />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy}>
            {tc('actions.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={busy}
            autoFocus={!log}
            data-testid="complete-save"
          >
            {t('actions.done')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  )
}
