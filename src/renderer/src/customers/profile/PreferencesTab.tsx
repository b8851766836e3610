import { Alert, Box, Button, Chip, Grid, List, ListItem, Typography } from '@mui/material'
import HealthAndSafetyOutlined from '@mui/icons-material/HealthAndSafetyOutlined'
import LockOutlined from '@mui/icons-material/LockOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerProfile } from '../../../../shared/customers/customer.types'
import { api, unwrap } from '../../api/client'
import { useFormErrors } from '../../components/useFormErrors'
import { useFormat } from '../../format/format'
import { Empty, InfoList, Section } from './parts'

export function PreferencesTab({ profile: p, canReveal }: { profile: CustomerProfile; canReveal: boolean }) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  const errors = useFormErrors()
  const [health, setHealth] = useState<{ version: number; notes: Record<string, string | null> } | null>(null)
  // a newer version of the file may have other notes: show them masked again
  const revealed = health && health.version === p.version ? health.notes : null
  const pr = p.preferences
  const hiddenCount = p.needs.filter((n) => n.noteHidden).length

  const revealHealth = async () => {
    const rows = await errors.capture(() => unwrap(api.customers.revealHealth({ id: p.id })))
    if (rows) setHealth({ version: p.version, notes: Object.fromEntries(rows.map((r) => [r.kind, r.note])) })
  }

  return (
    <Grid container spacing={2} data-testid="profile-preferences">
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title={t('profile.preferences')}>
          <InfoList
            rows={[
              [t('form.prefs.destinations'), pr.destinations],
              [
                t('form.prefs.travelStyle'),
                pr.travelStyle !== 'any' ? t(`travelStyle.${pr.travelStyle}`) : null,
              ],
              [t('form.prefs.budget'), pr.budget !== 'any' ? t(`budget.${pr.budget}`) : null],
              [
                t('form.prefs.room'),
                [
                  pr.room !== 'any' ? t(`room.${pr.room}`) : null,
                  t(pr.smoking ? 'profileExtra.smoking' : 'profileExtra.nonSmoking'),
                ]
                  .filter(Boolean)
                  .join(' · '),
              ],
              [t('form.prefs.bed'), pr.bed],
              [t('form.prefs.seat'), pr.seat !== 'any' ? t(`seat.${pr.seat}`) : null],
              [t('form.prefs.diet'), t(`diet.${pr.diet}`)],
              [t('form.prefs.allergies'), pr.allergies],
              [t('form.prefs.interests'), pr.interests],
            ]}
          />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Section
          title={t('profile.needs')}
          action={
            canReveal &&
            hiddenCount > 0 &&
            !revealed && (
              <Button
                size="small"
                startIcon={<HealthAndSafetyOutlined />}
                onClick={() => void revealHealth()}
                data-testid="reveal-health"
              >
                {t('profile.revealHealth')}
              </Button>
            )
          }
        >
          {errors.form && (
            <Alert severity="error" sx={{ mb: 1 }}>
              {errors.form}
            </Alert>
          )}
          {revealed && (
            <Alert severity="warning" sx={{ mb: 1 }} data-testid="health-revealed">
              {t('profileExtra.healthRevealed')}
            </Alert>
          )}
          {p.needs.length === 0 ? (
            <Empty testId="needs-empty">{t('profile.noNeeds')}</Empty>
          ) : (
            <List dense disablePadding data-testid="needs-list">
              {p.needs.map((n, i) => {
                const shown = revealed && n.noteHidden ? revealed[n.kind] : n.note
                return (
                  <ListItem key={n.kind} disableGutters divider={i < p.needs.length - 1}>
                    <Box>
                      <Chip size="small" color="secondary" variant="outlined" label={t(`need.${n.kind}`)} />
                      {(shown || n.noteHidden) && (
                        <Typography
                          variant="body2"
                          color={shown ? 'text.primary' : 'text.secondary'}
                          sx={{
                            mt: 0.5,
                            whiteSpace: 'pre-wrap',
                            display: 'flex',
                            alignItems: 'center',
                            gap: 0.5,
                          }}
                          data-testid={`need-note-${n.kind}`}
                        >
                          {shown || (
                            <>
                              <LockOutlined sx={{ fontSize: 14 }} />
                              {t(
                                n.kind === 'confidential'
                                  ? 'profileExtra.confidentialHidden'
                                  : 'profileExtra.needHidden',
                              )}
                            </>
                          )}
                        </Typography>
                      )}
                    </Box>
                  </ListItem>
                )
              })}
            </List>
          )}
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1.5 }}>
            {p.healthConsent
              ? `${t('profile.healthConsentYes')}${p.healthConsentAt ? ` · ${fmt.date(p.healthConsentAt)}` : ''}`
              : t('profileExtra.healthConsentNo')}
          </Typography>
        </Section>
      </Grid>
    </Grid>
  )
}
