import { FormControlLabel, Paper, Stack, Switch, Typography } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'

/**
 * Per customer: whether birthday and festival greetings go to them (and if not, why — consent
 * or do-not-contact, as the file says), and the agency's "stay in touch" mark.
 */
export function CustomerReminderOptions({ customerId }: { customerId: number }) {
  const { t } = useTranslation('reminders')
  const { t: tc } = useTranslation()
  const why = useQuery(() => api.reminders.whyLeftOut({ customerId }), [customerId], ['customer'])
  const stay = useQuery(() => api.reminders.stayInTouch({ customerId }), [customerId], ['customer'])
  const settings = useQuery(() => api.reminders.settings({}), [], ['settings'])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const toggle = async (enabled: boolean) => {
    setBusy(true)
    const r = await api.reminders.setStayInTouch({ customerId, enabled })
    setError(r.ok ? null : msgText(tc, r.error.msg))
    setBusy(false)
    stay.reload()
  }

  const reasons = why.data?.reasons ?? []
  return (
    <Paper sx={{ p: 2 }} data-testid="customer-reminder-options">
      <Stack spacing={1}>
        {why.data && (
          <Typography
            variant="body2"
            data-testid="greetings-status"
            color={reasons.length ? 'warning.dark' : 'text.primary'}
          >
            {reasons.length
              ? t('leftOut.label', {
                  reasons: reasons.map((r) => t(`leftOut.${r}`)).join(tc('listSeparator')),
                })
              : t('subject.greetingsOk')}
          </Typography>
        )}
        {stay.data && settings.data && (
          <FormControlLabel
            control={
              <Switch
                checked={stay.data.enabled}
                disabled={busy}
                onChange={(e) => void toggle(e.target.checked)}
                slotProps={{ input: { 'data-testid': 'stay-in-touch' } as object }}
              />
            }
            label={t('subject.stayInTouch', { months: settings.data.stayInTouchMonths })}
          />
        )}
        {error && (
          <Typography variant="body2" color="error">
            {error}
          </Typography>
        )}
      </Stack>
    </Paper>
  )
}
