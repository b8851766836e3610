import type { CheckInput } from '../../shared/trips/checks'
import type { DocKind, RelationKind } from '../../shared/customers/customer.schema'
import type { TripKind, TripStatus } from '../../shared/trips/trip.schema'
import { birthOf } from '../customers/customers.repo'
import type { Dbx } from './trips.repo'
import type { VisaStatus } from '../../shared/trips/visa'
import { ageAt, requireTrip } from './trips.repo'

/**
 * Everything the trip checks look at, in six queries whatever the group size: the trip, its
 * participants with their birth data, their documents, the family links among them, the guides
 * assigned, and those guides' other non-cancelled trips that overlap this one.
 */
export async function gatherChecks(db: Dbx, tripId: number, today: string): Promise<CheckInput> {
  const t = await requireTrip(db, tripId)
  const customersOfTrip = () =>
    db.selectFrom('trip_participants').select('customer_id').where('trip_id', '=', tripId)
  const [participants, docs, relations, guides, others] = await Promise.all([
    db
      .selectFrom('trip_participants as p')
      // left join: a deleted customer's past place stays on the roster (and in the head count)
      .leftJoin('customers as c', 'c.id', 'p.customer_id')
      .select([
        'p.id',
        'p.customer_id',
        'p.roommate_id',
        'p.visa_status',
        'c.name',
        'c.birth_calendar',
        'c.birth_date',
        'c.lunar_year',
        'c.lunar_month',
        'c.lunar_day',
        'c.lunar_leap',
      ])
      .where('p.trip_id', '=', tripId)
      .orderBy('p.id')
      .execute(),
    db
      .selectFrom('customer_documents')
      .select(['customer_id', 'kind', 'expiry_date'])
      .where('customer_id', 'in', customersOfTrip())
      .execute(),
    db
      .selectFrom('customer_relations')
      .select(['a_id', 'b_id', 'kind'])
      .where('a_id', 'in', customersOfTrip())
      .where('b_id', 'in', customersOfTrip())
      .execute(),
    db
      .selectFrom('trip_guides as a')
      .innerJoin('guides as g', 'g.id', 'a.guide_id')
      .select(['a.id', 'a.guide_id', 'g.name', 'g.licence_expiry'])
      .where('a.trip_id', '=', tripId)
      .orderBy('a.id')
      .execute(),
    db
      .selectFrom('trip_guides as a')
      .innerJoin('trips as o', 'o.id', 'a.trip_id')
      .select(['a.guide_id', 'o.id', 'o.code', 'o.depart_date', 'o.return_date'])
      .where('a.guide_id', 'in', (eb) =>
        eb.selectFrom('trip_guides').select('guide_id').where('trip_id', '=', tripId),
      )
      .where('o.id', '<>', tripId)
      .where('o.status', '<>', 'cancelled')
      .where('o.depart_date', '<=', t.return_date)
      .where('o.return_date', '>=', t.depart_date)
      .orderBy('o.depart_date')
      .execute(),
  ])
  const docsOf = new Map<number, CheckInput['participants'][number]['documents']>()
  for (const d of docs) {
    docsOf.set(d.customer_id, [
      ...(docsOf.get(d.customer_id) ?? []),
      { kind: d.kind as DocKind, expiryDate: d.expiry_date },
    ])
  }
  const tripsOf = new Map<number, { id: number; code: string; departDate: string; returnDate: string }[]>()
  for (const o of others) {
    const list = tripsOf.get(o.guide_id) ?? []
    // a guide assigned twice to the other trip (two roles) is one clash
    if (!list.some((x) => x.id === o.id))
      list.push({ id: o.id, code: o.code, departDate: o.depart_date, returnDate: o.return_date })
    tripsOf.set(o.guide_id, list)
  }
  return {
    trip: {
      kind: t.kind as TripKind,
      destination: t.destination,
      status: t.status as TripStatus,
      departDate: t.depart_date,
      returnDate: t.return_date,
      minSize: t.min_size,
      capacity: t.capacity,
    },
    participants: participants.map((p) => ({
      id: p.id,
      customerId: p.customer_id,
      name: p.name ?? '',
      age: p.customer_id === null ? null : ageAt(birthOf(p), t.depart_date),
      roommateId: p.roommate_id,
      visaStatus: p.visa_status as VisaStatus | null,
      documents: (p.customer_id !== null && docsOf.get(p.customer_id)) || [],
    })),
    relations: relations.map((r) => ({ aId: r.a_id, bId: r.b_id, kind: r.kind as RelationKind })),
    guides: guides.map((g) => ({
      assignmentId: g.id,
      guideId: g.guide_id,
      name: g.name,
      licenceExpiry: g.licence_expiry,
      otherTrips: tripsOf.get(g.guide_id) ?? [],
    })),
    today,
  }
}
