import { Box, Switch, TextField, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { ruleKinds } from '../../../../shared/reminders/reminder.types'
import type { RuleKind } from '../../../../shared/reminders/reminder.types'
import { daysMeaning } from './settingsDraft'
import type { SettingsDraft } from './settingsDraft'

type FieldProps = (path: string, help?: string) => { error: boolean; helperText?: string }

/** Each rule on or off, with its lead time (days before the event, or after the return). */
export function RulesFields({
  draft,
  set,
  disabled,
  fieldProps,
}: {
  draft: SettingsDraft
  set: (kind: RuleKind, v: Partial<SettingsDraft['rules'][RuleKind]>) => void
  disabled: boolean
  fieldProps: FieldProps
}) {
  const { t } = useTranslation('reminders')
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: 'auto 1fr 128px',
        columnGap: 1.5,
        rowGap: 1,
        alignItems: 'center',
      }}
      data-testid="settings-rules"
    >
      {ruleKinds.map((k) => {
        const meaning = daysMeaning(k)
        const rule = draft.rules[k]
        return (
          <Box key={k} sx={{ display: 'contents' }}>
            <Switch
              checked={rule.enabled}
              disabled={disabled}
              onChange={(e) => set(k, { enabled: e.target.checked })}
              slotProps={{
                input: { 'aria-label': t(`settings.rule.${k}`), 'data-testid': `rule-${k}` } as object,
              }}
            />
            <Typography variant="body2" color={rule.enabled ? 'text.primary' : 'text.disabled'}>
              {t(`settings.rule.${k}`)}
            </Typography>
            {meaning ? (
              <TextField
                label={t(`settings.days.${meaning}`)}
                value={rule.days}
                disabled={disabled || !rule.enabled}
                onChange={(e) => set(k, { days: e.target.value })}
                {...fieldProps(`rules.${k}.days`)}
                slotProps={{
                  htmlInput: { inputMode: 'numeric', maxLength: 3, 'data-testid': `rule-${k}-days` },
                }}
              />
            ) : (
              <span />
            )}
          </Box>
        )
      })}
    </Box>
  )
}
