import {
  Alert,
  Box,
  Button,
  CircularProgress,
  FormControlLabel,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import type { FormEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReminderSettings } from '../../../../shared/reminders/reminder-settings'
import { ApiFailure, api, unwrap } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { msgText, useFormErrors } from '../../components/useFormErrors'
import { PlanFields } from './PlanFields'
import { RulesFields } from './RulesFields'
import { TemplateFields } from './TemplateFields'
import { fromDraft, sameDraft, toDraft } from './settingsDraft'
import type { SettingsDraft } from './settingsDraft'

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="subtitle2" sx={{ fontWeight: 700, mb: 1.5 }}>
        {title}
      </Typography>
      {children}
    </Box>
  )
}

/** Settings → 提醒: read by everyone, changed by managers and administrators (versioned, like the agency form). */
export function ReminderSettingsForm({
  canEdit,
  onDone,
}: {
  canEdit: boolean
  onDone: (message: string) => void
}) {
  const { t } = useTranslation('reminders')
  const { t: tc } = useTranslation()
  const q = useQuery(() => api.reminders.settings({}), [], ['settings'])
  if (q.error && !q.data)
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={q.reload}>
            {tc('actions.retry')}
          </Button>
        }
      >
        {t('settings.loadFailed')} · {msgText(tc, q.error.error.msg)}
      </Alert>
    )
  if (!q.data) return <CircularProgress size={24} />
  // a new version (someone else's save, loaded on request) starts the form afresh
  return (
    <Fields key={q.data.version} initial={q.data} canEdit={canEdit} onDone={onDone} onReload={q.reload} />
  )
}

function Fields({
  initial,
  canEdit,
  onDone,
  onReload,
}: {
  initial: ReminderSettings
  canEdit: boolean
  onDone: (message: string) => void
  onReload: () => void
}) {
  const { t } = useTranslation('reminders')
  const { t: tc } = useTranslation()
  const errors = useFormErrors()
  const [saved, setSaved] = useState(() => toDraft(initial))
  const [d, setD] = useState(saved)
  const [version, setVersion] = useState(initial.version)
  const [stale, setStale] = useState(false)
  const [busy, setBusy] = useState(false)
  const dirty = !sameDraft(d, saved)
  const off = !canEdit || busy
  const set = (v: Partial<SettingsDraft>) => setD((x) => ({ ...x, ...v }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    errors.clear()
    let next: ReminderSettings | undefined
    try {
      next = await unwrap(api.reminders.updateSettings(fromDraft(d, version)))
    } catch (err) {
      errors.show(err)
      setStale(err instanceof ApiFailure && err.error.code === 'STALE')
    }
    setBusy(false)
    if (!next) return
    const draft = toDraft(next)
    setSaved(draft)
    setD(draft)
    setVersion(next.version)
    onDone(t('settings.saved'))
  }

  return (
    <Box component="form" onSubmit={submit} noValidate data-testid="reminder-settings-form">
      {!canEdit && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('settings.readOnly')}
        </Alert>
      )}
      {errors.form && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          data-testid="reminder-settings-error"
          action={
            stale && (
              <Button color="inherit" size="small" onClick={onReload} data-testid="reminder-settings-reload">
                {t('settings.reload')}
              </Button>
            )
          }
        >
          {errors.form}
        </Alert>
      )}
      <Box
        sx={{
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
        }}
      >
        <Stack spacing={3}>
          <Part title={t('settings.rules')}>
            <RulesFields
              draft={d}
              disabled={off}
              fieldProps={errors.fieldProps}
              set={(k, v) => setD((x) => ({ ...x, rules: { ...x.rules, [k]: { ...x.rules[k], ...v } } }))}
            />
          </Part>
          <Stack direction="row" spacing={2}>
            <TextField
              label={t('settings.stayInTouchMonths')}
              value={d.stayInTouchMonths}
              disabled={off}
              onChange={(e) => set({ stayInTouchMonths: e.target.value })}
              {...errors.fieldProps('stayInTouchMonths')}
              slotProps={{
                htmlInput: { inputMode: 'numeric', maxLength: 2, 'data-testid': 'settings-stay-months' },
              }}
            />
            <TextField
              label={t('settings.elderlyAge')}
              value={d.elderlyAge}
              disabled={off}
              onChange={(e) => set({ elderlyAge: e.target.value })}
              {...errors.fieldProps('elderlyAge')}
              slotProps={{
                htmlInput: { inputMode: 'numeric', maxLength: 3, 'data-testid': 'settings-elderly-age' },
              }}
            />
          </Stack>
          <Part title={t('settings.quiet')}>
            <FormControlLabel
              control={
                <Switch
                  checked={d.quietHours.enabled}
                  disabled={off}
                  onChange={(e) => set({ quietHours: { ...d.quietHours, enabled: e.target.checked } })}
                  slotProps={{ input: { 'data-testid': 'quiet-enabled' } as object }}
                />
              }
              label={t('settings.quietOn')}
            />
            <Stack direction="row" spacing={2} sx={{ mt: 1.5, maxWidth: 320 }}>
              {(['start', 'end'] as const).map((k) => (
                <TextField
                  key={k}
                  type="time"
                  label={t(k === 'start' ? 'settings.quietStart' : 'settings.quietEnd')}
                  value={d.quietHours[k]}
                  disabled={off || !d.quietHours.enabled}
                  onChange={(e) => set({ quietHours: { ...d.quietHours, [k]: e.target.value } })}
                  {...errors.fieldProps(`quietHours.${k}`)}
                  slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `quiet-${k}` } }}
                />
              ))}
            </Stack>
          </Part>
          <Part title={t('settings.plan')}>
            <PlanFields
              plan={d.plan}
              onChange={(plan) => set({ plan })}
              disabled={off}
              fieldProps={errors.fieldProps}
            />
          </Part>
        </Stack>
        <Part title={t('settings.templates')}>
          <TemplateFields
            templates={d.templates}
            onChange={(templates) => set({ templates })}
            disabled={off}
            fieldProps={errors.fieldProps}
          />
        </Part>
      </Box>
      {canEdit && (
        <Stack direction="row" spacing={1} sx={{ mt: 3 }}>
          <Button
            type="submit"
            variant="contained"
            disabled={busy || !dirty}
            data-testid="reminder-settings-save"
          >
            {tc('actions.save')}
          </Button>
          {dirty && (
            <Button
              onClick={() => {
                setD(saved)
                errors.clear()
              }}
              disabled={busy}
            >
              {tc('actions.cancel')}
            </Button>
          )}
        </Stack>
      )}
    </Box>
  )
}
