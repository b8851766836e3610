import { Grid, Link, List, ListItem, ListItemText, Typography } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { useTranslation } from 'react-i18next'
import type { CustomerProfile } from '../../../../shared/customers/customer.types'
import { useFormat } from '../../format/format'
import { Empty, InfoList, NotGiven, Section } from './parts'

export function OverviewTab({ profile: p }: { profile: CustomerProfile }) {
  const { t } = useTranslation('customers')
  const fmt = useFormat()
  const who = (s: { name: string } | null) => s?.name || t('profileExtra.system')

  return (
    <Grid container spacing={2} data-testid="profile-overview">
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title={t('form.sections.contact')}>
          <InfoList
            rows={[
              [t('form.mobile'), p.mobile, 'overview-mobile'],
              [t('form.wechat'), p.wechat],
              [t('form.email'), p.email],
              [t('form.address'), p.address],
            ]}
          />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title={t('form.sections.membership')}>
          <InfoList
            rows={[
              [t('form.source'), p.source ? t(`source.${p.source}`) : null],
              [
                t('profile.referrer'),
                p.referrer ? (
                  <Link
                    component={RouterLink}
                    to={`/customers/${p.referrer.id}`}
                    data-testid="overview-referrer"
                  >
                    {p.referrer.name}
                  </Link>
                ) : null,
              ],
              [t('form.tier'), t(`tier.${p.tier}`)],
              [t('form.occupation'), p.occupation],
              [t('form.employer'), p.employer],
            ]}
          />
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title={t('profile.emergencyContacts')}>
          {p.emergencyContacts.length === 0 ? (
            <Empty>{t('profile.noEmergency')}</Empty>
          ) : (
            <List dense disablePadding data-testid="overview-emergency">
              {p.emergencyContacts.map((c, i) => (
                <ListItem key={i} disableGutters divider={i < p.emergencyContacts.length - 1}>
                  <ListItemText
                    primary={c.name}
                    secondary={[c.relation, c.phone].filter(Boolean).join(' · ')}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </Section>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Section title={t('profileExtra.record')}>
          <Typography variant="body2" sx={{ mb: 0.5 }} data-testid="overview-created">
            {t('profile.createdBy', { date: fmt.dateTime(p.createdAt), name: who(p.createdBy) })}
          </Typography>
          <Typography variant="body2" data-testid="overview-updated">
            {t('profile.updatedBy', { date: fmt.dateTime(p.updatedAt), name: who(p.updatedBy) })}
          </Typography>
        </Section>
      </Grid>
      <Grid size={12}>
        <Section title={t('form.notes')}>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="overview-notes">
            {p.notes || <NotGiven />}
          </Typography>
        </Section>
      </Grid>
    </Grid>
  )
}
