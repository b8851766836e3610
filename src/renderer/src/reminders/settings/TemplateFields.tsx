import { Stack, TextField, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { festivals } from '../../../../shared/reminders/reminder.types'
import type { GreetingTemplates } from '../../../../shared/reminders/reminder-settings'

type FieldProps = (path: string, help?: string) => { error: boolean; helperText?: string }

/** The agency's greeting texts, with the placeholders main fills in for each customer. */
export function TemplateFields({
  templates,
  onChange,
  disabled,
  fieldProps,
}: {
  templates: GreetingTemplates
  onChange: (t: GreetingTemplates) => void
  disabled: boolean
  fieldProps: FieldProps
}) {
  const { t } = useTranslation('reminders')
  const box = { multiline: true, minRows: 2, disabled }
  return (
    <Stack spacing={2} data-testid="settings-templates">
      <Typography variant="body2" color="text.secondary">
        {t('settings.templatesHelp')}
      </Typography>
      <TextField
        {...box}
        label={t('settings.birthdayTemplate')}
        value={templates.birthday}
        onChange={(e) => onChange({ ...templates, birthday: e.target.value })}
        {...fieldProps('templates.birthday')}
        slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'template-birthday' } }}
      />
      {festivals.map((f) => (
        <TextField
          key={f}
          {...box}
          label={t('settings.festivalTemplate', { festival: t(`festival.${f}`) })}
          value={templates.festivals[f]}
          onChange={(e) =>
            onChange({ ...templates, festivals: { ...templates.festivals, [f]: e.target.value } })
          }
          {...fieldProps(`templates.festivals.${f}`)}
          slotProps={{ htmlInput: { maxLength: 500, 'data-testid': `template-${f}` } }}
        />
      ))}
    </Stack>
  )
}
