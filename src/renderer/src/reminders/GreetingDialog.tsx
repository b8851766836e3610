import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Channel } from '../../../shared/customers/customer.schema'
import type { ReminderView } from '../../../shared/reminders/reminder.types'
import { api, unwrap } from '../api/client'
import { msgText, useFormErrors } from '../components/useFormErrors'

/** Where greetings are sent from the desk; the log records which. */
const greetingChannels: Channel[] = ['wechat', 'sms', 'phone', 'email', 'other']

/**
 * A birthday or festival greeting ready in the customer's name (the agency's template, filled in
 * by main). The clerk may touch it up, copies it into WeChat or SMS, and "sent" completes the
 * reminder and logs the message to the customer's communication history in one step.
 */
export function GreetingDialog({
  reminder: r,
  onClose,
  onSent,
}: {
  reminder: ReminderView
  onClose: () => void
  onSent: () => void
}) {
  const { t } = useTranslation('reminders')
  const { t: tc } = useTranslation()
  const errors = useFormErrors()
  const [text, setText] = useState<string | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [channel, setChannel] = useState<Channel>('wechat')
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let live = true
    void api.reminders.greeting({ id: r.id }).then((res) => {
      if (!live) return
      if (res.ok) setText(res.value.text)
      else setLoadError(msgText(tc, res.error.msg))
    })
    return () => {
      live = false
    }
  }, [r.id, tc])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text ?? '')
      setCopied('ok')
    } catch {
      setCopied('failed')
    }
  }

  const markSent = async () => {
    setBusy(true)
    const ok = await errors.capture(async () => {
      await unwrap(
        api.reminders.complete({
          id: r.id,
          version: r.version,
          outcome: null,
          log: { channel, direction: 'outbound', summary: text ?? '' },
        }),
      )
      return true
    })
    setBusy(false)
    if (ok) onSent()
  }

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('greeting.title', { name: r.customer?.name ?? '' })}</DialogTitle>
      <DialogContent>
        {(loadError || errors.form) && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="greeting-error">
            {loadError ?? errors.form}
          </Alert>
        )}
        {text === null && !loadError ? (
          <CircularProgress size={24} />
        ) : (
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {t('greeting.help')}
            </Typography>
            <TextField
              label={t('greeting.text')}
              value={text ?? ''}
              onChange={(e) => {
                setText(e.target.value)
                setCopied(null)
              }}
              multiline
              minRows={3}
              {...errors.fieldProps('log.summary')}
              slotProps={{ htmlInput: { 'data-testid': 'greeting-text', maxLength: 2000 } }}
            />
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Button
                variant="outlined"
                startIcon={<ContentCopyOutlined />}
                onClick={copy}
                autoFocus
                data-testid="greeting-copy"
              >
                {t('greeting.copy')}
              </Button>
              {copied && (
                <Typography
                  variant="body2"
                  color={copied === 'ok' ? 'success.main' : 'error'}
                  data-testid="greeting-copied"
                >
                  {t(copied === 'ok' ? 'greeting.copied' : 'greeting.copyFailed')}
                </Typography>
              )}
            </Stack>
            <TextField
              select
              label={t('greeting.sentVia')}
              value={channel}
              onChange={(e) => setChannel(e.target.value as Channel)}
              sx={{ maxWidth: 200 }}
              slotProps={{ htmlInput: { 'data-testid': 'greeting-channel' } }}
            >
              {greetingChannels.map((c) => (
                <MenuItem key={c} value={c}>
                  {tc(`customers:channel.${c}`)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy}>
          {tc('actions.cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={markSent}
          disabled={busy || !text?.trim()}
          data-testid="greeting-sent"
        >
          {t('greeting.markSent')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
