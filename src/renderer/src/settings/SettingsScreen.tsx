import { Alert, Box, Snackbar, Stack, Typography } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSession } from '../app/session'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { ScreenHeader } from '../staff/ScreenHeader'
import { AgencyForm } from './AgencyForm'
import { PasswordForm } from './PasswordForm'
import { Section } from './Section'

/** Everyone: language and own password. Admins also keep the agency's details here. */
export function SettingsScreen() {
  const { t } = useTranslation('admin')
  const { status } = useSession()
  const staff = status.staff!
  const admin = staff.role === 'admin'
  const [notice, setNotice] = useState<string | null>(null)

  return (
    <Box sx={{ maxWidth: admin ? 1160 : 600 }}>
      <ScreenHeader title={t('settings.title')} />
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
      <Snackbar
        open={!!notice}
        autoHideDuration={4000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          severity="success"
          variant="filled"
          onClose={() => setNotice(null)}
          data-testid="settings-notice"
        >
          {notice}
        </Alert>
      </Snackbar>
    </Box>
  )
}
