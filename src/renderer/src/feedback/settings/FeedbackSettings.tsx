import { Stack } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { Section } from '../../settings/Section'
import { ReturnRuleForm } from './ReturnRuleForm'
import { TemplateForm } from './TemplateForm'

/** Settings → 意见单: the return-rate rule and the form template (administrators edit, others read). */
export function FeedbackSettings({ canEdit, onDone }: { canEdit: boolean; onDone: (m: string) => void }) {
  const { t } = useTranslation('feedback')
  return (
    <Stack spacing={2.5}>
      <Section title={t('settings.rule')} text={t('settings.ruleText')} testId="settings-feedback-rule">
        <ReturnRuleForm canEdit={canEdit} onDone={onDone} />
      </Section>
      <Section
        title={t('settings.template')}
        text={t('settings.templateText')}
        testId="settings-feedback-template"
      >
        <TemplateForm canEdit={canEdit} onDone={onDone} />
      </Section>
    </Stack>
  )
}
