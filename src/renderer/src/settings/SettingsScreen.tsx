import { Box, Paper, Stack, Tab, Tabs, Typography } from '@mui/material'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useSession } from '../app/session'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { ScreenHeader } from '../staff/ScreenHeader'
import { AgencyForm } from './AgencyForm'
import { PasswordForm } from './PasswordForm'
import { Section } from './Section'
import { DesktopOptionsForm } from '../reminders/settings/DesktopOptionsForm'
import { ReminderSettingsForm } from '../reminders/settings/ReminderSettingsForm'
import { BackupsPanel } from '../backups/BackupsPanel'
import { AgeRulesForm } from '../payments/AgeRulesForm'
import { FeedbackSettings } from '../feedback/settings/FeedbackSettings'
import { PrivacyPanel } from '../privacy/PrivacyPanel'
import { DatabasePanel } from '../database/DatabasePanel'

/**
 * Everyone: language and own password. Admins also keep the agency's details here. The 提醒 tab
 * (`?tab=reminders`): this PC's desktop options, and the agency's reminder rules; 意见单
 * (`?tab=feedback`) the feedback form; 备份 (`?tab=backups`, admins) backups and restore.
 */
export function SettingsScreen() {
  const { t } = useTranslation('admin')
  const { status } = useSession()
  const staff = status.staff!
  const admin = staff.role === 'admin'
  const { t: tr } = useTranslation('reminders')
  const { t: tp } = useTranslation('payments')
  const { t: tb } = useTranslation('backups')
  const { t: tf } = useTranslation('feedback')
  const { t: tpr } = useTranslation('privacy')
  // the retention duties are the managers' and administrators' (main checks the role on every call)
  const keeper = staff.role !== 'frontdesk'
  const { t: td } = useTranslation('database')
  const [notice, setNotice] = useState<string | null>(null)
  const [params, setParams] = useSearchParams()
  const asked = params.get('tab')
  const tab =
    asked === 'reminders' || asked === 'feedback'
      ? asked
      : (asked === 'backups' || asked === 'database') && admin
        ? asked
        : asked === 'privacy' && keeper
          ? 'privacy'
          : 'general'

  return (
    <Box sx={{ maxWidth: admin || tab !== 'general' ? 1160 : 600 }}>
      <ScreenHeader title={t('settings.title')} />
      <Paper sx={{ mb: 2.5, px: 1 }}>
        <Tabs
          value={tab}
          onChange={(_e, v: string) => setParams(v === 'general' ? {} : { tab: v }, { replace: true })}
        >
          <Tab value="general" label={t('settings.general')} data-testid="settings-tab-general" />
          <Tab value="reminders" label={tr('settings.title')} data-testid="settings-tab-reminders" />
          <Tab value="feedback" label={tf('settings.tab')} data-testid="settings-tab-feedback" />
          {admin && <Tab value="backups" label={tb('tab')} data-testid="settings-tab-backups" />}
          {keeper && <Tab value="privacy" label={tpr('tab')} data-testid="settings-tab-privacy" />}
          {admin && <Tab value="database" label={td('tab')} data-testid="settings-tab-database" />}
        </Tabs>
      </Paper>
      {tab === 'backups' ? (
        <BackupsPanel onDone={setNotice} />
      ) : tab === 'privacy' ? (
        <PrivacyPanel onDone={setNotice} />
      ) : tab === 'database' ? (
        <DatabasePanel onDone={setNotice} />
      ) : tab === 'feedback' ? (
        <FeedbackSettings canEdit={admin} onDone={setNotice} />
      ) : tab === 'reminders' ? (
        <Stack spacing={2.5}>
          <Section title={tr('settings.desktop')} testId="settings-desktop">
            <DesktopOptionsForm />
          </Section>
          <Section title={tr('settings.title')} text={tr('settings.text')} testId="settings-reminders">
            <ReminderSettingsForm canEdit={staff.role !== 'frontdesk'} onDone={setNotice} />
          </Section>
        </Stack>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 2.5,
            alignItems: 'start',
            gridTemplateColumns: { xs: '1fr', lg: admin ? 'minmax(0, 1fr) minmax(0, 1fr)' : '1fr' },
          }}
        >
          <Stack spacing={2.5}>
            <Section
              title={t('settings.language.title')}
              text={t('settings.language.text')}
              testId="settings-language"
            >
              <LanguageSwitch />
            </Section>
            <Section title={t('settings.account.title')} testId="settings-password">
              <Typography variant="body2" sx={{ mb: 2.5, mt: -1 }} data-testid="settings-who">
                {t('settings.account.who', {
                  name: staff.name,
                  login: staff.login,
                  role: t(`common:roles.${staff.role}`),
                })}
              </Typography>
              <Typography variant="subtitle2" sx={{ mb: 1.5, fontWeight: 700 }}>
                {t('auth:changePassword.title')}
              </Typography>
              <PasswordForm onDone={setNotice} />
            </Section>
            <Section title={tp('policy.title')} testId="settings-age-rules">
              <AgeRulesForm canEdit={staff.role !== 'frontdesk'} onDone={setNotice} />
            </Section>
          </Stack>
          {admin && (
            <Section
              title={t('settings.agency.title')}
              text={t('settings.agency.text')}
              testId="settings-agency"
            >
              <AgencyForm onDone={setNotice} />
            </Section>
          )}
        </Box>
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} testId="settings-notice" />
    </Box>
  )
}
