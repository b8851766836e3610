import type { Dbx } from '../trips/trips.repo'
import type { ProfileCounts } from '../../shared/customers/customers.api'

/**
 * How many entries each list tab of a customer's file holds, in one query of scalar subqueries
 * (each served by an index on its customer column), so the tabs can show badges without loading
 * the lists. Each count is what the tab itself lists; null when the customer does not exist.
 */
export async function profileCounts(db: Dbx, id: number): Promise<ProfileCounts | null> {
  const r = await db
    .selectFrom('customers as c')
    .where('c.id', '=', id)
    .select((eb) => {
      const n = eb.fn.countAll<number | string>()
      return [
        eb
          .selectFrom('customer_documents')
          .select(n.as('n'))
          .whereRef('customer_id', '=', 'c.id')
          .as('documents'),
        eb
          .selectFrom('customer_relations')
          .select(n.as('n'))
          .where((w) => w.or([w('a_id', '=', w.ref('c.id')), w('b_id', '=', w.ref('c.id'))]))
          .as('family'),
        eb
          .selectFrom('trip_participants')
          .select((x) => x.fn.count<number | string>('trip_id').distinct().as('n'))
          .whereRef('customer_id', '=', 'c.id')
          .as('trips'),
        eb
          .selectFrom('trip_payments as m')
          .innerJoin('trip_participants as p', 'p.id', 'm.participant_id')
          .select(n.as('n'))
          .whereRef('p.customer_id', '=', 'c.id')
          .as('payments'),
        eb
          .selectFrom('communications')
          .select(n.as('n'))
          .whereRef('customer_id', '=', 'c.id')
          .as('communications'),
        eb
          .selectFrom('reminders')
          .select(n.as('n'))
          .whereRef('customer_id', '=', 'c.id')
          // the tab's "planned" list: what is still to do
          .where('status', 'not in', ['done', 'dismissed'])
          .as('reminders'),
        eb
          .selectFrom('complaint_complainants')
          .select((x) => x.fn.count<number | string>('complaint_id').distinct().as('n'))
          .whereRef('customer_id', '=', 'c.id')
          .as('complaints'),
        eb
          .selectFrom('feedback_sheets')
          .select(n.as('n'))
          .whereRef('customer_id', '=', 'c.id')
          .as('feedback'),
      ]
    })
    .executeTakeFirst()
  if (!r) return null
  // PostgreSQL returns count(*) as a string
  const num = (v: unknown) => Number(v ?? 0)
  return {
    documents: num(r.documents),
    family: num(r.family),
    trips: num(r.trips),
    payments: num(r.payments),
    communications: num(r.communications),
    reminders: num(r.reminders),
    complaints: num(r.complaints),
    feedback: num(r.feedback),
  }
}
