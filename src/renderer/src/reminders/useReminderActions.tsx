import { Menu, MenuItem, Typography } from '@mui/material'
import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { snoozeChoices } from '../../../shared/reminders/reminder.types'
import type { ReminderView, SnoozeChoice } from '../../../shared/reminders/reminder.types'
import { api } from '../api/client'
import { msgText } from '../components/useFormErrors'
import { useFormat } from '../format/format'
import { CompleteDialog } from './CompleteDialog'
import { DismissDialog } from './DismissDialog'
import { GreetingDialog } from './GreetingDialog'

type Open =
  | { kind: 'complete' | 'dismiss' | 'greeting'; reminder: ReminderView }
  | { kind: 'snooze'; reminder: ReminderView; anchor: HTMLElement }
  | null

export interface ReminderActions {
  complete: (r: ReminderView) => void
  snooze: (r: ReminderView, anchor: HTMLElement) => void
  dismiss: (r: ReminderView) => void
  greeting: (r: ReminderView) => void
  /** the dialogs and the snooze menu; render once next to the list */
  element: ReactNode
  /** a dialog or menu is open: list shortcuts stay off */
  busy: boolean
}

/**
 * What a clerk does to a reminder, the same on the home screen, a customer's file and a trip
 * page. A reminder without a customer completes at once; one with a customer asks whether to log
 * the contact too. `changed` reloads the lists; `notify` shows the outcome in the screen's snackbar.
 */
export function useReminderActions(changed: () => void, notify: (text: string) => void): ReminderActions {
  const { t } = useTranslation('reminders')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  const [open, setOpen] = useState<Open>(null)
  const close = () => setOpen(null)
  const after = (text: string) => {
    close()
    notify(text)
    changed()
  }

  const completeNow = async (r: ReminderView) => {
    const res = await api.reminders.complete({ id: r.id, version: r.version, outcome: null, log: null })
    notify(res.ok ? t('complete.done') : msgText(tc, res.error.msg))
    changed()
  }

  const snoozeTo = async (r: ReminderView, until: SnoozeChoice) => {
    close()
    const res = await api.reminders.snooze({ id: r.id, version: r.version, until })
    notify(res.ok ? t('snooze.done', { time: fmt.dateTime(res.value.until) }) : msgText(tc, res.error.msg))
    changed()
  }

  let element: ReactNode = null
  if (open?.kind === 'complete')
    element = (
      <CompleteDialog
        reminder={open.reminder}
        onClose={close}
        onDone={(logged) => after(t(logged ? 'complete.doneLogged' : 'complete.done'))}
      />
    )
  else if (open?.kind === 'dismiss')
    element = (
      <DismissDialog reminder={open.reminder} onClose={close} onDone={() => after(t('dismiss.done'))} />
    )
  else if (open?.kind === 'greeting')
    element = (
      <GreetingDialog reminder={open.reminder} onClose={close} onSent={() => after(t('greeting.sent'))} />
    )
  else if (open?.kind === 'snooze') {
    const r = open.reminder
    element = (
      <Menu
        open
        anchorEl={open.anchor}
        onClose={close}
        data-testid="snooze-menu"
        // 1 / 2 / 3 pick a choice straight away, as the hint next to each says
        onKeyDown={(e) => {
          const choice = snoozeChoices[Number(e.key) - 1]
          if (choice) {
            e.preventDefault()
            void snoozeTo(r, choice)
          }
        }}
      >
        {snoozeChoices.map((c, i) => (
          <MenuItem key={c} onClick={() => void snoozeTo(r, c)} data-testid={`snooze-${c}`}>
            {t(`snooze.${c}`)}
            <Typography variant="caption" color="text.secondary" sx={{ ml: 2 }}>
              {i + 1}
            </Typography>
          </MenuItem>
        ))}
      </Menu>
    )
  }

  return {
    complete: (r) => (r.customer ? setOpen({ kind: 'complete', reminder: r }) : void completeNow(r)),
    snooze: (r, anchor) => setOpen({ kind: 'snooze', reminder: r, anchor }),
    dismiss: (r) => setOpen({ kind: 'dismiss', reminder: r }),
    greeting: (r) => setOpen({ kind: 'greeting', reminder: r }),
    element,
    busy: open !== null,
  }
}
