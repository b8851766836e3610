import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import { addDays } from '../../shared/common/dates'
import type { ReminderSettings } from '../../shared/reminders/reminder-settings'
import { ruleKinds } from '../../shared/reminders/reminder.types'
import type { ReminderEngine } from './engine'
import { dayStart } from './materialise'
import { CATCH_UP_DAYS } from './materialise'

/**
 * A saved settings change takes effect on reminders already made: a rule turned off dismisses its
 * open reminders (reason rule_off) and turned on again reopens them; a new lead time moves open
 * reminders by their event day (snoozed ones keep their snooze). Then the daily scan runs again
 * from today, so the new settings create what they now call for.
 */
export async function applySettingsChange(
  engine: ReminderEngine,
  db: Kysely<DB>,
  before: ReminderSettings,
  after: ReminderSettings,
  now: string,
  today: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const kind of ruleKinds) {
      const was = before.rules[kind]
      const is = after.rules[kind]
      if (was.enabled && !is.enabled) {
        await trx
          .updateTable('reminders')
          .set((eb) => ({
            status: 'dismissed',
            dismiss_reason: 'rule_off',
            closed_at: now,
            closed_by: null,
            updated_at: now,
            version: eb('version', '+', 1),
          }))
          .where('kind', '=', kind)
          .where('status', 'in', ['open', 'snoozed'])
          .execute()
      } else if (!was.enabled && is.enabled) {
        await trx
          .updateTable('reminders')
          .set((eb) => ({
            status: 'open',
            dismiss_reason: null,
            closed_at: null,
            updated_at: now,
            version: eb('version', '+', 1),
          }))
          .where('kind', '=', kind)
          .where('dismiss_reason', '=', 'rule_off')
          .where('due', '>=', addDays(today, -CATCH_UP_DAYS))
          .execute()
      }
      if (is.enabled && was.days !== is.days && kind !== 'return_visit' && kind !== 'stay_in_touch') {
        // return_call counts days after the event, every other rule days before it
        const shift = kind === 'return_call' ? is.days : -is.days
        const open = await trx
          .selectFrom('reminders')
          .select(['id', 'event_day'])
          .where('kind', '=', kind)
          .where('status', '=', 'open')
          .where('event_day', 'is not', null)
          .execute()
        for (const r of open) {
          const due = addDays(r.event_day as string, shift)
          await trx
            .updateTable('reminders')
            .set((eb) => ({ due, due_at: dayStart(due), updated_at: now, version: eb('version', '+', 1) }))
            .where('id', '=', r.id)
            .execute()
        }
      }
    }
  })
  await engine.rewindTo(today)
}
