import { Alert, Box, Button, LinearProgress, Paper, Tab, Tabs, Typography } from '@mui/material'
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined'
import PersonOffOutlined from '@mui/icons-material/PersonOffOutlined'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, useLocation, useNavigate, useParams, useSearchParams } from 'react-router'
import type { Envelope } from '../../../shared/api/envelope'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { useSession } from '../app/session'
import { msgText } from '../components/useFormErrors'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import { CommunicationDialog } from './profile/CommunicationDialog'
import { CommunicationsTab } from './profile/CommunicationsTab'
import { DeleteCustomerDialog } from './profile/DeleteCustomerDialog'
import { DocumentsTab } from './profile/DocumentsTab'
import { FamilyTab } from './profile/FamilyTab'
import { OverviewTab } from './profile/OverviewTab'
import { PreferencesTab } from './profile/PreferencesTab'
import { TripsTab } from './profile/TripsTab'
import { CustomerPayments } from '../payments/CustomerPayments'
import { ProfileHeader } from './profile/ProfileHeader'
import { PersonCopyButton } from '../privacy/PersonCopyButton'
import { CustomerReminders } from '../reminders/CustomerReminders'
import { ComplaintsPanel } from '../complaints/ComplaintsPanel'
import { CustomerSheets } from '../feedback/CustomerSheets'
import { MergedOrNotFound } from '../duplicates/MergedOrNotFound'
import { BackToChecks } from './profile/BackToChecks'

const tabKeys = [
  'overview',
  'documents',
  'family',
  'preferences',
  'trips',
  'payments',
  'communications',
  'reminders',
  'complaints',
  'feedback',
] as const
type TabKey = (typeof tabKeys)[number]

const notFound: Envelope<never> = {
  ok: false,
  error: { code: 'NOT_FOUND', msg: { key: 'errors.notFound' } },
}

function BackToList() {
  const { t } = useTranslation('customers')
  return (
    <Button
      component={RouterLink}
      to="/customers"
      startIcon={<ArrowBackOutlined />}
      sx={{ mb: 1.5, ml: -1 }}
      data-testid="profile-back"
    >
      {t('profileExtra.backToList')}
    </Button>
  )
}

function NotFound() {
  const { t } = useTranslation('customers')
  return (
    <Paper
      sx={{ p: 6, textAlign: 'center', maxWidth: 560, mx: 'auto', mt: 4 }}
      data-testid="profile-not-found"
    >
      <PersonOffOutlined sx={{ fontSize: 56, color: 'text.disabled' }} />
      <Typography variant="h6" sx={{ mt: 1, fontWeight: 700 }}>
        {t('profileExtra.notFoundTitle')}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 3 }}>
        {t('profileExtra.notFoundText')}
      </Typography>
      <Button variant="contained" component={RouterLink} to="/customers" data-testid="profile-not-found-back">
        {t('profileExtra.backToList')}
      </Button>
    </Paper>
  )
}

/** One customer's file: header with the key facts and actions, then the file in tabs. */
export function CustomerProfileScreen() {
  const { t } = useTranslation('customers')
  const { t: tc } = useTranslation()
  const navigate = useNavigate()
  const { status } = useSession()
  const role = status.staff?.role
  const id = Number(useParams().id)
  const valid = Number.isSafeInteger(id) && id > 0
  const q = useQuery(
    () => (valid ? api.customers.get({ id }) : Promise.resolve(notFound)),
    [id],
    ['customer'],
  )
  // after switching to a relative's file, do not show the previous person while loading
  const p = q.data?.id === id ? q.data : undefined
  // one cheap query for every tab's badge, refreshed when anything a tab lists changes
  const tabCounts = useQuery(
    () => (valid ? api.customers.counts({ id }) : Promise.resolve(notFound)),
    [id],
    ['customer', 'trip', 'complaint', 'feedback'],
  )
  const reloadCounts = tabCounts.reload
  useEffect(() => api.on('reminders.changed', () => reloadCounts()), [reloadCounts])

  const [params, setParams] = useSearchParams()
  const tabParam = params.get('tab') as TabKey | null
  const tab: TabKey = tabParam && tabKeys.includes(tabParam) ? tabParam : 'overview'
  const setTab = (k: TabKey) => setParams(k === 'overview' ? {} : { tab: k }, { replace: true })

  // a notice handed over by the screen that sent us here (the merge names the file it kept)
  const notice = (useLocation().state as { notice?: string } | null)?.notice
  const [snack, setSnack] = useState<string | null>(notice ?? null)
  const [comm, setComm] = useState({ open: false, n: 0 })
  const [deleting, setDeleting] = useState(false)
  const [gone, setGone] = useState(false)
  const openComm = useCallback(() => setComm((s) => ({ open: true, n: s.n + 1 })), [])

  // Ctrl+L logs a call from anywhere on the profile
  const loaded = !!p
  useEffect(() => {
    if (!loaded) return
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault()
        // not on top of another open dialog (a document being edited, a confirmation)
        if (!document.querySelector('[role="dialog"]')) openComm()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [loaded, openComm])

  if (gone) return null
  if (q.error?.error.code === 'NOT_FOUND') return <MergedOrNotFound id={id} notFound={<NotFound />} />
  if (!p) {
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
            {t('profileExtra.loadFailed')} · {msgText(tc, q.error.error.msg)}
          </Alert>
        </Box>
      )
    return <LinearProgress data-testid="profile-loading" />
  }

  const canReveal = role === 'manager' || role === 'admin'
  const counts: Partial<Record<TabKey, number>> = tabCounts.data ?? {}

  return (
    <Box sx={{ maxWidth: 1200 }} data-testid="customer-profile">
      <BackToList />
      <BackToChecks />
      <ProfileHeader
        profile={p}
        canDelete={role === 'admin'}
        onEdit={() => navigate(`/customers/${p.id}/edit`)}
        onLogCall={openComm}
        onDelete={() => setDeleting(true)}
        actions={<PersonCopyButton customerId={p.id} onNotice={setSnack} />}
      />
      <Paper sx={{ mb: 2, px: 1 }}>
        <Tabs value={tab} onChange={(_e, v: TabKey) => setTab(v)}>
          {tabKeys.map((k) => (
            <Tab
              key={k}
              value={k}
              data-testid={`tab-${k}`}
              label={
                counts[k] ? (
                  <span>
                    {t(`profile.tabs.${k}`)}
                    <Box
                      component="span"
                      data-testid={`tab-count-${k}`}
                      sx={{
                        ml: 0.75,
                        px: 0.75,
                        borderRadius: 5,
                        bgcolor: '#eef1f1',
                        color: 'text.secondary',
                        fontSize: 12,
                        fontWeight: 600,
                      }}
                    >
                      {counts[k]}
                    </Box>
                  </span>
                ) : (
                  t(`profile.tabs.${k}`)
                )
              }
            />
          ))}
        </Tabs>
      </Paper>
      {tab === 'overview' && <OverviewTab profile={p} />}
      {tab === 'documents' && <DocumentsTab profile={p} canReveal={canReveal} notify={setSnack} />}
      {tab === 'family' && <FamilyTab profile={p} notify={setSnack} />}
      {tab === 'preferences' && <PreferencesTab profile={p} canReveal={canReveal} />}
      {tab === 'trips' && <TripsTab customerId={p.id} />}
      {tab === 'payments' && <CustomerPayments customerId={p.id} />}
      {tab === 'communications' && <CommunicationsTab customerId={p.id} onLog={openComm} />}
      {tab === 'reminders' && <CustomerReminders customerId={p.id} name={p.name} />}
      {tab === 'complaints' && (
        <ComplaintsPanel of="customer" id={p.id} customer={{ id: p.id, name: p.name }} />
      )}
      {tab === 'feedback' && <CustomerSheets customerId={p.id} />}

      <CommunicationDialog
        key={comm.n}
        open={comm.open}
        customerId={p.id}
        customerName={p.name}
        doNotContact={p.doNotContact}
        onClose={() => setComm((s) => ({ ...s, open: false }))}
        onSaved={() => {
          setComm((s) => ({ ...s, open: false }))
          setSnack(t('comm.saved'))
        }}
      />
      <DeleteCustomerDialog
        open={deleting}
        customer={p}
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          setGone(true)
          navigate('/customers', { replace: true })
        }}
      />
      <NoticeSnackbar notice={snack} onClose={() => setSnack(null)} testId="profile-snack" />
    </Box>
  )
}
