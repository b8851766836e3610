import { Alert, Box, Button, Chip, Divider, Stack, Typography } from '@mui/material'
import AddOutlined from '@mui/icons-material/AddOutlined'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import type { ComplaintDetail, RemedyView } from '../../../shared/complaints/complaint.types'
import { articleEn, clauseById } from '../../../shared/complaints/compensation'
import { isFinished } from '../../../shared/complaints/status'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { Section } from '../customers/profile/parts'
import { useFormat } from '../format/format'

const approvalColor = {
  not_required: 'default',
  pending: 'warning',
  approved: 'success',
  rejected: 'error',
} as const

/**
 * The case's remedies: amounts with the clause cited, the manager's decision on money and the
 * customer's answer. "Change guide" and "adjust itinerary" lead to the group's own screens with the
 * case named, where the change is made (and recorded on the trip).
 */
export function RemediesSection({
  c,
  manager,
  onAdd,
  onChanged,
}: {
  c: ComplaintDetail
  manager: boolean
  onAdd: () => void
  onChanged: () => void
}) {
  const { t, i18n } = useTranslation('complaints')
  const fmt = useFormat()
  const errors = useFormErrors()
  const open = !isFinished(c.status)
  const run = async (fn: () => Promise<unknown>) => {
    if (await errors.capture(fn)) onChanged()
  }
  const decide = (r: RemedyView, approve: boolean) =>
    run(() => unwrap(api.complaints.decideRemedy({ id: r.id, version: r.version, approve })))
  const accept = (r: RemedyView, accepted: boolean) =>
    run(() => unwrap(api.complaints.setRemedyAccepted({ id: r.id, version: r.version, accepted })))
  const tripLink = (r: RemedyView) =>
    c.trip && r.kind === 'change_guide'
      ? { to: `/trips/${c.trip.id}?tab=assignments&complaint=${c.id}`, label: t('remedy.openGuides') }
      : c.trip && r.kind === 'adjust_itinerary'
        ? { to: `/trips/${c.trip.id}?tab=itinerary&complaint=${c.id}`, label: t('remedy.openItinerary') }
        : null

  return (
    <Section
      title={t('remedy.title')}
      testId="complaint-remedies"
      action={
        open && (
          <Button size="small" startIcon={<AddOutlined />} onClick={onAdd} data-testid="remedy-add">
            {t('remedy.add')}
          </Button>
        )
      }
    >
      {errors.form && (
        <Alert severity="error" sx={{ mb: 1 }} data-testid="remedy-action-error">
          {errors.form}
        </Alert>
      )}
      {c.remedies.length === 0 && <Typography color="text.secondary">{t('remedy.empty')}</Typography>}
      <Stack divider={<Divider flexItem />} spacing={1.5}>
        {c.remedies.map((r) => {
          const link = tripLink(r)
          return (
            <Box key={r.id} data-testid={`remedy-${r.kind}`}>
              <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography sx={{ fontWeight: 700 }}>{t(`remedyKind.${r.kind}`)}</Typography>
                {r.amount !== null && (
                  <Typography sx={{ fontWeight: 700 }} data-testid="remedy-amount-shown">
                    {fmt.money(r.amount)}
                  </Typography>
                )}
                {r.proposed !== null && r.proposed !== r.amount && (
                  <Typography variant="body2" color="text.secondary">
                    {t('remedy.proposed', { amount: fmt.money(r.proposed) })}
                  </Typography>
                )}
                <Chip
                  size="small"
                  color={approvalColor[r.approval]}
                  label={t(`approval.${r.approval}`)}
                  data-testid="remedy-approval"
                />
                {r.decidedBy && (
                  <Typography variant="caption" color="text.secondary">
                    {t('remedy.decidedBy', { name: r.decidedBy.name })}
                  </Typography>
                )}
                <Chip
                  size="small"
                  variant="outlined"
                  color={r.customerAccepted === null ? 'default' : r.customerAccepted ? 'success' : 'error'}
                  label={
                    r.customerAccepted === null
                      ? t('remedy.acceptanceUnknown')
                      : r.customerAccepted
                        ? t('remedy.accepted')
                        : t('remedy.declined')
                  }
                  data-testid="remedy-acceptance"
                />
                {c.tripChanges.some((x) => x.remedyId === r.id) && (
                  <Chip
                    size="small"
                    color="success"
                    label={t('caseWork:remedy.carriedOut')}
                    data-testid="remedy-carried-out"
                  />
                )}
              </Stack>
              {r.lines.map((l, i) => {
                const clause = clauseById(l.clauseId)
                return (
                  <Typography key={i} variant="body2" color="text.secondary">
                    {i18n.language === 'en' ? articleEn(clause.article) : clause.article}{' '}
                    {i18n.language === 'en' ? clause.titleEn : clause.titleZh}
                    {l.count > 1 ? ` × ${l.count}` : ''} · {fmt.money(l.amountFen / 100)}
                  </Typography>
                )
              })}
              {r.overrideReason && (
                <Typography variant="body2">
                  {t('print.label', { label: t('remedy.override'), value: r.overrideReason })}
                </Typography>
              )}
              {r.notes && <Typography variant="body2">{r.notes}</Typography>}
              <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 0.5, flexWrap: 'wrap' }}>
                {open && manager && r.approval === 'pending' && (
                  <Fragment>
                    <Button
                      size="small"
                      variant="contained"
                      onClick={() => void decide(r, true)}
                      data-testid="remedy-approve"
                    >
                      {t('remedy.approve')}
                    </Button>
                    <Button
                      size="small"
                      color="error"
                      onClick={() => void decide(r, false)}
                      data-testid="remedy-reject"
                    >
                      {t('remedy.reject')}
                    </Button>
                  </Fragment>
                )}
                {open &&
                  r.approval !== 'pending' &&
                  r.approval !== 'rejected' &&
                  r.customerAccepted === null && (
                    <Fragment>
                      <Button size="small" onClick={() => void accept(r, true)} data-testid="remedy-accepted">
                        {t('remedy.accepted')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() => void accept(r, false)}
                        data-testid="remedy-declined"
                      >
                        {t('remedy.declined')}
                      </Button>
                    </Fragment>
                  )}
                {link && (
                  <Button
                    size="small"
                    component={RouterLink}
                    to={link.to}
                    data-testid={`remedy-trip-link-${r.kind}`}
                  >
                    {link.label}
                  </Button>
                )}
              </Stack>
            </Box>
          )
        })}
      </Stack>
    </Section>
  )
}
