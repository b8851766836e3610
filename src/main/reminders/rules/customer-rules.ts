import { addDays } from '../../../shared/common/dates'
import { ageOn } from '../../../shared/calendar/lunar'
import { festivals } from '../../../shared/reminders/reminder.types'
import type { Festival } from '../../../shared/reminders/reminder.types'
import {
  ageReached,
  festivalDay,
  lunarBirthdaysOn,
  solarBirthdaysOn,
} from '../../../shared/reminders/festivals'
import { nextBirthday, solarBirthDate } from '../../../shared/customers/birthday'
import { BIRTH_COLUMNS, birthOf } from '../../customers/customers.repo'
import type { Occurrence, Rule, RuleEnv } from './types'
import { chunks, inWindow } from './types'
import { customerOccurrence } from './customer-occurrence'

const birthColumns = [
  'id',
  'created_by',
  ...BIRTH_COLUMNS,
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
/** Never before today: a day no scan will look at again would lose the row (first start, long gaps). */
const createdOn = (env: RuleEnv, dueDay: string, customerId: number) => {
  const day = addDays(dueDay, -(customerId % SPREAD))
  return day < env.today ? env.today : day
}

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
    return rows
      .filter((r) => due.some((f) => inWindow(createdOn(env, f.due, r.id), from, to)))
      .map((r) => r.id)
  },
  async occurrencesOf(env, ids, from, to) {
    const due = festivalsDue(env, from, to)
    const out: Occurrence[] = []
    if (!due.length) return out
    for (const c of await rowsOf(env, ids)) {
      for (const f of due) {
        const createOn = createdOn(env, f.due, c.id)
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
