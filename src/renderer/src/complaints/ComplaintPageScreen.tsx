import { Alert, Box, Button, Chip, Grid, LinearProgress, Paper, Stack, Typography } from '@mui/material'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined'
import PrintOutlined from '@mui/icons-material/PrintOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, useNavigate, useParams } from 'react-router'
import type { ComplaintStatus } from '../../../shared/complaints/status'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { useSession } from '../app/session'
import { msgText } from '../components/useFormErrors'
import { InfoList, Section } from '../customers/profile/parts'
import { useFormat } from '../format/format'
import { CloseDialog } from './CloseDialog'
import { ClocksSection, HistorySection } from './CaseSections'
import { RecordSection } from './RecordSection'
import { EvidenceSection } from './EvidenceSection'
import { MoveDialog } from './MoveDialog'
import { ComplaintStatusChip } from './parts'
import { RemediesSection } from './RemediesSection'
import { RemedyDialog } from './RemedyDialog'

/** One complaint (`/complaints/:id`, the address other features link to). */
export function ComplaintPageScreen() {
  const { t } = useTranslation('complaints')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  const navigate = useNavigate()
  const id = Number(useParams().id)
  const staff = useSession().status.staff
  const manager = staff?.role === 'manager' || staff?.role === 'admin'
  const q = useQuery(() => api.complaints.get({ id }), [id], ['complaint'])
  const trip = useQuery(
    () =>
      q.data?.trip
        ? api.trips.get({ id: q.data.trip.id })
        : Promise.resolve({ ok: true as const, value: null }),
    [q.data?.trip?.id],
  )
  const [move, setMove] = useState<ComplaintStatus | null>(null)
  const [closing, setClosing] = useState(false)
  const [adding, setAdding] = useState(false)
  const [snack, setSnack] = useState<string | null>(null)
  const c = q.data?.id === id ? q.data : undefined

  if (q.error?.error.code === 'NOT_FOUND' || q.error?.error.code === 'VALIDATION') {
    return (
      <Paper
        sx={{ p: 6, textAlign: 'center', maxWidth: 560, mx: 'auto', mt: 4 }}
        data-testid="complaint-not-found"
      >
        <Typography variant="h6">{t('page.notFound')}</Typography>
        <Button variant="contained" component={RouterLink} to="/complaints" sx={{ mt: 3 }}>
          {t('page.back')}
        </Button>
      </Paper>
    )
  }
  if (!c)
    return q.error ? <Alert severity="error">{msgText(tc, q.error.error.msg)}</Alert> : <LinearProgress />

  const done = (message: string) => {
    setMove(null)
    setClosing(false)
    setAdding(false)
    setSnack(message)
    q.reload()
  }
  return (
    <Box sx={{ maxWidth: 1280 }} data-testid="complaint-page">
      <Button
        component={RouterLink}
        to="/complaints"
        startIcon={<ArrowBackOutlined />}
        sx={{ mb: 1.5, ml: -1 }}
      >
        {t('page.back')}
      </Button>
      <Paper sx={{ p: 2, mb: 2 }}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
          <Box sx={{ flexGrow: 1 }}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
              <Typography variant="h5" sx={{ fontWeight: 700 }} data-testid="complaint-case-no">
                {c.caseNo}
              </Typography>
              <ComplaintStatusChip status={c.status} testId="complaint-status" />
              <Chip size="small" variant="outlined" label={t(`cause.${c.cause}`)} />
              <Chip size="small" variant="outlined" label={t(`severity.${c.severity}`)} />
            </Stack>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {t(`channel.${c.channel}`)} · {fmt.dateTime(c.receivedAt)}
              {c.reopenUntil && ` · ${t('page.reopenUntil', { date: fmt.date(c.reopenUntil) })}`}
            </Typography>
          </Box>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {c.moves.map((m) => (
              <Button
                key={m}
                size="small"
                variant={m === 'closed' ? 'contained' : 'outlined'}
                onClick={() => (m === 'closed' ? setClosing(true) : setMove(m))}
                data-testid={`complaint-move-${m}`}
              >
                {m === 'closed' ? t('page.close') : t(`status.${m}`)}
              </Button>
            ))}
            <Button
              size="small"
              startIcon={<PrintOutlined />}
              onClick={() => navigate(`/print/complaint/${c.id}/reply`)}
              data-testid="complaint-print-reply"
            >
              {t('page.printReply')}
            </Button>
            <Button
              size="small"
              startIcon={<PrintOutlined />}
              onClick={() => navigate(`/print/complaint/${c.id}/file`)}
              data-testid="complaint-print-file"
            >
              {t('page.printFile')}
            </Button>
          </Stack>
        </Stack>
        {c.clocks.lateFiling && (
          <Alert severity="warning" sx={{ mt: 1.5 }} data-testid="complaint-late-filing">
            {t('clock.lateFiling', { days: c.clocks.lateFiling.daysAfterTrip })}
          </Alert>
        )}
      </Paper>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <RecordSection c={c} onChanged={q.reload} />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <ClocksSection c={c} />
        </Grid>
        <Grid size={12}>
          <EvidenceSection c={c} manager={manager} />
        </Grid>
        <Grid size={12}>
          <RemediesSection c={c} manager={manager} onAdd={() => setAdding(true)} onChanged={q.reload} />
        </Grid>
        {c.lessons !== null && (
          <Grid size={12}>
            <Section title={t('page.closing')} testId="complaint-closing">
              <InfoList
                rows={[
                  [t('page.lessons'), c.lessons, 'complaint-lessons'],
                  [
                    t('close.actions'),
                    c.correctiveActions.map((a) => t(`corrective.${a}`)).join(t('print.listSep')),
                  ],
                  [
                    t('page.satisfied'),
                    c.customerSatisfied === null
                      ? t('page.satisfiedUnknown')
                      : c.customerSatisfied
                        ? t('page.satisfiedYes')
                        : t('page.satisfiedNo'),
                  ],
                ]}
              />
            </Section>
          </Grid>
        )}
        <Grid size={12}>
          <HistorySection c={c} />
        </Grid>
      </Grid>
      {move && (
        <MoveDialog
          c={c}
          to={move}
          onClose={() => setMove(null)}
          onDone={() => done(t('move.done', { status: t(`status.${move}`) }))}
        />
      )}
      {closing && (
        <CloseDialog c={c} onClose={() => setClosing(false)} onDone={() => done(t('close.done'))} />
      )}
      {adding && (
        <RemedyDialog
          c={c}
          tourPrice={trip.data?.prices.adult ?? null}
          onClose={() => setAdding(false)}
          onDone={() => done(t('remedy.added'))}
        />
      )}
      <NoticeSnackbar notice={snack} onClose={() => setSnack(null)} testId="complaint-snack" />
    </Box>
  )
}
