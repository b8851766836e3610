import { Alert, Button, CircularProgress, Stack, TextField } from '@mui/material'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgencySettings } from '../../../shared/settings/settings.api'
import { ApiFailure, api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useSession } from '../app/session'
import { msgText, useFormErrors } from '../components/useFormErrors'

/** Admin only: the agency's name (shown in the title bar), phone, address (printed on itineraries) and 团号 pattern. */
export function AgencyForm({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation('admin')
  const settings = useQuery(() => api.settings.get({}), [])
  if (settings.error && !settings.data) {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={settings.reload}>
            {t('common:actions.retry')}
          </Button>
        }
      >
        {t('settings.agency.loadFailed')} · {msgText(t, settings.error.error.msg)}
      </Alert>
    )
  }
  if (!settings.data) return <CircularProgress size={24} />
  // a new version (someone else's save, loaded on request) starts the form afresh
  return (
    <AgencyFields
      key={settings.data.version}
      initial={settings.data}
      onDone={onDone}
      onReload={settings.reload}
    />
  )
}

type Values = { agencyName: string; agencyPhone: string; agencyAddress: string; tripCodePattern: string }
const values = (s: AgencySettings): Values => ({
  agencyName: s.agencyName,
  agencyPhone: s.agencyPhone ?? '',
  agencyAddress: s.agencyAddress ?? '',
  tripCodePattern: s.tripCodePattern,
})

function AgencyFields({
  initial,
  onDone,
  onReload,
}: {
  initial: AgencySettings
  onDone: (message: string) => void
  onReload: () => void
}) {
  const { t } = useTranslation('admin')
  const { refresh } = useSession()
  const errors = useFormErrors()
  const [saved, setSaved] = useState(() => values(initial))
  const [v, setV] = useState(saved)
  const [version, setVersion] = useState(initial.version)
  const [stale, setStale] = useState(false)
  const [busy, setBusy] = useState(false)
  const dirty = (Object.keys(v) as (keyof Values)[]).some((k) => v[k] !== saved[k])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    let next: AgencySettings | undefined
    try {
      errors.clear()
      next = await unwrap(api.settings.update({ ...v, version }))
    } catch (err) {
      errors.show(err)
      setStale(err instanceof ApiFailure && err.error.code === 'STALE')
    }
    if (next) {
      setSaved(values(next))
      setV(values(next))
      setVersion(next.version)
      await refresh()
      onDone(t('settings.agency.saved'))
    }
    setBusy(false)
  }

  const field = (k: keyof Values, testId: string, maxLength: number) => ({
    value: v[k],
    onChange: (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value }),
    ...errors.fieldProps(k),
    slotProps: { htmlInput: { 'data-testid': testId, maxLength } },
  })

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 560 }}>
      {errors.form && (
        <Alert
          severity="error"
          data-testid="settings-agency-error"
          action={
            stale && (
              <Button color="inherit" size="small" onClick={onReload} data-testid="settings-agency-reload">
                {t('settings.agency.reload')}
              </Button>
            )
          }
        >
          {errors.form}
        </Alert>
      )}
      <TextField
        label={t('settings.agency.name')}
        required
        {...field('agencyName', 'settings-agency-name', 100)}
      />
      <TextField label={t('settings.agency.phone')} {...field('agencyPhone', 'settings-agency-phone', 30)} />
      <TextField
        label={t('settings.agency.address')}
        multiline
        minRows={2}
        {...field('agencyAddress', 'settings-agency-address', 200)}
      />
      <TextField
        label={t('settings.agency.codePattern')}
        {...field('tripCodePattern', 'settings-code-pattern', 40)}
        {...errors.fieldProps('tripCodePattern', t('settings.agency.codePatternHelp'))}
      />
      <Stack direction="row" spacing={1}>
        <Button
          type="submit"
          variant="contained"
          disabled={busy || !dirty}
          data-testid="settings-agency-save"
        >
          {t('common:actions.save')}
        </Button>
        {dirty && (
          <Button
            onClick={() => {
              setV(saved)
              errors.clear()
            }}
            disabled={busy}
          >
            {t('common:actions.cancel')}
          </Button>
        )}
      </Stack>
    </Stack>
  )
}
