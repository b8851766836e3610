import { addDays } from '../../../shared/common/dates'
import { loadTripMoney } from '../../payments/payments.repo'
import { bookedStatuses } from './trip-rules'
import type { Occurrence, Rule } from './types'
import { chunks } from './types'

/**
 * 尾款: the balance is due this many days before departure, when the agency pays its ground operator.
 * A fixed lead rather than a Settings switch for now (see the h12a note).
 */
export const PAYMENT_LEAD_DAYS = 7

/**
 * One reminder per traveller who still owes money on a booked trip, due a week before departure and
 * assigned to the trip's owner. Paid up, the occurrence is gone and the engine dismisses the row.
 */
export const paymentDue: Rule = {
  kind: 'payment_due',
  subject: 'trip',
  complete: true,
  async candidates(env, from, to) {
    const rows = await env.db
      .selectFrom('trips')
      .select(['id', 'status'])
      .where('depart_date', '>=', addDays(from, PAYMENT_LEAD_DAYS))
      .where('depart_date', '<=', addDays(to, PAYMENT_LEAD_DAYS))
      .execute()
    return rows.filter((r) => (bookedStatuses as readonly string[]).includes(r.status)).map((r) => r.id)
  },
  async occurrencesOf(env, ids) {
    const out: Occurrence[] = []
    for (const part of chunks(ids)) {
      const trips = await env.db
        .selectFrom('trips')
        .select(['id', 'status', 'created_by', 'depart_date'])
        .where('id', 'in', part)
        .execute()
      for (const t of trips) {
        if (!(bookedStatuses as readonly string[]).includes(t.status)) continue
        const money = await loadTripMoney(env.db, t.id)
        const seen = new Set<number>()
        for (const p of money.travellers) {
          if (p.customerId === null || p.owedFen <= 0 || seen.has(p.customerId)) continue
          seen.add(p.customerId)
          out.push({
            kind: 'payment_due',
            sourceKey: `payment_due:t${t.id}:c${p.customerId}`,
            eventDay: t.depart_date,
            due: addDays(t.depart_date, -PAYMENT_LEAD_DAYS),
            subject: 'trip',
            subjectId: t.id,
            customerId: p.customerId,
            tripId: t.id,
            assigneeId: t.created_by,
            detail: {},
          })
        }
      }
    }
    return out
  },
}
