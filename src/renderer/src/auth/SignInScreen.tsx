import { Alert, Button, Stack, TextField } from '@mui/material'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, ApiFailure, unwrap } from '../api/client'
import { useSession } from '../app/session'
import { useFormErrors } from '../components/useFormErrors'
import { AuthLayout } from './AuthLayout'

export function SignInScreen() {
  const { t } = useTranslation('auth')
  const { status, refresh } = useSession()
  const errors = useFormErrors()
  const [login, setLogin] = useState(status.lastLogin ?? '')
  const [password, setPassword] = useState('')
  const [hint, setHint] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setHint(null)
    errors.clear()
    try {
      await unwrap(api.auth.signIn({ login, password }))
      await refresh()
    } catch (err) {
      setPassword('')
      if (err instanceof ApiFailure && err.error.code === 'BAD_CREDENTIALS' && err.error.msg.params?.left) {
        setHint(t('signIn.attemptsLeft', { left: err.error.msg.params.left }))
      }
      errors.show(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <AuthLayout title={status.agencyName ?? t('signIn.title')} subtitle={t('signIn.title')}>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        {errors.form && (
          <Alert severity="error" data-testid="signin-error">
            {errors.form}
            {hint && ` · ${hint}`}
          </Alert>
        )}
        <TextField
          label={t('signIn.login')}
          autoComplete="username"
          autoFocus={!login}
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          {...errors.fieldProps('login')}
          slotProps={{ htmlInput: { 'data-testid': 'signin-login' } }}
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          autoFocus={!!login}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          {...errors.fieldProps('password')}
          slotProps={{ htmlInput: { 'data-testid': 'signin-password' } }}
        />
        <Button type="submit" variant="contained" size="large" disabled={busy} data-testid="signin-submit">
          {t('signIn.submit')}
        </Button>
      </Stack>
    </AuthLayout>
  )
}
