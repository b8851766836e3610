import { Box, Button, Chip, LinearProgress, Paper, Stack, Typography } from '@mui/material'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import AddTaskOutlined from '@mui/icons-material/AddTaskOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReminderView } from '../../../shared/reminders/reminder.types'
import { api } from '../api/client'
import { useFormat } from '../format/format'
import { ReminderRow } from './ReminderRow'
import type { PickedSubject } from './SubjectPicker'
import { TaskDialog } from './TaskDialog'
import { reminderText } from './reminderText'
import { useReminderActions } from './useReminderActions'
import { useReminderQuery } from './useReminderQuery'

/** A handled reminder: what it was, who closed it and when, and what came of it. */
function DoneRow({ reminder: r }: { reminder: ReminderView }) {
  const { t } = useTranslation('reminders')
  const fmt = useFormat()
  const text = reminderText(t, r, fmt.date)
  const at = fmt.dateTime(r.closedAt)
  const done = r.status === 'done'
  const by = r.closedBy
    ? t(done ? 'subject.doneBy' : 'subject.dismissedBy', { name: r.closedBy.name, at })
    : t(done ? 'subject.doneBySystem' : 'subject.dismissedBySystem', { at })
  const why =
    r.dismissReason && r.dismissReason !== 'by_staff' ? t(`subject.reason.${r.dismissReason}`) : null
  return (
    <Box
      sx={{ px: 1.5, py: 1, borderTop: '1px solid #eef1f1' }}
      data-testid="reminder-done-row"
      data-kind={r.kind}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip size="small" label={t(`kind.${r.kind}`)} sx={{ bgcolor: '#eef1f1' }} />
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {text.title}
        </Typography>
        {r.communicationId !== null && (
          <Chip size="small" variant="outlined" color="success" label={t('subject.logged')} />
        )}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="div" data-testid="reminder-done-by">
        {[by, why, r.outcome].filter(Boolean).join(' · ')}
      </Typography>
    </Box>
  )
}

/**
 * A customer's or a trip's reminders (a tab of the file or trip page): what is planned, for whom,
 * and what was done, by whom; reminders are handled here as on the home screen.
 */
export function SubjectReminders({ customer, trip }: { customer?: PickedSubject; trip?: PickedSubject }) {
  const { t } = useTranslation('reminders')
  const [snack, setSnack] = useState<string | null>(null)
  const [taskOpen, setTaskOpen] = useState(false)
  const q = useReminderQuery(
    () =>
      customer
        ? api.reminders.ofCustomer({ customerId: customer.id })
        : api.reminders.ofTrip({ tripId: trip?.id ?? 0 }),
    [customer?.id, trip?.id],
  )
  const actions = useReminderActions(q.reload, setSnack)
  const planned = q.data?.planned ?? []
  const done = q.data?.done ?? []

  return (
    <Stack spacing={2} data-testid="subject-reminders">
      <Paper sx={{ p: 2 }}>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 700, flexGrow: 1 }}>
            {t('subject.planned')}
          </Typography>
          <Button
            startIcon={<AddTaskOutlined />}
            onClick={() => setTaskOpen(true)}
            data-testid="subject-new-task"
          >
            {t('subject.newTask')}
          </Button>
        </Stack>
        {q.loading && !q.data && <LinearProgress />}
        {q.data && !planned.length && (
          <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
            {t('subject.nonePlanned')}
          </Typography>
        )}
        <Box role="list" data-testid="subject-planned">
          {planned.map((r) => (
            <ReminderRow
              key={r.id}
              reminder={r}
              actions={actions}
              showAssignee
              showDue
              // on a customer's file the row names the trip (or nothing), not the customer again
              about={customer ? 'other' : 'any'}
            />
          ))}
        </Box>
      </Paper>
      <Paper sx={{ p: 2 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, mb: 1 }}>
          {t('subject.done')}
        </Typography>
        {q.data && !done.length && (
          <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
            {t('subject.noneDone')}
          </Typography>
        )}
        <Box data-testid="subject-done">
          {done.map((r) => (
            <DoneRow key={r.id} reminder={r} />
          ))}
        </Box>
      </Paper>
      {actions.element}
      {taskOpen && (
        <TaskDialog
          customer={customer}
          trip={trip}
          onClose={() => setTaskOpen(false)}
          onSaved={() => {
            setTaskOpen(false)
            setSnack(t('task.saved'))
            q.reload()
          }}
        />
      )}
      <NoticeSnackbar notice={snack} onClose={() => setSnack(null)} testId="reminders-snack" />
    </Stack>
  )
}
