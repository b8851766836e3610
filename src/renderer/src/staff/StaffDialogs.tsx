import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
} from '@mui/material'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffView } from '../../../shared/staff/staff.api'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { PasswordField } from './PasswordField'

interface DialogProps {
  row: StaffView
  onClose: () => void
  onDone: (message: string) => void
}

/** Admin sets a new password for someone who forgot theirs (also unlocks a locked account). */
export function ResetPasswordDialog({ row, onClose, onDone }: DialogProps) {
  const { t } = useTranslation('admin')
  const errors = useFormErrors()
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    const done = await errors.capture(() => unwrap(api.staff.resetPassword({ id: row.id, password })))
    setBusy(false)
    if (done !== undefined) onDone(t('staff.done.reset', { name: row.name }))
  }

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="xs">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle>{t('staff.reset.title', { name: row.name })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>
              {t('staff.reset.text', { name: row.name, login: row.login })}
            </DialogContentText>
            {errors.form && !errors.fields.password && (
              <Alert severity="error" data-testid="staff-reset-error">
                {errors.form}
              </Alert>
            )}
            <PasswordField
              label={t('staff.reset.password')}
              autoFocus
              required
              testId="staff-reset-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              {...errors.fieldProps('password', t('settings.password.help'))}
            />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy} data-testid="staff-reset-submit">
            {t('staff.reset.submit')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  )
}

/** Deactivate or reactivate, after a confirmation; refusals (self, last admin, stale) show in place. */
export function ConfirmActiveDialog({ row, onClose, onDone }: DialogProps) {
  const { t } = useTranslation('admin')
  const errors = useFormErrors()
  const [busy, setBusy] = useState(false)
  const deactivate = row.active
  const params = { name: row.name, login: row.login }

  const confirm = async () => {
    setBusy(true)
    const done = await errors.capture(() =>
      unwrap(api.staff.setActive({ id: row.id, version: row.version, active: !deactivate })),
    )
    setBusy(false)
    if (done) onDone(t(deactivate ? 'staff.done.deactivated' : 'staff.done.activated', { name: row.name }))
  }
  // the reason a refusal gives is on the `active` field; the banner alone would only say "check the form"
  const problem = errors.fields.active ?? errors.form

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="xs">
      <DialogTitle>
        {t(deactivate ? 'staff.confirm.deactivateTitle' : 'staff.confirm.activateTitle')}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>
            {t(deactivate ? 'staff.confirm.deactivateText' : 'staff.confirm.activateText', params)}
          </DialogContentText>
          {problem && (
            <Alert severity="error" data-testid="staff-confirm-error">
              {problem}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          variant="contained"
          color={deactivate ? 'error' : 'primary'}
          onClick={confirm}
          disabled={busy || !!problem}
          data-testid="staff-confirm-submit"
        >
          {t(deactivate ? 'staff.deactivate' : 'staff.activate')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
