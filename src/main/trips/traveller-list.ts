import type { DocKind, Gender } from '../../shared/customers/customer.schema'
import type { FullTraveller } from '../../shared/trips/traveller-list'
import type { TripKind } from '../../shared/trips/trip.schema'
import { solarBirthDate } from '../../shared/customers/birthday'
import { birthOf } from '../customers/customers.repo'
import { writeAudit } from '../audit/audit.repo'
import type { Dbx } from './trips.repo'
import { requireTrip } from './trips.repo'

/** The document the airline or agent needs for this kind of trip, best first (as the printed manifest picks). */
function preferred(kind: TripKind, destination: string): DocKind[] {
  if (kind === 'outbound') return ['passport']
  if (kind === 'hmt') {
    return /台|taiwan/i.test(destination)
      ? ['taiwan_permit', 'hk_macao_permit', 'passport']
      : ['hk_macao_permit', 'taiwan_permit', 'passport']
  }
  return ['id_card', 'passport', 'hk_macao_permit', 'taiwan_permit', 'other']
}

/**
 * The full traveller list with document numbers. The audit entry is written with the read and names
 * how many travellers' numbers left the system (`rows:N`, as exports say it), never the numbers themselves.
 */
export async function fullTravellerList(
  db: Dbx,
  tripId: number,
  audit: { staffId: number; at: string },
): Promise<FullTraveller[]> {
  const t = await requireTrip(db, tripId)
  const [people, docs] = await Promise.all([
    db
      .selectFrom('trip_participants as p')
      .innerJoin('customers as c', 'c.id', 'p.customer_id')
      .select([
        'p.id',
        'p.customer_id',
        'c.name',
        'c.pinyin_name',
        'c.gender',
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
      .select(['customer_id', 'kind', 'number', 'expiry_date'])
      .where('customer_id', 'in', (eb) =>
        eb.selectFrom('trip_participants').select('customer_id').where('trip_id', '=', tripId),
      )
      .execute(),
  ])
  const prefer = preferred(t.kind as TripKind, t.destination)
  const seen = new Set<number>()
  const out: FullTraveller[] = []
  for (const p of people) {
    // someone listed twice travels once: one line for the airline
    if (seen.has(p.customer_id as number)) continue
    seen.add(p.customer_id as number)
    const mine = docs.filter((d) => d.customer_id === p.customer_id)
    let doc: (typeof mine)[number] | undefined
    for (const kind of prefer) {
      doc = mine
        .filter((d) => d.kind === kind)
        .sort((a, b) => (b.expiry_date ?? '9999').localeCompare(a.expiry_date ?? '9999'))[0]
      if (doc) break
    }
    const birth = birthOf(p)
    out.push({
      participantId: p.id,
      name: p.name,
      pinyinName: p.pinyin_name,
      gender: (p.gender ?? 'unknown') as Gender,
      birthDate: birth ? solarBirthDate(birth) : null,
      document: doc ? { kind: doc.kind as DocKind, number: doc.number, expiryDate: doc.expiry_date } : null,
    })
  }
  await writeAudit(db, {
    at: audit.at,
    staffId: audit.staffId,
    action: 'printFullList',
    entity: 'trip',
    entityId: tripId,
    fields: [`rows:${out.length}`],
  })
  return out
}
