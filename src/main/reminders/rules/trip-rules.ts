import { addDays } from '../../../shared/common/dates'
import { addMonths, tripChecks } from '../../../shared/trips/checks'
import type { VisitStep } from '../../../shared/reminders/reminder-settings'
import { gatherChecks } from '../../trips/checks.gather'
import type { Occurrence, Rule, RuleEnv } from './types'
import { chunks } from './types'

/** Trips in these states have booked travellers; inquiries and quotes get no reminders yet. */
export const bookedStatuses = ['confirmed', 'departed', 'returned', 'closed'] as const

interface TripPerson {
  tripId: number
  customerId: number
  owner: number | null
  departDate: string
  returnDate: string
}

async function peopleOf(env: RuleEnv, tripIds: number[]): Promise<TripPerson[]> {
  const out: TripPerson[] = []
  for (const ids of chunks(tripIds)) {
    const rows = await env.db
      .selectFrom('trips as t')
      .innerJoin('trip_participants as p', 'p.trip_id', 't.id')
      .select(['t.id', 'p.customer_id', 't.created_by', 't.depart_date', 't.return_date'])
      .where('t.id', 'in', ids)
      .where('t.status', 'in', [...bookedStatuses])
      .where('p.customer_id', 'is not', null)
      .execute()
    for (const r of rows) {
      const person = {
        tripId: r.id,
        customerId: r.customer_id as number,
        owner: r.created_by,
        departDate: r.depart_date,
        returnDate: r.return_date,
      }
      // a customer listed twice on a trip is one person: one reminder
      if (!out.some((o) => o.tripId === person.tripId && o.customerId === person.customerId)) out.push(person)
    }
  }
  return out
}

/**
 * Booked trips whose departure (or return) falls between two days. The status is checked here rather
 * than in the WHERE: given both, the planner walks the status index over every booked trip instead of
 * the few days' range of the date index.
 */
async function tripsBetween(env: RuleEnv, column: 'depart_date' | 'return_date', from: string, to: string) {
  const rows = await env.db
    .selectFrom('trips')
    .select(['id', 'status'])
    .where(column, '>=', from)
    .where(column, '<=', to)
    .execute()
  return rows.filter((r) => (bookedStatuses as readonly string[]).includes(r.status)).map((r) => r.id)
}

function occurrence(
  kind: Occurrence['kind'],
  p: TripPerson,
  eventDay: string,
  due: string,
  key: string,
  detail = {},
) {
  return {
    kind,
    sourceKey: `${kind}:t${p.tripId}:c${p.customerId}${key}`,
    eventDay,
    due,
    subject: 'trip' as const,
    subjectId: p.tripId,
    customerId: p.customerId,
    tripId: p.tripId,
    assigneeId: p.owner,
    detail,
  }
}

export const departureNotice: Rule = {
  kind: 'departure_notice',
  subject: 'trip',
  complete: true,
  candidates: (env, from, to) => {
    const lead = env.settings.rules.departure_notice.days
    return tripsBetween(env, 'depart_date', addDays(from, lead), addDays(to, lead))
  },
  async occurrencesOf(env, ids) {
    const lead = env.settings.rules.departure_notice.days
    return (await peopleOf(env, ids)).map((p) =>
      occurrence('departure_notice', p, p.departDate, addDays(p.departDate, -lead), '', { days: lead }),
    )
  },
}

/** 回团次日回访: to every participant, assigned to the trip's owner. */
export const returnCall: Rule = {
  kind: 'return_call',
  subject: 'trip',
  complete: true,
  candidates: (env, from, to) => {
    const after = env.settings.rules.return_call.days
    return tripsBetween(env, 'return_date', addDays(from, -after), addDays(to, -after))
  },
  async occurrencesOf(env, ids) {
    const after = env.settings.rules.return_call.days
    return (await peopleOf(env, ids)).map((p) =>
      occurrence('return_call', p, p.returnDate, addDays(p.returnDate, after), ''),
    )
  },
}

export function visitDay(returnDate: string, step: VisitStep): string {
  if (step.unit === 'day') return addDays(returnDate, step.amount)
  if (step.unit === 'week') return addDays(returnDate, step.amount * 7)
  return addMonths(returnDate, step.amount * (step.unit === 'year' ? 12 : 1))
}

const stepKey = (s: VisitStep) => `${s.amount}${s.unit[0]}`

/** 回访计划: one reminder per step of the agency's plan, counted from the return date. */
export const returnVisit: Rule = {
  kind: 'return_visit',
  subject: 'trip',
  complete: true,
  async candidates(env, from, to) {
    const ids = new Set<number>()
    for (const step of env.settings.returnVisitPlan) {
      const [first, last] = returnsVisitedBetween(from, to, step)
      for (const id of await tripsBetween(env, 'return_date', first, last)) ids.add(id)
    }
    return [...ids]
  },
  async occurrencesOf(env, ids) {
    const out: Occurrence[] = []
    for (const p of await peopleOf(env, ids)) {
      for (const step of env.settings.returnVisitPlan) {
        const day = visitDay(p.returnDate, step)
        out.push(occurrence('return_visit', p, p.returnDate, day, `:${stepKey(step)}`, { ...step }))
      }
    }
    return out
  },
}

const isMonthEnd = (day: string) => addDays(day, 1).slice(8) === '01'
const monthEnd = (day: string) => addDays(addMonths(`${day.slice(0, 7)}-01`, 1), -1)

/**
 * The return dates whose visit under `step` falls between two days. Month steps clamp (30 November
 * + 3 months = 28 February), so a window ending on a month's last day takes the rest of that month
 * back then too; the engine keeps only visits really in the window.
 */
export function returnsVisitedBetween(from: string, to: string, step: VisitStep): [string, string] {
  const back = (day: string) => visitDay(day, { amount: -step.amount, unit: step.unit })
  if (step.unit === 'day' || step.unit === 'week') return [back(from), back(to)]
  return [back(from), isMonthEnd(to) ? monthEnd(back(to)) : back(to)]
}

const documentCodes = new Set(['doc_missing', 'doc_expired', 'passport_validity'])

/** Documents that do not cover a booked trip (the trip page's own checks), well before departure. */
export const documentGap: Rule = {
  kind: 'document_gap',
  subject: 'trip',
  complete: true,
  candidates: (env, from, to) => {
    const lead = env.settings.rules.document_gap.days
    return tripsBetween(env, 'depart_date', addDays(from, lead), addDays(to, lead))
  },
  async occurrencesOf(env, ids) {
    const lead = env.settings.rules.document_gap.days
    const people = await peopleOf(env, ids)
    const out: Occurrence[] = []
    for (const tripId of new Set(people.map((p) => p.tripId))) {
      const input = await gatherChecks(env.db, tripId, env.today)
      const warned = new Map<number, Record<string, string | number>>()
      for (const w of tripChecks(input)) {
        const c = w.target.customerId
        if (c !== undefined && documentCodes.has(w.code) && !warned.has(c))
          warned.set(c, { code: w.code, ...w.params })
      }
      for (const p of people.filter((x) => x.tripId === tripId && warned.has(x.customerId))) {
        const detail = { ...warned.get(p.customerId) }
        delete detail.name
        out.push(occurrence('document_gap', p, p.departDate, addDays(p.departDate, -lead), '', detail))
      }
    }
    return out
  },
}
