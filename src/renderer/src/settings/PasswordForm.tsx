import { Alert, Box, Button, Stack } from '@mui/material'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { PasswordField } from '../staff/PasswordField'

const empty = { current: '', next: '', confirm: '' }

/** Everyone changes their own password; a wrong current password is reported under that box. */
export function PasswordForm({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation('admin')
  const errors = useFormErrors()
  const [v, setV] = useState(empty)
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    errors.clear()
    if (v.next && v.confirm !== v.next) {
      errors.setFields({ confirm: t('settings.password.mismatch') })
      return
    }
    setBusy(true)
    const done = await errors.capture(() =>
      unwrap(api.auth.changePassword({ current: v.current, next: v.next })),
    )
    setBusy(false)
    if (done === undefined) return
    setV(empty)
    onDone(t('auth:changePassword.done'))
  }

  const field = (k: keyof typeof empty) => ({
    value: v[k],
    onChange: (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value }),
  })
  const hasFieldError = Object.keys(errors.fields).length > 0

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 420 }}>
      {errors.form && !hasFieldError && (
        <Alert severity="error" data-testid="password-error">
          {errors.form}
        </Alert>
      )}
      <PasswordField
        label={t('auth:changePassword.current')}
        autoComplete="current-password"
        required
        testId="password-current"
        {...field('current')}
        {...errors.fieldProps('current')}
      />
      <PasswordField
        label={t('auth:changePassword.next')}
        required
        testId="password-next"
        {...field('next')}
        {...errors.fieldProps('next', t('settings.password.help'))}
      />
      <PasswordField
        label={t('settings.password.confirm')}
        required
        testId="password-confirm"
        {...field('confirm')}
        {...errors.fieldProps('confirm')}
      />
      <Box>
        <Button
          type="submit"
          variant="contained"
          disabled={busy || !v.current || !v.next}
          data-testid="password-submit"
        >
          {t('auth:changePassword.title')}
        </Button>
      </Box>
    </Stack>
  )
}
