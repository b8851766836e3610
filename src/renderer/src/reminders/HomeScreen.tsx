import {
  Alert,
  Box,
  Button,
  LinearProgress,
  MenuItem,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import AddTaskOutlined from '@mui/icons-material/AddTaskOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { useSession } from '../app/session'
import { msgText } from '../components/useFormErrors'
import { dayFormat, localeOf } from '../format/formatters'
import { useFormat } from '../format/format'
import { ScreenHeader } from '../staff/ScreenHeader'
import { ReminderBoard } from './ReminderBoard'
import { TaskDialog } from './TaskDialog'
import { WeekPanel } from './WeekPanel'
import { useReminderActions } from './useReminderActions'
import { useReminderQuery } from './useReminderQuery'

/**
 * 今日工作台, the screen after sign-in: my overdue, today's and the coming week's reminders (a
 * manager or administrator may look at everyone's, or one colleague's), and this week's
 * departures, returns and birthdays.
 */
export function HomeScreen() {
  const { t } = useTranslation('reminders')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  const { status } = useSession()
  const me = status.staff!
  const canSeeAll = me.role === 'manager' || me.role === 'admin'
  const [scope, setScope] = useState<'mine' | 'all'>('mine')
  const [staffId, setStaffId] = useState<number | ''>('')
  const [taskOpen, setTaskOpen] = useState(false)
  const [snack, setSnack] = useState<string | null>(null)

  const lists = useReminderQuery(
    () => api.reminders.list({ scope, staffId: scope === 'all' && staffId !== '' ? staffId : null }),
    [scope, staffId],
  )
  const week = useReminderQuery(() => api.reminders.week({}), [])
  const colleagues = useQuery(
    () => (canSeeAll ? api.reminders.colleagues({}) : Promise.resolve({ ok: true as const, value: [] })),
    [canSeeAll],
  )
  const actions = useReminderActions(lists.reload, setSnack)

  const day = lists.data?.day ?? week.data?.from
  const weekday = day ? dayFormat(localeOf(fmt.lang), { weekday: 'long' })(day) : ''
  const late = lists.data ? [...lists.data.overdue, ...lists.data.today].filter((r) => r.late).length : 0

  return (
    <Box sx={{ maxWidth: 1280 }} data-testid="home-screen">
      <ScreenHeader
        title={t('home.title')}
        intro={day ? t('home.intro', { date: fmt.date(day), weekday }) : undefined}
        action={
          <Button
            variant="contained"
            startIcon={<AddTaskOutlined />}
            onClick={() => setTaskOpen(true)}
            data-testid="home-new-task"
            data-shortcut="new"
          >
            {t('home.newTask')}
          </Button>
        }
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, minHeight: 40 }}>
        {canSeeAll && (
          <ToggleButtonGroup
            size="small"
            exclusive
            value={scope}
            onChange={(_e, v: 'mine' | 'all' | null) => v && setScope(v)}
            data-testid="home-scope"
          >
            <ToggleButton value="mine" data-testid="home-scope-mine">
              {t('home.scope.mine')}
            </ToggleButton>
            <ToggleButton value="all" data-testid="home-scope-all">
              {t('home.scope.all')}
            </ToggleButton>
          </ToggleButtonGroup>
        )}
        {canSeeAll && scope === 'all' && (
          <TextField
            select
            label={t('home.staffFilter')}
            value={staffId}
            onChange={(e) => setStaffId(e.target.value === '' ? '' : Number(e.target.value))}
            sx={{ width: 200 }}
            slotProps={{ htmlInput: { 'data-testid': 'home-staff' } }}
          >
            <MenuItem value="">{t('home.everyone')}</MenuItem>
            {(colleagues.data ?? []).map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
          {t('home.keysHint')}
        </Typography>
      </Stack>
      {lists.error && (
        <Alert
          severity="error"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={lists.reload}>
              {tc('actions.retry')}
            </Button>
          }
        >
          {t('home.loadFailed')} · {msgText(tc, lists.error.error.msg)}
        </Alert>
      )}
      {late > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="home-late">
          {t('home.late', { count: late })}
        </Alert>
      )}
      <Box
        sx={{
          display: 'grid',
          gap: 2.5,
          alignItems: 'start',
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(280px, 1fr)' },
        }}
      >
        <Box>
          {lists.data ? (
            <ReminderBoard lists={lists.data} actions={actions} showAssignee={scope === 'all'} />
          ) : (
            !lists.error && <LinearProgress data-testid="home-loading" />
          )}
        </Box>
        {week.data && <WeekPanel week={week.data} />}
      </Box>
      {actions.element}
      {taskOpen && (
        <TaskDialog
          onClose={() => setTaskOpen(false)}
          onSaved={() => {
            setTaskOpen(false)
            setSnack(t('task.saved'))
            lists.reload()
          }}
        />
      )}
      <NoticeSnackbar notice={snack} onClose={() => setSnack(null)} testId="home-snack" />
    </Box>
  )
}
