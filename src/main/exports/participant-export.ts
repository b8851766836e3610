import type { Dbx } from '../trips/trips.repo'
import { requireTrip } from '../trips/trips.repo'
import { loadParticipants } from '../trips/trip-detail'
import { loadRooms } from '../rooms/rooms.repo'
import { birthOf } from '../customers/customers.repo'
import type { DocKind } from '../../shared/customers/customer.schema'
import type { TripKind } from '../../shared/trips/trip.schema'
import type { ExportLanguage, ParticipantAudience } from '../../shared/exports/exports.api'
import { exportLabels, labelOf } from '../../shared/exports/export-labels'
import type { SheetData } from '../spreadsheet/sheet'
import { birthCell, documentsOf, primaryDocument } from './export-rows'
import { yesNo } from './export-save'

/** The document an insurer asks for on each kind of trip. */
const documentFor: Record<TripKind, DocKind[]> = {
  domestic: ['id_card'],
  outbound: ['passport'],
  hmt: ['hk_macao_permit', 'taiwan_permit'],
}

interface Opts {
  seesHealth: boolean
  lang: ExportLanguage
  number: (n: string | null) => string
}

export async function participantSheet(
  db: Dbx,
  tripId: number,
  audience: ParticipantAudience,
  opts: Opts,
): Promise<{ sheet: SheetData; code: string }> {
  const trip = await requireTrip(db, tripId)
  const sheet =
    audience === 'insurer'
      ? await insurerSheet(db, tripId, documentFor[trip.kind as TripKind] ?? [], opts)
      : await operatorSheet(db, tripId, trip.depart_date, opts)
  return { sheet, code: trip.code }
}

/**
 * Who is to be insured: the travellers with a customer file. A traveller deleted after a past trip
 * has no personal data left to insure, so their contract row is not listed.
 */
async function insurerSheet(db: Dbx, tripId: number, prefer: DocKind[], opts: Opts): Promise<SheetData> {
  const l = exportLabels[opts.lang]
  const people = await db
    .selectFrom('trip_participants as p')
    .innerJoin('customers as c', 'c.id', 'p.customer_id')
    .select([
      'c.id',
      'c.name',
      'c.pinyin_name',
      'c.gender',
      'c.birth_calendar',
      'c.birth_date',
      'c.lunar_year',
      'c.lunar_month',
      'c.lunar_day',
      'c.lunar_leap',
      'p.insurance_no',
    ])
    .where('p.trip_id', '=', tripId)
    .orderBy('p.id')
    .execute()
  const docs = await documentsOf(
    db,
    people.map((p) => p.id),
  )
  const c = l.col
  return {
    name: l.sheet.insurer,
    columns: [
      { header: c.name, width: 12 },
      { header: c.pinyin, width: 18 },
      { header: c.gender, width: 6 },
      { header: c.birth, width: 14 },
      { header: c.docKind, width: 12 },
      { header: c.docNumber, width: 22, text: true },
      { header: c.docExpiry, width: 12 },
      { header: c.insuranceNo, width: 16, text: true },
    ],
    rows: people.map((p) => {
      const doc = primaryDocument(docs.get(p.id), prefer)
      return [
        p.name,
        p.pinyin_name ?? '',
        labelOf(l.gender, p.gender),
        birthCell(birthOf(p), opts.lang),
        doc ? labelOf(l.docKind, doc.kind) : '',
        opts.number(doc?.number ?? null),
        doc?.expiry_date ?? '',
        p.insurance_no ?? '',
      ]
    }),
  }
}

/**
 * Rooming and needs for the ground operator, room by room as the rooming board has them (travellers
 * without a room last); roommates are the room's other guests. Needs pass through the same rule as every other
 * list (needsShown inside loadParticipants): a role that may not see health data sends the
 * operator 「特殊需要（保密）」 and never which; health notes never leave the file.
 */
async function operatorSheet(db: Dbx, tripId: number, departDate: string, opts: Opts): Promise<SheetData> {
  const l = exportLabels[opts.lang]
  const [people, rooms] = await Promise.all([
    loadParticipants(db, tripId, departDate, opts.seesHealth),
    loadRooms(db, tripId),
  ])
  const nameOf = new Map(people.map((p) => [p.id, p.customer.name || l.deletedTraveller]))
  const roomOf = new Map(rooms.flatMap((r) => r.occupantIds.map((id) => [id, r] as const)))
  const order = new Map(rooms.flatMap((r) => r.occupantIds).map((id, i) => [id, i]))
  const list = [...people].sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9) || a.id - b.id)
  const mates = (id: number, pointer: number | null) => {
    const others = roomOf.get(id)?.occupantIds.filter((o) => o !== id) ?? []
    const ids = others.length ? others : pointer !== null ? [pointer] : []
    return ids.map((o) => nameOf.get(o) ?? '').join(l.listSeparator)
  }
  const c = l.col
  return {
    name: l.sheet.operator,
    columns: [
      { header: c.name, width: 12 },
      { header: c.pinyin, width: 18 },
      { header: c.gender, width: 6 },
      { header: c.age, width: 6 },
      { header: c.priceType, width: 12 },
      { header: c.roomNo, width: 8, text: true },
      { header: c.roomType, width: 8 },
      { header: c.roommate, width: 12 },
      { header: c.singleRoom, width: 6 },
      { header: c.bed, width: 6 },
      { header: c.seat, width: 8 },
      { header: c.needs, width: 22 },
      { header: c.needNotes, width: 24 },
      { header: c.diet, width: 10 },
      { header: c.allergies, width: 16 },
      { header: c.notes, width: 20 },
    ],
    rows: list.map((p) => [
      p.customer.name || l.deletedTraveller,
      p.customer.pinyinName ?? '',
      labelOf(l.gender, p.customer.gender),
      p.customer.age,
      labelOf(l.priceType, p.priceType),
      roomOf.get(p.id)?.label ?? p.roomNo ?? '',
      labelOf(l.roomKind, roomOf.get(p.id)?.kind ?? ''),
      mates(p.id, p.roommateId),
      yesNo(p.singleRoom, l),
      yesNo(p.bed, l),
      p.seat ?? '',
      p.customer.needs.map((n) => labelOf(l.need, n)).join(l.listSeparator),
      Object.entries(p.customer.needNotes)
        .map(([k, v]) => l.labelled.replace('{label}', () => labelOf(l.need, k)).replace('{value}', () => v))
        .join(l.itemSeparator),
      p.customer.diet === 'none' ? '' : labelOf(l.diet, p.customer.diet),
      p.customer.allergies ?? '',
      p.notes ?? '',
    ]),
  }
}
