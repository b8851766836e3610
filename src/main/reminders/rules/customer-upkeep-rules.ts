import { addDays, calendarDay } from '../../../shared/common/dates'
import { addMonths } from '../../../shared/trips/checks'
import type { Occurrence, Rule } from './types'
import { chunks, inWindow } from './types'
import { customerOccurrence } from './customer-occurrence'

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
