import { Alert, Button, Stack, TextField } from '@mui/material'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useSession } from '../app/session'
import { useFormErrors } from '../components/useFormErrors'
import { AuthLayout } from './AuthLayout'

export function SetupScreen() {
  const { t } = useTranslation('auth')
  const { refresh } = useSession()
  const errors = useFormErrors()
  const [v, setV] = useState({ agencyName: '', adminName: '', login: '', password: '' })
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    const done = await errors.capture(() => unwrap(api.auth.setup(v)))
    setBusy(false)
    if (done) await refresh()
  }
  const field = (k: keyof typeof v) => ({
    value: v[k],
    onChange: (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value }),
    ...errors.fieldProps(k, k === 'password' ? t('setup.passwordHelp') : undefined),
  })

  return (
    <AuthLayout title={t('setup.title')} subtitle={t('setup.intro')}>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate>
        {errors.form && <Alert severity="error">{errors.form}</Alert>}
        <TextField
          label={t('setup.agencyName')}
          autoFocus
          {...field('agencyName')}
          slotProps={{ htmlInput: { 'data-testid': 'setup-agency' } }}
        />
        <TextField
          label={t('setup.adminName')}
          {...field('adminName')}
          slotProps={{ htmlInput: { 'data-testid': 'setup-name' } }}
        />
        <TextField
          label={t('setup.login')}
          autoComplete="username"
          {...field('login')}
          slotProps={{ htmlInput: { 'data-testid': 'setup-login' } }}
        />
        <TextField
          label={t('setup.password')}
          type="password"
          autoComplete="new-password"
          {...field('password')}
          slotProps={{ htmlInput: { 'data-testid': 'setup-password' } }}
        />
        <Button type="submit" variant="contained" size="large" disabled={busy} data-testid="setup-submit">
          {t('setup.submit')}
        </Button>
      </Stack>
    </AuthLayout>
  )
}
