import type { Kysely } from 'kysely'
import { idColumn, textType } from '../dialect'

/*
 * Frozen once landed. The rooming board: a trip's rooms of 1–4 beds, for both stores.
 *
 * trip_rooms holds the rooms (label = the hotel's room number or the desk's own number, kind and its
 * beds); trip_participants.room_id says who sleeps where. room_no stays as a copy of the room's label,
 * written with every move, so the checks, money hints, feedback sheets and exports that read it keep
 * working unchanged.
 *
 * Existing data: each distinct room number of a trip becomes a room sized to the travellers who take a
 * bed in it (1 alone → single if they booked a single room, else twin; 2 → twin; 3 → triple; 4 →
 * family). More than four bed-takers under one number (an old typing slip) go into a second room
 * "<no>-2", so nobody loses a place. Two roommates without a room number get a new twin numbered after
 * the trip's other rooms. Single copy written here (no app code imported).
 */
const bedsOf: Record<string, number> = { single: 1, twin: 2, double: 2, triple: 3, family: 4 }
const kindFor = (takers: number, single: boolean) =>
  takers <= 1 ? (single ? 'single' : 'twin') : takers === 2 ? 'twin' : takers === 3 ? 'triple' : 'family'

interface Old {
  id: number
  trip_id: number
  room_no: string | null
  roommate_id: number | null
  single_room: number
  bed: number
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('trip_rooms')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('trip_id', 'integer', (c) => c.notNull().references('trips.id').onDelete('cascade'))
    .addColumn('label', textType(db), (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('beds', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('updated_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()
  await db.schema
    .createIndex('trip_rooms_label')
    .on('trip_rooms')
    .columns(['trip_id', 'label'])
    .unique()
    .execute()
  await db.schema
    .alterTable('trip_participants')
    .addColumn('room_id', 'integer', (c) => c.references('trip_rooms.id').onDelete('set null'))
    .execute()
  await db.schema.createIndex('trip_participants_room').on('trip_participants').columns(['room_id']).execute()
  await placeOldRooms(db, new Date().toISOString())
}

/** The data half of the upgrade, on its own so a test can run it on both stores over rows it wrote. */
export async function placeOldRooms(db: Kysely<any>, at: string): Promise<void> {
  const rows: Old[] = await db
    .selectFrom('trip_participants')
    .select(['id', 'trip_id', 'room_no', 'roommate_id', 'single_room', 'bed'])
    .where('room_id', 'is', null)
    .where((eb: any) => eb.or([eb('room_no', 'is not', null), eb('roommate_id', 'is not', null)]))
    .orderBy('id')
    .execute()
  if (!rows.length) return
  const byTrip = new Map<number, Old[]>()
  for (const r of rows) byTrip.set(r.trip_id, [...(byTrip.get(r.trip_id) ?? []), r])

  for (const [tripId, ps] of byTrip) {
    const used = new Set<string>()
    const groups = new Map<string, Old[]>()
    for (const p of ps) {
      const label = p.room_no?.trim()
      if (label) groups.set(label, [...(groups.get(label) ?? []), p])
    }
    // roommates without a number share a new room, once per pair
    const placed = new Set(ps.filter((p) => p.room_no?.trim()).map((p) => p.id))
    const byId = new Map(ps.map((p) => [p.id, p]))
    const pairs: Old[][] = []
    for (const p of ps) {
      if (placed.has(p.id) || p.roommate_id == null) continue
      const mate = byId.get(p.roommate_id)
      const pair = mate && !placed.has(mate.id) ? [p, mate] : [p]
      for (const x of pair) placed.add(x.id)
      pairs.push(pair)
    }
    for (const l of groups.keys()) used.add(l)
    let n = 0
    const nextLabel = () => {
      do n++
      while (used.has(String(n)))
      used.add(String(n))
      return String(n)
    }
    const rooms: [string, Old[]][] = []
    for (const [label, people] of groups) {
      // no-bed children share a bed; only bed-takers count against a room's beds
      const takers = people.filter((p) => p.bed)
      const extra = people.filter((p) => !p.bed)
      for (let k = 0; k * 4 < Math.max(takers.length, 1); k++) {
        const chunk = takers.slice(k * 4, k * 4 + 4)
        let l = label
        if (k > 0) {
          l = `${label}-${k + 1}`
          while (used.has(l)) l += "'"
          used.add(l)
        }
        rooms.push([l, k === 0 ? [...chunk, ...extra] : chunk])
      }
    }
    for (const pair of pairs) rooms.push([nextLabel(), pair])

    for (const [label, people] of rooms) {
      const takers = people.filter((p) => p.bed).length
      const kind = kindFor(takers, people.length === 1 && !!people[0].single_room)
      const room = await db
        .insertInto('trip_rooms')
        .values({ trip_id: tripId, label, kind, beds: bedsOf[kind], created_at: at, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow()
      await db
        .updateTable('trip_participants')
        .set({ room_id: room.id, room_no: label })
        .where(
          'id',
          'in',
          people.map((p) => p.id),
        )
        .execute()
    }
  }
}
