import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { AppError } from '../../shared/api/envelope'
import type { RoomKind, RoomView } from '../../shared/rooms/rooms'
import { bedsOfKind } from '../../shared/rooms/rooms'
import { bool } from '../core/context'
import { onUniqueClash } from '../db/errors'
import type { Dbx } from '../trips/trips.repo'

type Trx = Transaction<DB>

const naturalOrder = (a: string, b: string) => a.localeCompare(b, 'zh-CN', { numeric: true })

/** A trip's rooms in room-number order, each with its travellers (in traveller order). */
export async function loadRooms(db: Dbx, tripId: number): Promise<RoomView[]> {
  const [rooms, placed] = await Promise.all([
    db.selectFrom('trip_rooms').selectAll().where('trip_id', '=', tripId).execute(),
    db
      .selectFrom('trip_participants')
      .select(['id', 'room_id'])
      .where('trip_id', '=', tripId)
      .where('room_id', 'is not', null)
      .orderBy('id')
      .execute(),
  ])
  return rooms
    .map((r) => ({
      id: r.id,
      version: r.version,
      label: r.label,
      kind: r.kind as RoomKind,
      beds: r.beds,
      occupantIds: placed.filter((p) => p.room_id === r.id).map((p) => p.id),
    }))
    .sort((a, b) => naturalOrder(a.label, b.label))
}

export const labelTaken = (label: string) => new AppError('CONFLICT', 'errors.roomLabelTaken', { label })

export async function insertRoom(
  trx: Trx,
  r: { tripId: number; label: string; kind: RoomKind },
  staffId: number,
  at: string,
): Promise<{ id: number; label: string; beds: number }> {
  const beds = bedsOfKind[r.kind]
  const row = await onUniqueClash(
    () =>
      trx
        .insertInto('trip_rooms')
        .values({
          trip_id: r.tripId,
          label: r.label,
          kind: r.kind,
          beds,
          created_at: at,
          updated_at: at,
          created_by: staffId,
          updated_by: staffId,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    () => labelTaken(r.label),
  )
  return { id: row.id, label: r.label, beds }
}

/**
 * Refuses a place beyond the room's beds. The room row is written first: on PostgreSQL that locks it,
 * so two desks filling the last bed at once queue here and the second one counts the first one's move.
 */
export async function checkRoomHas(
  trx: Trx,
  room: { id: number; label: string; beds: number },
  participant: { id: number; bed: boolean },
  at: string,
): Promise<void> {
  await trx.updateTable('trip_rooms').set({ updated_at: at }).where('id', '=', room.id).execute()
  if (!participant.bed) return
  const others = await trx
    .selectFrom('trip_participants')
    .select('bed')
    .where('room_id', '=', room.id)
    .where('id', '!=', participant.id)
    .execute()
  if (others.filter((o) => bool(o.bed)).length + 1 > room.beds)
    throw new AppError('CONFLICT', 'errors.roomFull', { room: room.label, beds: room.beds })
}

/**
 * Roommate pointers predate rooms: whoever pointed at travellers who now change rooms loses the
 * pointer (a record change, so their open forms go stale), or the checks would flag a mismatch.
 */
export async function dropMatePointers(trx: Trx, ids: number[], staffId: number, at: string): Promise<void> {
  if (!ids.length) return
  await trx
    .updateTable('trip_participants')
    .set((eb) => ({ roommate_id: null, updated_at: at, updated_by: staffId, version: eb('version', '+', 1) }))
    .where('roommate_id', 'in', ids)
    .where('id', 'not in', ids)
    .execute()
}

/**
 * The participant form still has a room-number field (the list view's quick edit): a number there
 * places the traveller in the trip's room of that label, made on the spot (single or twin) when the
 * trip has none yet, so the board and the form never disagree. A full room is the field's error.
 */
export async function roomForEdit(
  trx: Trx,
  cur: { id: number; trip_id: number },
  next: { roomNo: string | null; bed: boolean; singleRoom: boolean },
  staffId: number,
  at: string,
): Promise<number | null> {
  const label = next.roomNo?.trim()
  if (!label) return null
  const room =
    (await trx
      .selectFrom('trip_rooms')
      .select(['id', 'label', 'beds'])
      .where('trip_id', '=', cur.trip_id)
      .where('label', '=', label)
      .executeTakeFirst()) ??
    (await insertRoom(
      trx,
      { tripId: cur.trip_id, label, kind: next.singleRoom ? 'single' : 'twin' },
      staffId,
      at,
    ))
  try {
    await checkRoomHas(trx, room, { id: cur.id, bed: next.bed }, at)
  } catch (e) {
    if (e instanceof AppError && e.key === 'errors.roomFull')
      throw new AppError('VALIDATION', 'errors.validation', undefined, {
        roomNo: { key: 'errors.roomFull', params: e.params },
      })
    throw e
  }
  return room.id
}
