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
import { momentAt, wallClock } from '../../../../shared/common/dates'
import { channels, directions } from '../../../../shared/customers/customer.schema'
import type { Channel, Direction } from '../../../../shared/customers/customer.schema'
import { api, unwrap } from '../../api/client'
import { useFormErrors } from '../../components/useFormErrors'
import { GuardedCancel, GuardedDialog, useDirty } from '../../components/GuardedDialog'

/** Log a call, visit or message: channel, who started it, when (now by default), what was said. */
export function CommunicationDialog({
  open,
  customerId,
  customerName,
  doNotContact,
  onClose,
  onSaved,
}: {
  open: boolean
  customerId: number
  customerName: string
  doNotContact: boolean
  onClose: () => void
  onSaved: () => void
}) {
  const { t } = useTranslation('customers')
  const { t: tr } = useTranslation('reminders')
  const { t: tc } = useTranslation()
  const errors = useFormErrors()
  const [busy, setBusy] = useState(false)
  const [channel, setChannel] = useState<Channel>('phone')
  const [direction, setDirection] = useState<Direction>('outbound')
  const [at, setAt] = useState(() => wallClock(new Date()))
  const [summary, setSummary] = useState('')
  // a next follow-up becomes a reminder for the clerk on that day
  const [followUpDate, setFollowUpDate] = useState('')
  const [followUpNote, setFollowUpNote] = useState('')
  const dirty = useDirty({ channel, direction, at, summary, followUpDate, followUpNote })

  const submit = async (e?: FormEvent) => {
    e?.preventDefault()
    if (busy) return
    setBusy(true)
    // the input holds the agency's wall clock, whatever zone this PC is set to
    const when = at ? momentAt(at) : null
    const ok = await errors.capture(async () => {
      await unwrap(
        api.customers.logCommunication({
          customerId,
          channel,
          direction,
          // an unreadable date goes to main as text so the field gets its message
          at: when ? (Number.isNaN(when.getTime()) ? at : when.toISOString()) : null,
          summary,
          followUpDate: followUpDate || null,
          followUpNote: followUpDate ? followUpNote : null,
        }),
      )
      return true
    })
    setBusy(false)
    if (ok) onSaved()
  }

  // Ctrl+Enter saves from inside the summary
  const onSummaryKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit()
  }

  return (
    <GuardedDialog open={open} dirty={dirty} busy={busy} onClose={onClose} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>
          {t('comm.title')} · {customerName}
        </DialogTitle>
        <DialogContent>
          {doNotContact && direction === 'outbound' && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="comm-dnc-warning">
              {t('profileExtra.dncWarning')}
            </Alert>
          )}
          {errors.form && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {errors.form}
            </Alert>
          )}
          <Grid container spacing={2} sx={{ pt: 1 }}>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                select
                label={t('comm.channel')}
                value={channel}
                onChange={(e) => setChannel(e.target.value as Channel)}
                {...errors.fieldProps('channel')}
                slotProps={{ htmlInput: { 'data-testid': 'comm-channel' } }}
              >
                {channels.map((c) => (
                  <MenuItem key={c} value={c}>
                    {t(`channel.${c}`)}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 8 }}>
              <TextField
                select
                label={t('comm.direction')}
                value={direction}
                onChange={(e) => setDirection(e.target.value as Direction)}
                {...errors.fieldProps('direction')}
                slotProps={{ htmlInput: { 'data-testid': 'comm-direction' } }}
              >
                {directions.map((d) => (
                  <MenuItem key={d} value={d}>
                    {t(`direction.${d}`)}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={12}>
              <TextField
                type="datetime-local"
                label={t('comm.at')}
                value={at}
                onChange={(e) => setAt(e.target.value)}
                {...errors.fieldProps('at')}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'comm-at' } }}
              />
            </Grid>
            <Grid size={12}>
              <TextField
                label={t('comm.summary')}
                value={summary}
                onChange={(e) => setSummary(e.target.value)}
                onKeyDown={onSummaryKey}
                multiline
                minRows={4}
                autoFocus
                required
                {...errors.fieldProps('summary')}
                slotProps={{ htmlInput: { 'data-testid': 'comm-summary', maxLength: 2000 } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 4 }}>
              <TextField
                type="date"
                label={tr('comm.followUp')}
                value={followUpDate}
                onChange={(e) => setFollowUpDate(e.target.value)}
                {...errors.fieldProps('followUpDate', tr('comm.followUpHelp'))}
                slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'comm-follow-up' } }}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 8 }}>
              <TextField
                label={tr('comm.followUpNote')}
                value={followUpNote}
                onChange={(e) => setFollowUpNote(e.target.value)}
                onKeyDown={onSummaryKey}
                disabled={!followUpDate}
                {...errors.fieldProps('followUpNote')}
                slotProps={{ htmlInput: { 'data-testid': 'comm-follow-up-note', maxLength: 500 } }}
              />
            </Grid>
          </Grid>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <GuardedCancel disabled={busy} data-testid="comm-cancel">
            {tc('actions.cancel')}
          </GuardedCancel>
          <Button type="submit" variant="contained" disabled={busy} data-testid="comm-save">
            {tc('actions.save')}
          </Button>
        </DialogActions>
      </form>
    </GuardedDialog>
  )
}
