import { Alert, Box, Button, LinearProgress, Paper, Tab, Tabs, Typography } from '@mui/material'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined'
import EventBusyOutlined from '@mui/icons-material/EventBusyOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router'
import type { Envelope } from '../../../shared/api/envelope'
import type { TripStatus } from '../../../shared/trips/trip.schema'
import type { CheckWarning, TripDetail } from '../../../shared/trips/trip.types'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { AssignmentsTab } from './page/AssignmentsTab'
import { ChecksPanel } from './page/ChecksPanel'
import { ItineraryTab } from './page/ItineraryTab'
import { ParticipantsTab } from './page/ParticipantsTab'
import { HistoryTab } from './shell/HistoryTab'
import { OverviewTab } from './shell/OverviewTab'
import { SaveRouteDialog } from './shell/SaveRouteDialog'
import { StatusDialog } from './shell/StatusDialog'
import { SuggestBanner } from './shell/SuggestBanner'
import { TabLabel } from './shell/TabLabel'
import { TripHeader } from './shell/TripHeader'
import { SubjectReminders } from '../reminders/SubjectReminders'
import { MoneyTab } from '../payments/MoneyTab'
import { ComplaintsPanel } from '../complaints/ComplaintsPanel'
import { CaseContextBanner } from '../complaints/CaseContext'
import { FeedbackTab } from '../feedback/FeedbackTab'

const tabKeys = [
  'overview',
  'itinerary',
  'participants',
  'money',
  'assignments',
  'checks',
  'reminders',
  'complaints',
  'feedback',
  'history',
] as const
type TabKey = (typeof tabKeys)[number]

const notFound: Envelope<never> = { ok: false, error: { code: 'NOT_FOUND', msg: { key: 'errors.notFound' } } }

function BackToList() {
  const { t } = useTranslation('trips')
  return (
    <Button
      component={RouterLink}
      to="/trips"
      startIcon={<ArrowBackOutlined />}
      sx={{ mb: 1.5, ml: -1 }}
      data-testid="trip-back"
    >
      {t('page.back')}
    </Button>
  )
}

/** One trip: the header with status and actions, then its sections in tabs (`?tab=`). */
export function TripPageScreen() {
  const { t } = useTranslation('trips')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const id = Number(useParams().id)
  const valid = Number.isSafeInteger(id) && id > 0
  const q = useQuery<TripDetail>(
    () => (valid ? api.trips.get({ id }) : Promise.resolve(notFound)),
    [id],
    ['trip', 'customer'],
  )
  const checks = useQuery<CheckWarning[]>(
    () => (valid ? api.trips.checks({ id }) : Promise.resolve(notFound)),
    [id],
    ['trip', 'customer', 'guide'],
  )
  const trip = q.data?.id === id ? q.data : undefined

  const [params, setParams] = useSearchParams()
  const tabParam = params.get('tab') as TabKey | null
  const tab: TabKey = tabParam && tabKeys.includes(tabParam) ? tabParam : 'overview'
  const setTab = (k: TabKey) => setParams(k === 'overview' ? {} : { tab: k }, { replace: true })

  const [moveTo, setMoveTo] = useState<TripStatus | null>(null)
  const [savingRoute, setSavingRoute] = useState(false)
  const [snack, setSnack] = useState<string | null>(null)

  if (q.error?.error.code === 'NOT_FOUND') {
    return (
      <Paper
        sx={{ p: 6, textAlign: 'center', maxWidth: 560, mx: 'auto', mt: 4 }}
        data-testid="trip-not-found"
      >
        <EventBusyOutlined sx={{ fontSize: 56, color: 'text.disabled' }} />
        <Typography variant="h6" sx={{ mt: 1, fontWeight: 700 }}>
          {t('page.notFound')}
        </Typography>
        <Button variant="contained" component={RouterLink} to="/trips" sx={{ mt: 3 }}>
          {t('page.back')}
        </Button>
      </Paper>
    )
  }
  if (!trip) {
    if (q.error)
      return (
        <Box>
          <BackToList />
          <Alert
            severity="error"
            action={
              <Button color="inherit" size="small" onClick={q.reload}>
                {tc('actions.retry')}
              </Button>
            }
          >
            {msgText(tc, q.error.error.msg)}
          </Alert>
        </Box>
      )
    return <LinearProgress data-testid="trip-loading" />
  }

  const reload = () => {
    q.reload()
    checks.reload()
  }
  const warnings = checks.data?.length ?? 0
  const checksAlert = !warnings
    ? undefined
    : checks.data?.some((c) => c.severity === 'error')
      ? ('error' as const)
      : ('warning' as const)
  const counts: Record<TabKey, number> = {
    overview: 0,
    itinerary: trip.days.reduce((n, d) => n + d.items.length, 0),
    participants: trip.participants.length,
    money: 0,
    assignments: trip.guides.length + trip.bookings.length,
    checks: warnings,
    reminders: 0,
    complaints: 0,
    feedback: 0,
    history: 0,
  }
  const section = { trip, reload }

  return (
    <Box sx={{ maxWidth: 1280 }} data-testid="trip-page">
      <BackToList />
      <SuggestBanner trip={trip} onConfirm={setMoveTo} />
      <TripHeader
        trip={trip}
        checks={checks.data}
        onStatus={setMoveTo}
        onEdit={() => navigate(`/trips/${trip.id}/edit`)}
        onSaveRoute={() => setSavingRoute(true)}
        onPrint={(what) => navigate(`/print/trip/${trip.id}/${what}`)}
        onChecks={() => setTab('checks')}
      />
      <Paper sx={{ mb: 2, px: 1 }}>
        <Tabs value={tab} onChange={(_e, v: TabKey) => setTab(v)} variant="scrollable">
          {tabKeys.map((k) => (
            <Tab
              key={k}
              value={k}
              data-testid={`trip-tab-${k}`}
              label={
                <TabLabel
                  text={t(`tabs.${k}`)}
                  count={counts[k]}
                  alert={k === 'checks' ? checksAlert : undefined}
                />
              }
            />
          ))}
        </Tabs>
      </Paper>
      {(tab === 'assignments' || tab === 'itinerary') && <CaseContextBanner tripId={trip.id} />}
      {tab === 'overview' && <OverviewTab trip={trip} />}
      {tab === 'itinerary' && <ItineraryTab {...section} />}
      {tab === 'participants' && <ParticipantsTab {...section} />}
      {tab === 'money' && <MoneyTab {...section} />}
      {tab === 'assignments' && <AssignmentsTab {...section} />}
      {tab === 'checks' && <ChecksPanel {...section} />}
      {tab === 'reminders' && (
        <SubjectReminders trip={{ id: trip.id, label: trip.code, detail: trip.routeName }} />
      )}
      {tab === 'complaints' && <ComplaintsPanel of="trip" id={trip.id} trip={trip} />}
      {tab === 'feedback' && <FeedbackTab trip={trip} />}
      {tab === 'history' && <HistoryTab trip={trip} />}

      {moveTo && (
        <StatusDialog
          trip={trip}
          to={moveTo}
          onClose={() => setMoveTo(null)}
          onDone={(to) => {
            setMoveTo(null)
            setSnack(t('statusChanged', { code: trip.code, status: t(`status.${to}`) }))
            reload()
          }}
        />
      )}
      {savingRoute && (
        <SaveRouteDialog
          trip={trip}
          onClose={() => setSavingRoute(false)}
          onSaved={(name) => {
            setSavingRoute(false)
            setSnack(t('saveRoute.saved', { name }))
          }}
        />
      )}
      <NoticeSnackbar notice={snack} onClose={() => setSnack(null)} testId="trip-snack" />
    </Box>
  )
}
