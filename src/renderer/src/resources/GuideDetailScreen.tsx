import { Alert, Box, Button, Chip, Grid, Paper, Snackbar, Stack, Typography } from '@mui/material'
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { maskDocNumber } from '../../../shared/customers/mask'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { InfoList, Section } from '../customers/profile/parts'
import { GuideFormDialog } from './GuideFormDialog'
import { ActiveChip, LicenceExpiry, TripRefTable } from './parts'

/** One guide: the data on file, licence validity, leader documents (masked) and the trips served. */
export function GuideDetailScreen() {
  const { t } = useTranslation('resources')
  const navigate = useNavigate()
  const id = Number(useParams().id)
  const guide = useQuery(() => api.guides.get({ id }), [id], ['guide', 'trip'])
  const [editing, setEditing] = useState(false)
  const [revealed, setRevealed] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const g = guide.data

  const back = (
    <Button startIcon={<ArrowBackOutlined />} onClick={() => navigate('/guides')} data-testid="guide-back">
      {t('shared.backToList')}
    </Button>
  )
  if (guide.error && !g) {
    return (
      <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Alert severity="error" data-testid="guide-not-found">
          {guide.error.error.code === 'NOT_FOUND' ? t('shared.notFound') : t('shared.loadFailed')}
        </Alert>
        {back}
      </Stack>
    )
  }
  if (!g) return null

  const doc = (n: string | null) => (n ? (revealed ? n : maskDocNumber(n)) : null)
  const hasDocs = !!(g.passportNo || g.permitNo)

  return (
    <Box sx={{ maxWidth: 1200 }}>
      <Box sx={{ mb: 1 }}>{back}</Box>
      <Paper sx={{ p: 3, mb: 2 }} data-testid="guide-header">
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography
                variant="h4"
                component="h1"
                sx={{ fontWeight: 700 }}
                data-testid="guide-detail-name"
              >
                {g.name}
              </Typography>
              <ActiveChip active={g.active} testId="guide-detail-active" />
            </Stack>
            <Stack direction="row" spacing={1} sx={{ mt: 1.5, flexWrap: 'wrap' }}>
              {g.roles.map((r) => (
                <Chip
                  key={r}
                  size="small"
                  color={r === 'tour_leader' ? 'secondary' : 'primary'}
                  label={t(`role.${r}`)}
                />
              ))}
              {g.level && <Chip size="small" variant="outlined" label={t(`level.${g.level}`)} />}
              {g.languages.map((l) => (
                <Chip key={l} size="small" variant="outlined" label={l} />
              ))}
            </Stack>
          </Box>
          <Button
            variant="outlined"
            startIcon={<EditOutlined />}
            onClick={() => setEditing(true)}
            data-testid="guide-detail-edit"
          >
            {t('guides.detail.editButton')}
          </Button>
        </Stack>
      </Paper>
      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Grid size={{ xs: 12, md: hasDocs ? 4 : 6 }}>
          <Section title={t('guides.detail.info')}>
            <InfoList
              rows={[
                [t('guides.form.mobile'), g.mobile, 'guide-detail-mobile'],
                [t('guides.form.languages'), g.languages.join(t('shared.listSep'))],
                [t('guides.form.notes'), g.notes],
              ]}
            />
          </Section>
        </Grid>
        <Grid size={{ xs: 12, md: hasDocs ? 4 : 6 }}>
          <Section title={t('guides.detail.licence')}>
            <InfoList
              rows={[
                [t('guides.form.licenceNo'), g.licenceNo, 'guide-detail-licence'],
                [t('guides.form.level'), g.level ? t(`level.${g.level}`) : null],
                [
                  t('guides.form.licenceExpiry'),
                  g.licenceExpiry ? (
                    <LicenceExpiry expiry={g.licenceExpiry} testId="guide-detail-expiry" />
                  ) : null,
                ],
              ]}
            />
          </Section>
        </Grid>
        {hasDocs && (
          <Grid size={{ xs: 12, md: 4 }}>
            <Section
              title={t('guides.detail.documents')}
              action={
                <Button size="small" onClick={() => setRevealed(!revealed)} data-testid="guide-detail-reveal">
                  {revealed ? t('shared.hide') : t('shared.reveal')}
                </Button>
              }
            >
              <InfoList
                rows={[
                  [t('guides.form.passportNo'), doc(g.passportNo), 'guide-detail-passport'],
                  [t('guides.form.permitNo'), doc(g.permitNo), 'guide-detail-permit'],
                ]}
              />
            </Section>
          </Grid>
        )}
      </Grid>
      <Section
        title={t('shared.trips')}
        action={
          <Typography variant="body2" color="text.secondary">
            {t('shared.tripsCount', { count: g.trips.length })}
          </Typography>
        }
      >
        <TripRefTable trips={g.trips} testId="guide-trips" />
      </Section>

      {editing && (
        <GuideFormDialog
          row={g}
          onClose={() => setEditing(false)}
          onDone={(m) => {
            setEditing(false)
            setNotice(m)
            guide.reload()
          }}
        />
      )}
      <Snackbar
        open={!!notice}
        autoHideDuration={4000}
        onClose={() => setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity="success" variant="filled" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      </Snackbar>
    </Box>
  )
}
