import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import { AppError } from '../../shared/api/envelope'
import type { Festival, Greeting } from '../../shared/reminders/reminder.types'
import { festivalName, loadReminderSettings } from './reminder-settings.repo'
import { requireReminder } from './reminder-actions'

/** Fills {name} {agency} {age} {festival}; an unknown placeholder is left as typed. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
}

/** The ready message of a birthday or festival reminder, in the customer's name. */
export async function greetingFor(db: Kysely<DB>, id: number): Promise<Greeting> {
  const r = await requireReminder(db, id)
  if ((r.kind !== 'birthday' && r.kind !== 'festival') || r.customer_id === null) {
    throw new AppError('CONFLICT', 'errors.reminderNoGreeting')
  }
  const [customer, agency, settings] = await Promise.all([
    db.selectFrom('customers').select('name').where('id', '=', r.customer_id).executeTakeFirstOrThrow(),
    db.selectFrom('settings').select('value').where('key', '=', 'agency_name').executeTakeFirst(),
    loadReminderSettings(db),
  ])
  const detail = JSON.parse(r.detail) as Record<string, string | number>
  const festival = detail.festival as Festival | undefined
  const template = festival ? settings.templates.festivals[festival] : settings.templates.birthday
  const text = fillTemplate(template, {
    name: customer.name,
    agency: agency?.value ?? '',
    age: detail.age !== undefined ? String(detail.age) : '',
    festival: festival ? festivalName(festival) : '',
  })
  return { reminderId: r.id, customerId: r.customer_id, text }
}
