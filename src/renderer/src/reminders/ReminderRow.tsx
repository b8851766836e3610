import { Box, Button, Chip, IconButton, Stack, Tooltip, Typography } from '@mui/material'
import CheckOutlined from '@mui/icons-material/CheckOutlined'
import CloseOutlined from '@mui/icons-material/CloseOutlined'
import SnoozeOutlined from '@mui/icons-material/SnoozeOutlined'
import SmsOutlined from '@mui/icons-material/SmsOutlined'
import { forwardRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import type { ReminderView } from '../../../shared/reminders/reminder.types'
import { useFormat } from '../format/format'
import type { ReminderActions } from './useReminderActions'
import { reminderText } from './reminderText'
import { subjectLink } from './reminderLinks'

/**
 * One reminder: what to do, about whom, when, for whom, and the buttons (the same as the keys D,
 * S, G on the selected row). `showAssignee`: on everyone's list and on a file or trip page.
 */
export const ReminderRow = forwardRef<
  HTMLDivElement,
  {
    reminder: ReminderView
    actions: ReminderActions
    selected?: boolean
    showAssignee?: boolean
    showDue?: boolean
    /** 'other': the row sits on the customer's own file, so it names the trip, guide or supplier instead */
    about?: 'any' | 'other'
    onSelect?: () => void
  }
>(function ReminderRow(
  { reminder: r, actions, selected, showAssignee, showDue, about = 'any', onSelect },
  ref,
) {
  const { t } = useTranslation('reminders')
  const fmt = useFormat()
  const shown = about === 'other' ? { ...r, customer: null } : r
  const text = reminderText(t, shown, fmt.date)
  const link = subjectLink(shown)
  const assignee = r.assignee ? r.assignee.name : t('row.desk')
  // on the home board the row itself takes the focus and the keys stand for its buttons; elsewhere
  // (a file's or trip's reminders) the buttons are reached with Tab as usual
  const onBoard = !!onSelect
  const buttonTab = onBoard ? -1 : undefined

  return (
    <Box
      ref={ref}
      role="listitem"
      aria-current={selected ? 'true' : undefined}
      tabIndex={onBoard ? (selected ? 0 : -1) : undefined}
      onClick={onSelect}
      onFocus={onSelect}
      data-testid="reminder-row"
      data-reminder-id={r.id}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 1.5,
        px: 1.5,
        py: 1,
        borderRadius: 1,
        outline: 'none',
        bgcolor: selected ? 'rgba(0,105,92,.08)' : undefined,
        boxShadow: selected ? 'inset 3px 0 0 #00695c' : undefined,
        '&:hover': { bgcolor: selected ? 'rgba(0,105,92,.1)' : '#f7f9f9' },
      }}
    >
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Typography
          variant="body2"
          sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
          data-testid="reminder-title"
        >
          {text.title}
        </Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.25, alignItems: 'center' }}>
          {text.subject && link ? (
            <Typography
              variant="body2"
              component={RouterLink}
              to={link}
              tabIndex={buttonTab}
              sx={{
                color: 'primary.main',
                textDecoration: 'none',
                '&:hover': { textDecoration: 'underline' },
              }}
              data-testid="reminder-subject"
            >
              {text.subject}
            </Typography>
          ) : null}
          {showDue && (
            <Typography variant="caption" color="text.secondary">
              {t('row.due', { date: fmt.date(r.due) })}
            </Typography>
          )}
          {r.status === 'snoozed' && (
            <Typography variant="caption" color="text.secondary">
              {t('row.snoozedUntil', { time: fmt.dateTime(r.dueAt) })}
            </Typography>
          )}
          {showAssignee && (
            <Typography variant="caption" color="text.secondary" data-testid="reminder-assignee">
              {t('row.assignee', { name: assignee })}
            </Typography>
          )}
          {r.late && (
            // warning.dark, not main: on a hovered or selected row's tint the main shade falls under 4.5:1
            <Chip
              size="small"
              variant="outlined"
              label={t('row.late')}
              sx={{ color: 'warning.dark', borderColor: 'warning.dark' }}
            />
          )}
        </Stack>
      </Box>
      <Stack direction="row" spacing={0.5} sx={{ flexShrink: 0, alignItems: 'center' }}>
        {r.greeting && (
          <Button
            size="small"
            startIcon={<SmsOutlined />}
            onClick={() => actions.greeting(r)}
            tabIndex={buttonTab}
            data-testid="reminder-greeting"
          >
            {t('actions.greeting')}
          </Button>
        )}
        <Button
          size="small"
          variant="outlined"
          startIcon={<CheckOutlined />}
          onClick={() => actions.complete(r)}
          tabIndex={buttonTab}
          data-testid="reminder-done"
        >
          {t('actions.done')}
        </Button>
        <Tooltip title={t('actions.snooze')}>
          <IconButton
            size="small"
            onClick={(e) => actions.snooze(r, e.currentTarget)}
            tabIndex={buttonTab}
            aria-label={t('actions.snooze')}
            data-testid="reminder-snooze"
          >
            <SnoozeOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title={t('actions.dismiss')}>
          <IconButton
            size="small"
            onClick={() => actions.dismiss(r)}
            tabIndex={buttonTab}
            aria-label={t('actions.dismiss')}
            data-testid="reminder-dismiss"
          >
            <CloseOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      </Stack>
    </Box>
  )
})
