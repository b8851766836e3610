import { Button, Chip, Grid, Stack, Typography } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useSession } from '../app/session'
import { useFormErrors } from '../components/useFormErrors'
import { InfoList, Section } from '../customers/profile/parts'
import { GuideFormDialog } from './GuideFormDialog'
import { LicenceExpiry } from './parts'
import { DetailNotFound, ResourceDetailFrame } from './ResourceDetailFrame'
import { ComplaintsPanel } from '../complaints/ComplaintsPanel'
import { ScoresSection } from '../feedback/ScoresSection'

type Numbers = { passportNo: string | null; permitNo: string | null }

/**
 * One guide: the data on file, licence validity, leader documents and the trips served. Main sends the
 * passport and permit numbers masked; a manager or administrator can ask for them (an audited call).
 */
export function GuideDetailScreen() {
  const { t } = useTranslation('resources')
  const id = Number(useParams().id)
  const guide = useQuery(() => api.guides.get({ id }), [id], ['guide', 'trip'])
  const role = useSession().status.staff?.role
  const revealErrors = useFormErrors()
  const [editing, setEditing] = useState(false)
  // the full numbers, for the version they were read at: an edit (or another guide) goes back to masked
  const [revealed, setRevealed] = useState<{ key: string; numbers: Numbers } | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const g = guide.data

  if (guide.error && !g) return <DetailNotFound prefix="guide" error={guide.error} />
  if (!g) return null

  const key = `${g.id}:${g.version}`
  const shown = revealed?.key === key ? revealed.numbers : null
  const canReveal = role === 'manager' || role === 'admin'
  const hasDocs = !!(g.passportNoMasked || g.permitNoMasked)
  const reveal = async () => {
    const numbers = await revealErrors.capture(() => unwrap(api.guides.revealDocuments({ id: g.id })))
    if (numbers) setRevealed({ key, numbers })
  }

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
                canReveal &&
                (shown ? (
                  <Button size="small" onClick={() => setRevealed(null)} data-testid="guide-detail-hide">
                    {t('shared.hide')}
                  </Button>
                ) : (
                  <Button size="small" onClick={() => void reveal()} data-testid="guide-detail-reveal">
                    {t('shared.reveal')}
                  </Button>
                ))
              }
            >
              <InfoList
                rows={[
                  [
                    t('guides.form.passportNo'),
                    shown ? shown.passportNo : g.passportNoMasked,
                    'guide-detail-passport',
                  ],
                  [
                    t('guides.form.permitNo'),
                    shown ? shown.permitNo : g.permitNoMasked,
                    'guide-detail-permit',
                  ],
                ]}
              />
              {shown && (
                <Typography variant="caption" color="text.secondary" data-testid="guide-detail-revealed">
                  {t('guides.detail.revealed')}
                </Typography>
              )}
              {revealErrors.form && (
                <Typography variant="caption" color="error" data-testid="guide-detail-reveal-error">
                  {revealErrors.form}
                </Typography>
              )}
            </Section>
          </Grid>
        )}
        <Grid size={12}>
          <ComplaintsPanel of="guide" id={g.id} allLink={`/complaints?guideId=${g.id}`} />
        </Grid>
      </Grid>
      <ScoresSection of="guide" id={g.id} />
    </ResourceDetailFrame>
  )
}
