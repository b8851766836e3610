import { Button, Chip, Grid, Stack } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { maskDocNumber } from '../../../shared/customers/mask'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { InfoList, Section } from '../customers/profile/parts'
import { GuideFormDialog } from './GuideFormDialog'
import { LicenceExpiry } from './parts'
import { DetailNotFound, ResourceDetailFrame } from './ResourceDetailFrame'

/** One guide: the data on file, licence validity, leader documents (masked) and the trips served. */
export function GuideDetailScreen() {
  const { t } = useTranslation('resources')
  const id = Number(useParams().id)
  const guide = useQuery(() => api.guides.get({ id }), [id], ['guide', 'trip'])
  const [editing, setEditing] = useState(false)
  const [revealed, setRevealed] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const g = guide.data

  if (guide.error && !g) return <DetailNotFound prefix="guide" error={guide.error} />
  if (!g) return null

  const doc = (n: string | null) => (n ? (revealed ? n : maskDocNumber(n)) : null)
  const hasDocs = !!(g.passportNo || g.permitNo)

  return (
    <ResourceDetailFrame
      prefix="guide"
      name={g.name}
      active={g.active}
      below={
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
      }
      editLabel={t('guides.detail.editButton')}
      onEdit={() => setEditing(true)}
      trips={g.trips}
      dialog={
        editing && (
          <GuideFormDialog
            row={g}
            onClose={() => setEditing(false)}
            onDone={(m) => {
              setEditing(false)
              setNotice(m)
              guide.reload()
            }}
          />
        )
      }
      notice={notice}
      onNoticeClose={() => setNotice(null)}
    >
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
    </ResourceDetailFrame>
  )
}
