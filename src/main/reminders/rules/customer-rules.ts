import { addDays, calendarDay } from '../../../shared/common/dates'
import { ageOn } from '../../../shared/calendar/lunar'
import { addMonths } from '../../../shared/trips/checks'
import { festivals } from '../../../shared/reminders/reminder.types'
import type { Festival } from '../../../shared/reminders/reminder.types'
import {
  ageReached,
  festivalDay,
  lunarBirthdaysOn,
  solarBirthdaysOn,
} from '../../../shared/reminders/festivals'
import { nextBirthday, solarBirthDate } from '../../../shared/customers/birthday'
import { birthOf } from '../../customers/customers.repo'
import type { Occurrence, Rule, RuleEnv } from './types'
import { chunks, inWindow } from './types'

const birthColumns = [
  'id',
  'created_by',
  'birth_calendar',
  'birth_date',
  'lunar_year',
  'lunar_month',
  'lunar_day',
  'lunar_leap',
] as const

/** Greetings go only to customers who agreed to marketing, and never to do-not-contact. */
function greetable(env: RuleEnv) {
  return env.db
    .selectFrom('customers')
    .select([...birthColumns])
    .where('marketing_consent', '=', 1)
    .where('do_not_contact', '=', 0)
}

type BirthRow = Awaited<ReturnType<ReturnType<typeof greetable>['execute']>>[number]

function days(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d)
  return out
}

const customerOccurrence = (
  kind: Occurrence['kind'],
  c: { id: number; created_by: number | null },
  key: string,
  eventDay: string,
  due: string,
  detail: Record<string, string | number>,
): Occurrence => ({
  kind,
  sourceKey: `${kind}:c${c.id}:${key}`,
  eventDay,
  due,
  subject: 'customer',
  subjectId: c.id,
  customerId: c.id,
  tripId: null,
  // customers have no owner field: the clerk who opened the file looks after them
  assigneeId: c.created_by,
  detail,
})

async function rowsOf(env: RuleEnv, ids: number[]): Promise<BirthRow[]> {
  // a festival asks for every consenting customer: one pass beats a hundred `in (…)` queries
  if (ids.length > 2000) {
    const wanted = new Set(ids)
    return (await greetable(env).execute()).filter((r) => wanted.has(r.id))
  }
  const out: BirthRow[] = []
  for (const part of chunks(ids)) out.push(...(await greetable(env).where('id', 'in', part).execute()))
  return out
}

/**
 * Birthdays, solar or lunar. Lunar ones follow lunarBirthdayInYear: a 闰四月 birthday is kept in the
 * leap 四月 in years that have one and in the regular 四月 otherwise; a 30th in a 29-day month on the
 * 29th. 29 February is kept on 28 February in common years.
 */
export const birthday: Rule = {
  kind: 'birthday',
  subject: 'customer',
  complete: false,
  async candidates(env, from, to) {
    const lead = env.settings.rules.birthday.days
    const ids = new Set<number>()
    for (const day of days(addDays(from, lead), addDays(to, lead))) {
      const solar = await greetable(env)
        .where('birth_calendar', '=', 'solar')
        .where((eb) => eb.or(solarBirthdaysOn(day).map((md) => eb('birth_date', 'like', `%-${md}`))))
        .execute()
      for (const r of solar) ids.add(r.id)
      const lunar = lunarBirthdaysOn(day)
      if (!lunar.length) continue
      const rows = await greetable(env)
        .where('birth_calendar', '=', 'lunar')
        .where((eb) =>
          eb.or(
            lunar.map((b) =>
              eb.and([
                eb('lunar_month', '=', b.month),
                eb('lunar_day', '=', b.day),
                eb('lunar_leap', '=', b.leap ? 1 : 0),
              ]),
            ),
          ),
        )
        .execute()
      for (const r of rows) ids.add(r.id)
    }
    return [...ids]
  },
  async occurrencesOf(env, ids, from, to) {
    const lead = env.settings.rules.birthday.days
    const out: Occurrence[] = []
    for (const c of await rowsOf(env, ids)) {
      const birth = birthOf(c)
      const day = nextBirthday(birth, addDays(from, lead))
      if (!day || !inWindow(addDays(day, -lead), from, to)) continue
      const detail: Record<string, string | number> = { calendar: birth?.calendar ?? 'solar' }
      const age = ageReached(birth, day)
      if (age !== null) detail.age = age
      out.push(customerOccurrence('birthday', c, day, day, addDays(day, -lead), detail))
    }
    return out
  },
}

async function elderly(env: RuleEnv, c: BirthRow, on: string): Promise<boolean> {
  const born = solarBirthDate(birthOf(c))
  if (born && ageOn(born, on) >= env.settings.elderlyAge) return true
  const need = await env.db
    .selectFrom('customer_needs')
    .select('kind')
    .where('customer_id', '=', c.id)
    .where('kind', '=', 'elderly')
    .executeTakeFirst()
  return !!need
}

/**
 * A festival greets every consenting customer on the same day; creating all their rows on the day
 * the festival enters the window would make that one scan slow. Each customer's row is created up
 * to SPREAD - 1 days earlier instead (by id), so the work is spread over a week of daily scans.
 */
const SPREAD = 7
const createdOn = (dueDay: string, customerId: number) => addDays(dueDay, -(customerId % SPREAD))

/** Festivals whose greetings are due within [from, to + SPREAD) — some of them are created now. */
function festivalsDue(
  env: RuleEnv,
  from: string,
  to: string,
): { festival: Festival; day: string; due: string }[] {
  const lead = env.settings.rules.festival.days
  const until = addDays(to, SPREAD - 1)
  const out: { festival: Festival; day: string; due: string }[] = []
  const years = new Set([from.slice(0, 4), until.slice(0, 4), addDays(until, lead).slice(0, 4)].map(Number))
  for (const year of years) {
    for (const festival of festivals) {
      const day = festivalDay(festival, year)
      const due = addDays(day, -lead)
      if (inWindow(due, from, until)) out.push({ festival, day, due })
    }
  }
  return out
}

/** 春节 元宵 端午 中秋 重阳 (elderly customers only) 国庆 元旦, computed per year. */
export const festival: Rule = {
  kind: 'festival',
  subject: 'customer',
  complete: false,
  async candidates(env, from, to) {
    const due = festivalsDue(env, from, to)
    if (!due.length) return []
    const rows = await greetable(env).execute()
    return rows.filter((r) => due.some((f) => inWindow(createdOn(f.due, r.id), from, to))).map((r) => r.id)
  },
  async occurrencesOf(env, ids, from, to) {
    const due = festivalsDue(env, from, to)
    const out: Occurrence[] = []
    if (!due.length) return out
    for (const c of await rowsOf(env, ids)) {
      for (const f of due) {
        const createOn = createdOn(f.due, c.id)
        if (!inWindow(createOn, from, to)) continue
        if (f.festival === 'double_ninth' && !(await elderly(env, c, f.day))) continue
        const key = `${f.festival}:${f.day}`
        out.push({
          ...customerOccurrence('festival', c, key, f.day, f.due, { festival: f.festival }),
          createOn,
        })
      }
    }
    return out
  },
}

/** 身份证, passport and 通行证 running out. */
export const documentExpiry: Rule = {
  kind: 'document_expiry',
  subject: 'customer',
  complete: false,
  async candidates(env, from, to) {
    const lead = env.settings.rules.document_expiry.days
    const rows = await env.db
      .selectFrom('customer_documents')
      .select('customer_id')
      .where('expiry_date', '>=', addDays(from, lead))
      .where('expiry_date', '<=', addDays(to, lead))
      .execute()
    return [...new Set(rows.map((r) => r.customer_id))]
  },
  async occurrencesOf(env, ids, from, to) {
    const lead = env.settings.rules.document_expiry.days
    const out: Occurrence[] = []
    for (const part of chunks(ids)) {
      const rows = await env.db
        .selectFrom('customer_documents as d')
        .innerJoin('customers as c', 'c.id', 'd.customer_id')
        .select(['d.id', 'd.customer_id', 'd.kind', 'd.expiry_date', 'c.created_by'])
        .where('d.customer_id', 'in', part)
        .where('d.expiry_date', 'is not', null)
        .where('c.do_not_contact', '=', 0)
        .execute()
      for (const d of rows) {
        const expiry = d.expiry_date as string
        const due = addDays(expiry, -lead)
        if (!inWindow(due, from, to)) continue
        const c = { id: d.customer_id, created_by: d.created_by }
        out.push(
          customerOccurrence('document_expiry', c, `d${d.id}:${expiry}`, expiry, due, {
            docKind: d.kind,
            expiry,
          }),
        )
      }
    }
    return out
  },
}

/**
 * "Stay in touch" every N months for marked customers. The next slot is N months after the later
 * of the previous slot and the last logged contact (by the contact's own date): a slot handled late
 * does not push the next one back, and any contact restarts the count.
 */
export const stayInTouch: Rule = {
  kind: 'stay_in_touch',
  subject: 'customer',
  complete: true,
  async candidates(env) {
    const rows = await env.db
      .selectFrom('reminder_flags')
      .select('customer_id')
      .where('stay_in_touch', '=', 1)
      .execute()
    return rows.map((r) => r.customer_id)
  },
  async occurrencesOf(env, ids) {
    const months = env.settings.stayInTouchMonths
    const out: Occurrence[] = []
    for (const part of chunks(ids)) {
      const rows = await env.db
        .selectFrom('reminder_flags as f')
        .innerJoin('customers as c', 'c.id', 'f.customer_id')
        .select(['c.id', 'c.created_by', 'f.marked_at'])
        .select((eb) => [
          eb
            .selectFrom('communications as m')
            .select((e) => e.fn.max('m.at').as('x'))
            .whereRef('m.customer_id', '=', 'c.id')
            .as('last_contact'),
          eb
            .selectFrom('reminders as r')
            .select((e) => e.fn.max('r.event_day').as('x'))
            .whereRef('r.customer_id', '=', 'c.id')
            .where('r.kind', '=', 'stay_in_touch')
            .where('r.status', 'in', ['done', 'dismissed'])
            .where((e) => e.or([e('r.dismiss_reason', 'is', null), e('r.dismiss_reason', '=', 'by_staff')]))
            .as('last_slot'),
        ])
        .where('f.customer_id', 'in', part)
        .where('f.stay_in_touch', '=', 1)
        .where('c.do_not_contact', '=', 0)
        .execute()
      for (const r of rows) {
        const bases = [
          calendarDay(r.marked_at),
          r.last_slot,
          r.last_contact ? calendarDay(r.last_contact) : null,
        ]
        const base = bases
          .filter((b): b is string => !!b)
          .sort()
          .at(-1) as string
        const slot = addMonths(base, months)
        out.push(customerOccurrence('stay_in_touch', r, slot, slot, slot, { months }))
      }
    }
    return out
  },
}
