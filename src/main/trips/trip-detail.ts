import { needsShown } from '../../shared/customers/needs-shown'
import type { ItemRowDb } from '../db/schema'
import type {
  BookingStatus,
  GuideRole,
  ItemKind,
  PriceType,
  SupplierKind,
  TripStatus,
} from '../../shared/trips/trip.schema'
import { tripDayCount } from '../../shared/trips/trip.schema'
import type { DocKind, Gender, NeedKind } from '../../shared/customers/customer.schema'
import { sensitiveNeeds } from '../../shared/customers/customer.schema'
import type { ItineraryDay, ItineraryItem, ParticipantView, TripDetail } from '../../shared/trips/trip.types'
import { suggestedStatus } from '../../shared/trips/status'
import { maskDocNumber } from '../../shared/customers/mask'
import { bool } from '../core/context'
import { birthOf, preferencesOf } from '../customers/customers.repo'
import type { Dbx } from './trips.repo'
import { loadRosterEvents } from './roster-events'
import { loadRooms } from '../rooms/rooms.repo'
import { tripChanges } from '../complaints/trip-changes'
import { ageAt, dayDate, pricesOf, requireTrip, toYuan, tripBasics } from './trips.repo'

export function itemView(r: ItemRowDb & { supplier_name: string | null }): ItineraryItem {
  return {
    id: r.id,
    dayNo: r.day_no,
    position: r.position,
    time: r.time,
    kind: r.kind as ItemKind,
    title: r.title,
    place: r.place,
    supplier: r.supplier_id != null ? { id: r.supplier_id, name: r.supplier_name ?? '' } : null,
    notes: r.notes,
    shopName: r.shop_name,
    shopGoods: r.shop_goods,
    shopMinutes: r.shop_minutes,
    price: toYuan(r.price),
    version: r.version,
  }
}

/** The trip's days from its dates, each with its title and ordered items. */
export async function loadDays(db: Dbx, tripId: number, departDate: string, returnDate: string) {
  const [titles, items] = await Promise.all([
    db.selectFrom('trip_days').selectAll().where('trip_id', '=', tripId).execute(),
    db
      .selectFrom('trip_items as i')
      .leftJoin('suppliers as s', 's.id', 'i.supplier_id')
      .selectAll('i')
      .select('s.name as supplier_name')
      .where('i.trip_id', '=', tripId)
      .orderBy('i.day_no')
      .orderBy('i.position')
      .orderBy('i.id')
      .execute(),
  ])
  const titleOf = new Map(titles.map((t) => [t.day_no, t]))
  const days: ItineraryDay[] = []
  for (let n = 1; n <= tripDayCount(departDate, returnDate); n++) {
    const t = titleOf.get(n)
    days.push({
      dayNo: n,
      date: dayDate(departDate, n),
      title: t?.title ?? null,
      titleVersion: t?.version ?? 0,
      items: [],
    })
  }
  for (const it of items) days[it.day_no - 1]?.items.push(itemView(it))
  return days
}

/** Participants as the list and the manifest show them: the customer file's facts, never re-typed. */
export async function loadParticipants(
  db: Dbx,
  tripId: number,
  departDate: string,
  seesHealth: boolean,
): Promise<ParticipantView[]> {
  const customersOfTrip = () =>
    db.selectFrom('trip_participants').select('customer_id').where('trip_id', '=', tripId)
  const [rows, needs, docs, contacts] = await Promise.all([
    db
      .selectFrom('trip_participants as p')
      // left join: a deleted customer's past place stays (contract record), with no personal data
      .leftJoin('customers as c', 'c.id', 'p.customer_id')
      .selectAll('p')
      .select([
        'c.name',
        'c.pinyin_name',
        'c.gender',
        'c.mobile',
        'c.preferences',
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
      .selectFrom('customer_needs')
      .select(['customer_id', 'kind', 'note'])
      .where('customer_id', 'in', customersOfTrip())
      .execute(),
    db
      .selectFrom('customer_documents')
      .select(['customer_id', 'kind', 'number', 'expiry_date'])
      .where('customer_id', 'in', customersOfTrip())
      .orderBy('id')
      .execute(),
    db
      .selectFrom('customer_contacts')
      .select(['customer_id', 'name', 'relation', 'phone'])
      .where('customer_id', 'in', customersOfTrip())
      .orderBy('position')
      .execute(),
  ])
  const group = <T extends { customer_id: number }>(list: T[]) => {
    const m = new Map<number, T[]>()
    for (const x of list) m.set(x.customer_id, [...(m.get(x.customer_id) ?? []), x])
    return m
  }
  const [needsOf, docsOf, contactsOf] = [group(needs), group(docs), group(contacts)]
  return rows.map((r) => {
    // a deleted traveller (customer_id null) matches no needs, documents or contacts: -1 is no customer id
    const cid = r.customer_id ?? -1
    const prefs = preferencesOf(r.preferences ?? '{}')
    return {
      id: r.id,
      version: r.version,
      customer: {
        id: r.customer_id,
        // the renderer shows a deleted traveller's neutral label; no name is kept for them
        name: r.name ?? '',
        pinyinName: r.pinyin_name,
        gender: (r.gender ?? 'unknown') as Gender,
        age: r.customer_id === null ? null : ageAt(birthOf(r), departDate),
        mobile: r.mobile,
        needs: needsShown(
          (needsOf.get(cid) ?? []).map((n) => n.kind as NeedKind),
          seesHealth,
        ),
        // health notes never leave the customer file here: only the other needs' notes
        needNotes: Object.fromEntries(
          (needsOf.get(cid) ?? [])
            .filter((n) => n.note && !sensitiveNeeds.includes(n.kind as NeedKind))
            .map((n) => [n.kind, n.note as string]),
        ),
        diet: prefs.diet,
        allergies: prefs.allergies,
        documents: (docsOf.get(cid) ?? []).map((d) => ({
          kind: d.kind as DocKind,
          numberMasked: maskDocNumber(d.number),
          expiryDate: d.expiry_date,
        })),
        emergencyContacts: (contactsOf.get(cid) ?? []).map((k) => ({
          name: k.name,
          relation: k.relation,
          phone: k.phone,
        })),
      },
      priceType: r.price_type as PriceType,
      contractNo: r.contract_no,
      roomNo: r.room_no,
      roommateId: r.roommate_id,
      singleRoom: bool(r.single_room),
      bed: bool(r.bed),
      seat: r.seat,
      insuranceNo: r.insurance_no,
      representative: bool(r.representative),
      notes: r.notes,
    }
  })
}

/** `seesHealth`: whether the asking role may know which travellers have health or pregnancy needs. */
export async function loadTrip(db: Dbx, id: number, today: string, seesHealth: boolean): Promise<TripDetail> {
  const t = await requireTrip(db, id)
  const [days, participants, guides, bookings, history, rosterEvents, rooms, complaintChanges] =
    await Promise.all([
      loadDays(db, id, t.depart_date, t.return_date),
      loadParticipants(db, id, t.depart_date, seesHealth),
      db
        .selectFrom('trip_guides as a')
        .innerJoin('guides as g', 'g.id', 'a.guide_id')
        .select(['a.id', 'a.role', 'g.id as guideId', 'g.name', 'g.mobile', 'g.licence_no'])
        .where('a.trip_id', '=', id)
        .orderBy('a.id')
        .execute(),
      db
        .selectFrom('trip_bookings as b')
        .innerJoin('suppliers as s', 's.id', 'b.supplier_id')
        .selectAll('b')
        .select(['s.name as supplier_name', 's.kind as supplier_kind'])
        .where('b.trip_id', '=', id)
        .orderBy('b.day_no')
        .orderBy('b.id')
        .execute(),
      db
        .selectFrom('trip_status_history as h')
        .leftJoin('staff as s', 's.id', 'h.staff_id')
        .select(['h.from_status', 'h.to_status', 'h.at', 'h.staff_id', 'h.reason', 's.name as staff_name'])
        .where('h.trip_id', '=', id)
        .orderBy('h.id', 'desc')
        .execute(),
      loadRosterEvents(db, id),
      loadRooms(db, id),
      tripChanges(db, { tripId: id }),
    ])
  const basics = tripBasics(t)
  return {
    id: t.id,
    version: t.version,
    code: t.code,
    routeName: t.route_name,
    destination: t.destination,
    ...basics,
    suggestedStatus: suggestedStatus(
      { status: basics.status, departDate: t.depart_date, returnDate: t.return_date },
      today,
    ),
    departDate: t.depart_date,
    returnDate: t.return_date,
    meetingPoint: t.meeting_point,
    meetingTime: t.meeting_time,
    minSize: t.min_size,
    capacity: t.capacity,
    prices: pricesOf(t),
    notes: t.notes,
    days,
    participants,
    rooms,
    guides: guides.map((g) => ({
      id: g.id,
      role: g.role as GuideRole,
      guide: { id: g.guideId, name: g.name, mobile: g.mobile, licenceNo: g.licence_no },
    })),
    bookings: bookings.map((b) => ({
      id: b.id,
      version: b.version,
      supplier: { id: b.supplier_id, name: b.supplier_name, kind: b.supplier_kind as SupplierKind },
      dayNo: b.day_no,
      itemId: b.item_id,
      status: b.status as BookingStatus,
      confirmationNo: b.confirmation_no,
      notes: b.notes,
    })),
    history: history.map((h) => ({
      from: h.from_status as TripStatus | null,
      to: h.to_status as TripStatus,
      at: h.at,
      staff: h.staff_id != null ? { id: h.staff_id, name: h.staff_name ?? '' } : null,
      reason: h.reason,
    })),
    rosterEvents,
    complaintChanges,
    createdAt: t.created_at,
    updatedAt: t.updated_at,
  }
}
