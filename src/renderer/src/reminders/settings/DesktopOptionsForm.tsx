import { FormControlLabel, FormHelperText, Switch } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { msgText } from '../../components/useFormErrors'

/**
 * This PC only: start TourDesk with the system, so reminders arrive from the tray while the window
 * is closed. Where the system offers no login items (Linux, the test host) the switch says so.
 */
export function DesktopOptionsForm() {
  const { t } = useTranslation('reminders')
  const { t: tc } = useTranslation()
  const q = useQuery(() => api.reminders.desktopOptions({}), [])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (!q.data) return null
  const { supported, startWithSystem } = q.data

  const toggle = async (on: boolean) => {
    setBusy(true)
    const r = await api.reminders.setDesktopOptions({ startWithSystem: on })
    setError(r.ok ? null : msgText(tc, r.error.msg))
    setBusy(false)
    q.reload()
  }

  return (
    <>
      <FormControlLabel
        control={
          <Switch
            checked={startWithSystem}
            disabled={!supported || busy}
            onChange={(e) => void toggle(e.target.checked)}
            slotProps={{ input: { 'data-testid': 'start-with-system' } as object }}
          />
        }
        label={t('settings.startWithSystem')}
      />
      {(!supported || error) && (
        <FormHelperText error={!!error} data-testid="start-with-system-help">
          {error ?? t('settings.startUnsupported')}
        </FormHelperText>
      )}
    </>
  )
}
