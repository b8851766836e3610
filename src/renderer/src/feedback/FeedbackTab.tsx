import {
  Alert,
  Box,
  Button,
  Chip,
  Grid,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material'
import PrintOutlined from '@mui/icons-material/PrintOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router'
import type { SheetRow, TripFeedback } from '../../../shared/feedback/feedback.types'
import type { TripDetail } from '../../../shared/trips/trip.types'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useFormErrors } from '../components/useFormErrors'
import { Section } from '../customers/profile/parts'
import { ComplaintFromSheet } from './ComplaintFromSheet'
import { useFeedbackLabels } from './labels'
import { ScoresPanel } from './ScoresPanel'
import { SheetEntryDialog } from './SheetEntryDialog'

/** The trip's 意见单 tab: return counters against the bureau rule, printing, keying, sheets and scores. */
export function FeedbackTab({ trip }: { trip: TripDetail }) {
  const { t } = useTranslation('feedback')
  const q = useQuery<TripFeedback>(
    () => api.feedback.ofTrip({ tripId: trip.id }),
    [trip.id],
    ['feedback', 'trip'],
  )
  const f = q.data?.tripId === trip.id ? q.data : undefined
  const [keying, setKeying] = useState<{ id: number; mode: 'enter' | 'verify' } | null>(null)
  const [complaintOf, setComplaintOf] = useState<SheetRow | null>(null)
  // `&sheet=<id>`: a sheet found by its code in the Ctrl+K finder opens for entry (or to be read)
  const [params, setParams] = useSearchParams()
  const sheetParam = Number(params.get('sheet'))
  const fromFinder = sheetParam > 0 ? { id: sheetParam, mode: 'enter' as const } : null
  const open = keying ?? fromFinder
  if (!f) return null
  const close = () => {
    setKeying(null)
    if (fromFinder) setParams({ tab: 'feedback' }, { replace: true })
    q.reload()
  }
  return (
    <Stack spacing={2} data-testid="feedback-tab">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <Counters f={f} />
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Actions trip={trip} onOpen={(id) => setKeying({ id, mode: 'enter' })} />
        </Grid>
      </Grid>
      <SheetTable f={f} onKey={(id, mode) => setKeying({ id, mode })} onComplaint={setComplaintOf} />
      <Section title={t('scores.title')} testId="feedback-scores-section">
        <ScoresPanel scores={f.scores} testId="feedback-scores" />
      </Section>
      {open && <SheetEntryDialog sheetId={open.id} mode={open.mode} onClose={close} />}
      {complaintOf && (
        <ComplaintFromSheet
          sheet={complaintOf}
          onClose={() => {
            setComplaintOf(null)
            q.reload()
          }}
        />
      )}
    </Stack>
  )
}

function Counters({ f }: { f: TripFeedback }) {
  const { t } = useTranslation('feedback')
  const r = f.rate
  return (
    <Section title={t('counters.title')} testId="feedback-counters">
      <Typography variant="h6" sx={{ fontWeight: 700 }} data-testid="feedback-entered">
        {t('counters.entered', { entered: r.entered, participants: r.participants })}
      </Typography>
      <Typography color="text.secondary" data-testid="feedback-rate">
        {r.pct !== null && `${t('counters.rate', { pct: r.pct })} · `}
        {t('counters.rule', { required: r.required })}
      </Typography>
      <Alert
        severity={r.met ? 'success' : f.short ? 'error' : 'info'}
        sx={{ mt: 1 }}
        data-testid={f.short ? 'feedback-short' : 'feedback-rule'}
      >
        {r.met
          ? t('counters.met')
          : f.short
            ? t('counters.short', { missing: r.required - r.entered })
            : t('counters.pending')}
      </Alert>
    </Section>
  )
}

function Actions({ trip, onOpen }: { trip: TripDetail; onOpen: (id: number) => void }) {
  const { t } = useTranslation('feedback')
  const navigate = useNavigate()
  const errors = useFormErrors()
  const [code, setCode] = useState('')
  const [blanks, setBlanks] = useState(5)
  const open = async () => {
    const e = await errors.capture(() => unwrap(api.feedback.open({ code })))
    if (e) {
      setCode('')
      onOpen(e.id)
    }
  }
  return (
    <Section title={t('actions.key')} testId="feedback-actions">
      <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1 }}>
        <Button
          variant="outlined"
          startIcon={<PrintOutlined />}
          onClick={() => navigate(`/print/trip/${trip.id}/feedback`)}
          data-testid="feedback-print"
        >
          {t('actions.print')}
        </Button>
        <TextField
          size="small"
          type="number"
          label={t('actions.blanks')}
          value={blanks}
          onChange={(e) => setBlanks(Math.max(1, Math.min(50, Number(e.target.value) || 1)))}
          sx={{ width: 110 }}
        />
        <Button
          variant="outlined"
          onClick={() => navigate(`/print/trip/${trip.id}/feedback?blanks=${blanks}`)}
          data-testid="feedback-print-blank"
        >
          {t('actions.printBlank')}
        </Button>
      </Stack>
      <TextField
        fullWidth
        size="small"
        label={t('open.label')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && code.trim()) {
            e.preventDefault()
            void open()
          }
        }}
        error={!!errors.form}
        helperText={errors.fields.code ?? errors.form ?? t('open.hint', { example: `${trip.code}-S01` })}
        slotProps={{ htmlInput: { 'data-testid': 'feedback-code', autoComplete: 'off' } }}
      />
    </Section>
  )
}

function SheetTable({
  f,
  onKey,
  onComplaint,
}: {
  f: TripFeedback
  onKey: (id: number, mode: 'enter' | 'verify') => void
  onComplaint: (s: SheetRow) => void
}) {
  const { t } = useTranslation('feedback')
  const labels = useFeedbackLabels()
  return (
    <Section title={t('list.title', { count: f.sheets.length })} testId="feedback-sheets">
      {!f.sheets.length ? (
        <Typography color="text.secondary">{t('list.empty')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('list.code')}</TableCell>
                <TableCell>{t('list.name')}</TableCell>
                <TableCell>{t('list.status')}</TableCell>
                <TableCell>{t('list.alerts')}</TableCell>
                <TableCell align="right">{t('list.nps')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {f.sheets.map((s) => (
                <TableRow key={s.id} data-testid={`feedback-sheet-${s.sheetNo}`}>
                  <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{s.code}</TableCell>
                  <TableCell>
                    {s.name ?? (s.customerId === null ? t('list.blank') : t('list.deleted'))}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Chip
                      size="small"
                      color={s.status === 'entered' ? 'success' : 'default'}
                      label={t(`list.${s.status}`)}
                    />
                    {s.verified && (
                      <Chip size="small" variant="outlined" sx={{ ml: 0.5 }} label={t('list.verified')} />
                    )}
                  </TableCell>
                  <TableCell>
                    {s.problems.length > 0 && (
                      <Typography variant="body2" color="error">
                        {t('list.problems', { items: s.problems.map(labels.shortItem).join(', ') })}
                      </Typography>
                    )}
                    {s.low.length > 0 && (
                      <Typography variant="body2" color="warning.dark">
                        {t('list.low', { items: s.low.map(labels.item).join(', ') })}
                      </Typography>
                    )}
                    {s.followUpId !== null && (
                      <Chip
                        size="small"
                        color="warning"
                        variant="outlined"
                        label={t('list.followUp')}
                        data-testid="feedback-follow-up"
                      />
                    )}
                  </TableCell>
                  <TableCell align="right">{s.npsValue ?? ''}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      onClick={() => onKey(s.id, 'enter')}
                      data-testid="feedback-sheet-key"
                    >
                      {t('actions.key')}
                    </Button>
                    {s.status === 'entered' && (
                      <Button
                        size="small"
                        onClick={() => onKey(s.id, 'verify')}
                        data-testid="feedback-sheet-verify"
                      >
                        {t('actions.verify')}
                      </Button>
                    )}
                    {s.complaintId !== null ? (
                      <Link
                        component={RouterLink}
                        to={`/complaints/${s.complaintId}`}
                        sx={{ ml: 1 }}
                        data-testid="feedback-complaint-link"
                      >
                        {t('complaint.open')}
                      </Link>
                    ) : (
                      s.status === 'entered' &&
                      (s.problems.length > 0 || s.low.length > 0) && (
                        <Button
                          size="small"
                          color="error"
                          onClick={() => onComplaint(s)}
                          data-testid="feedback-sheet-complaint"
                        >
                          {t('actions.openComplaint')}
                        </Button>
                      )
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Section>
  )
}
