import {
  Alert,
  Box,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../../shared/api/contract'
import { roles } from '../../../shared/staff/staff.api'
import type { StaffView } from '../../../shared/staff/staff.api'
import { api, ApiFailure, unwrap } from '../api/client'
import { useSession } from '../app/session'
import { useFormErrors } from '../components/useFormErrors'
import { PasswordField } from './PasswordField'
import { GuardedCancel, GuardedDialog, useDirty } from '../components/GuardedDialog'

/**
 * Add a staff member (row = null) or edit one. When editing, `row` is the live row from the list,
 * so after a "changed by someone else" answer the clerk can load the latest values and retry.
 */
export function StaffFormDialog({
  row,
  onClose,
  onDone,
}: {
  row: StaffView | null
  onClose: () => void
  onDone: (message: string) => void
}) {
  const { t } = useTranslation('admin')
  const { status, refresh } = useSession()
  const errors = useFormErrors()
  const [v, setV] = useState({
    name: row?.name ?? '',
    login: row?.login ?? '',
    role: (row?.role ?? 'frontdesk') as Role,
    password: '',
  })
  const [version, setVersion] = useState(row?.version ?? 1)
  const [stale, setStale] = useState(false)
  const [busy, setBusy] = useState(false)
  const dirty = useDirty(v)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setStale(false)
    errors.clear()
    try {
      if (row) {
        await unwrap(api.staff.update({ id: row.id, version, name: v.name, role: v.role }))
        if (row.id === status.staff?.id) await refresh()
        onDone(t('staff.done.updated', { name: v.name.trim() }))
      } else {
        await unwrap(api.staff.create(v))
        onDone(t('staff.done.created', { name: v.name.trim() }))
      }
    } catch (err) {
      errors.show(err)
      setStale(err instanceof ApiFailure && err.error.code === 'STALE')
    } finally {
      setBusy(false)
    }
  }

  const reload = () => {
    if (!row) return
    setV({ ...v, name: row.name, role: row.role })
    setVersion(row.version)
    setStale(false)
    errors.clear()
  }

  const text = (k: 'name' | 'login') => ({
    value: v[k],
    onChange: (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value }),
  })

  return (
    <GuardedDialog open dirty={dirty} busy={busy} onClose={onClose} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit} noValidate data-testid="staff-form">
        <DialogTitle>
          {row ? t('staff.form.editTitle', { name: row.name }) : t('staff.form.addTitle')}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {errors.form && (
              <Alert
                severity="error"
                data-testid="staff-form-error"
                action={
                  stale && (
                    <Button color="inherit" size="small" onClick={reload}>
                      {t('staff.form.reload')}
                    </Button>
                  )
                }
              >
                {errors.form}
              </Alert>
            )}
            <TextField
              label={t('staff.form.name')}
              autoFocus
              required
              {...text('name')}
              {...errors.fieldProps('name')}
              slotProps={{ htmlInput: { 'data-testid': 'staff-form-name', maxLength: 50 } }}
            />
            <TextField
              label={t('staff.form.login')}
              required={!row}
              disabled={!!row}
              autoComplete="off"
              {...text('login')}
              {...errors.fieldProps('login', row ? t('staff.form.loginFixed') : t('staff.form.loginHelp'))}
              slotProps={{
                htmlInput: { 'data-testid': 'staff-form-login', maxLength: 40, spellCheck: false },
              }}
            />
            <TextField
              select
              label={t('staff.form.role')}
              required
              value={v.role}
              onChange={(e) => setV({ ...v, role: e.target.value as Role })}
              {...errors.fieldProps('role', t(`staff.form.roleHelp.${v.role}`))}
              slotProps={{ htmlInput: { 'data-testid': 'staff-form-role' } }}
            >
              {roles.map((r) => (
                <MenuItem key={r} value={r} data-testid={`staff-role-${r}`}>
                  {t(`common:roles.${r}`)}
                </MenuItem>
              ))}
            </TextField>
            {!row && (
              <PasswordField
                label={t('staff.form.password')}
                required
                testId="staff-form-password"
                value={v.password}
                onChange={(e) => setV({ ...v, password: e.target.value })}
                {...errors.fieldProps('password', t('staff.form.passwordHelp'))}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <GuardedCancel disabled={busy}>{t('common:actions.cancel')}</GuardedCancel>
          <Button type="submit" variant="contained" disabled={busy} data-testid="staff-form-submit">
            {row ? t('common:actions.save') : t('staff.add')}
          </Button>
        </DialogActions>
      </Box>
    </GuardedDialog>
  )
}
