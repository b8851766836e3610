import { Alert, Box, Button, LinearProgress, Paper, Stack, Typography } from '@mui/material'
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined'
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined'
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import type { CheckWarning } from '../../../../shared/trips/trip.types'
import { useQuery } from '../../api/hooks'
import { api } from '../../api/client'
import { msgText } from '../../components/useFormErrors'
import { useFormat } from '../../format/format'
import { checkActions, checkText } from './checkText'
import type { CheckAction } from './checkText'
import type { TripSectionProps } from './types'
import { fromTripChecks } from '../../customers/profile/BackToChecks'

const look = {
  error: { icon: <ErrorOutlineOutlined />, color: 'error.main', bg: '#fdecea' },
  warning: { icon: <WarningAmberOutlined />, color: 'warning.dark', bg: '#fff4e5' },
}

/** 检查: what a careful desk would catch before departure, each with a way to the fix. */
export function ChecksPanel({ trip, reload }: TripSectionProps) {
  const { t } = useTranslation('tripPage')
  const { t: tr } = useTranslation()
  const f = useFormat()
  const navigate = useNavigate()
  const [, setParams] = useSearchParams()
  // anything on the trip that a check reads: run again when it changes
  const signature = [
    trip.version,
    trip.updatedAt,
    trip.participants.map((p) => `${p.id}.${p.version}.${p.roommateId}`).join(','),
    trip.guides.map((g) => g.id).join(','),
  ].join('|')
  const q = useQuery(
    () => api.trips.checks({ id: trip.id }),
    [trip.id, signature],
    ['trip', 'customer', 'guide'],
  )
  const list = q.data ?? []
  const errors = list.filter((w) => w.severity === 'error')
  const sorted = [...errors, ...list.filter((w) => w.severity !== 'error')]
  const guideOf = (assignmentId: number) => trip.guides.find((g) => g.id === assignmentId)?.guide.id

  const run = (a: CheckAction) => {
    if (a.kind === 'participant') setParams({ tab: 'participants', participant: String(a.participantId) })
    else if (a.kind === 'guideTab') setParams({ tab: 'assignments' })
    // the file offers the way back to these checks once the document is fixed
    else if (a.kind === 'documents')
      navigate(`/customers/${a.customerId}?tab=documents`, { state: fromTripChecks(trip.id, trip.code) })
    else if (a.kind === 'guide') navigate(`/guides/${a.guideId}`)
    else if (a.kind === 'trip') navigate(`/trips/${a.tripId}`)
    else navigate(`/trips/${trip.id}/edit`)
  }
  const label = (a: CheckAction) =>
    a.kind === 'trip' ? t('checks.action.trip', { code: a.code }) : t(`checks.action.${a.kind}`)

  const row = (w: CheckWarning, i: number) => {
    const l = look[w.severity]
    return (
      <Stack
        key={i}
        direction="row"
        spacing={1.5}
        sx={{ alignItems: 'center', px: 2, py: 1.5, borderTop: i ? '1px solid #eef1f1' : 'none' }}
        data-testid={`check-${w.code}`}
        data-severity={w.severity}
      >
        <Box sx={{ color: l.color, display: 'flex', bgcolor: l.bg, borderRadius: '50%', p: 0.75 }}>
          {l.icon}
        </Box>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography sx={{ fontWeight: 500 }} data-testid="check-text">
            {checkText(tr, w, f.date)}
          </Typography>
          <Typography variant="caption" sx={{ color: l.color, fontWeight: 600 }}>
            {t(`checks.severity.${w.severity}`)} · {t(`checks.kind.${w.code}`)}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          {checkActions(w, guideOf).map((a, k) => (
            <Button
              key={a.kind}
              size="small"
              variant={k === 0 ? 'outlined' : 'text'}
              onClick={() => run(a)}
              data-testid={`check-action-${a.kind}`}
            >
              {label(a)}
            </Button>
          ))}
        </Stack>
      </Stack>
    )
  }

  return (
    <Box data-testid="checks-panel">
      {q.loading && <LinearProgress sx={{ mb: 1 }} />}
      {q.error && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={q.reload}>
              {tr('actions.retry')}
            </Button>
          }
        >
          {msgText(tr, q.error.error.msg)}
        </Alert>
      )}
      {q.data && list.length === 0 ? (
        <Paper sx={{ p: 5, textAlign: 'center' }} data-testid="checks-ok">
          <TaskAltOutlined sx={{ fontSize: 52, color: 'success.main' }} />
          <Typography variant="h6" sx={{ mt: 1, fontWeight: 700 }}>
            {t('checks.okTitle')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 520, mx: 'auto', mt: 0.5 }}>
            {t('checks.okText')}
          </Typography>
        </Paper>
      ) : (
        q.data && (
          <Paper>
            <Stack
              direction="row"
              sx={{ alignItems: 'center', px: 2, py: 1.5, borderBottom: '1px solid #e0e4e4' }}
            >
              <Typography
                variant="subtitle1"
                sx={{ fontWeight: 700, flexGrow: 1 }}
                data-testid="checks-summary"
              >
                {errors.length
                  ? t('checks.summaryErrors', { count: list.length, errors: errors.length })
                  : t('checks.summary', { count: list.length })}
              </Typography>
              <Button
                size="small"
                onClick={() => {
                  q.reload()
                  reload()
                }}
                data-testid="checks-refresh"
              >
                {t('checks.refresh')}
              </Button>
            </Stack>
            <Box data-testid="checks-list">{sorted.map(row)}</Box>
          </Paper>
        )
      )}
    </Box>
  )
}
