import type { ApiContract } from '../../shared/api/registry'
import { bedsOfKind, familyGroups, kindForFamily, nextRoomLabel } from '../../shared/rooms/rooms'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { bool } from '../core/context'
import { loadForUpdate } from '../core/load-for-update'
import { updateVersioned } from '../core/update-versioned'
import { onUniqueClash } from '../db/errors'
import { changedKeys, fieldError, fieldName, requireTrip } from '../trips/trips.repo'
import { tripWriter } from '../trips/trip-write'
import { checkRoomHas, dropMatePointers, insertRoom, labelTaken } from './rooms.repo'

type RoomHandlers = Handlers<ApiContract>['rooms']

/**
 * The rooming board. Each call is one transaction; rooms and travellers are versioned records, and
 * every change says `data.changed` for the trip so the other desks' boards reload.
 */
export function roomHandlers(ctx: Ctx): RoomHandlers {
  const write = tripWriter(ctx)

  return {
    create: (input, session) =>
      write(session, async ({ trx, me, at, audit }) => {
        await requireTrip(trx, input.tripId)
        const room = await insertRoom(trx, input, me.id, at)
        await audit('create', 'room', room.id, ['label', 'kind'])
        return { tripId: input.tripId, result: { id: room.id } }
      }),

    update: (input, session) =>
      write(session, async ({ trx, me, at, audit }) => {
        const cur = await loadForUpdate(trx, 'trip_rooms', input.id, input.version)
        const beds = bedsOfKind[input.kind]
        const takers = await trx
          .selectFrom('trip_participants')
          .select('id')
          .where('room_id', '=', cur.id)
          .where('bed', '=', 1)
          .execute()
        if (takers.length > beds) throw fieldError('kind', 'errors.roomTooSmall', { count: takers.length })
        const cols = { label: input.label, kind: input.kind, beds }
        const version = await onUniqueClash(
          () =>
            updateVersioned(trx, 'trip_rooms', cur.id, input.version, {
              ...cols,
              updated_at: at,
              updated_by: me.id,
            }),
          () => labelTaken(input.label),
        )
        if (input.label !== cur.label) {
          // room_no is the label's copy on each traveller
          await trx
            .updateTable('trip_participants')
            .set((eb) => ({
              room_no: input.label,
              updated_at: at,
              updated_by: me.id,
              version: eb('version', '+', 1),
            }))
            .where('room_id', '=', cur.id)
            .execute()
        }
        await audit('update', 'room', cur.id, changedKeys(cur, cols).map(fieldName))
        return { tripId: cur.trip_id, result: { version } }
      }),

    remove: (input, session) =>
      write(session, async ({ trx, me, at, audit }) => {
        const cur = await loadForUpdate(trx, 'trip_rooms', input.id, input.version)
        await trx
          .updateTable('trip_participants')
          .set((eb) => ({
            room_id: null,
            room_no: null,
            updated_at: at,
            updated_by: me.id,
            version: eb('version', '+', 1),
          }))
          .where('room_id', '=', cur.id)
          .execute()
        await trx.deleteFrom('trip_rooms').where('id', '=', cur.id).execute()
        await audit('delete', 'room', cur.id)
        return { tripId: cur.trip_id, result: null }
      }),

    move: (input, session) =>
      write(session, async ({ trx, me, at, audit }) => {
        const cur = await loadForUpdate(trx, 'trip_participants', input.participantId, input.version)
        let room: { id: number; label: string; beds: number } | null = null
        if (input.roomId !== null) {
          const r = await trx
            .selectFrom('trip_rooms')
            .select(['id', 'label', 'beds', 'trip_id'])
            .where('id', '=', input.roomId)
            .executeTakeFirst()
          if (!r || r.trip_id !== cur.trip_id) throw fieldError('roomId', 'errors.roomUnknown')
          room = r
          await checkRoomHas(trx, r, { id: cur.id, bed: bool(cur.bed) }, at)
        }
        const version = await updateVersioned(trx, 'trip_participants', cur.id, input.version, {
          room_id: room?.id ?? null,
          room_no: room?.label ?? null,
          roommate_id: null,
          updated_at: at,
          updated_by: me.id,
        })
        await dropMatePointers(trx, [cur.id], me.id, at)
        await audit('update', 'participant', cur.id, ['roomId'])
        return { tripId: cur.trip_id, result: { version } }
      }),

    familyRooms: (input, session) =>
      write(session, async ({ trx, me, at, audit }) => {
        const trip = await requireTrip(trx, input.tripId)
        const ps = await trx
          .selectFrom('trip_participants')
          .select(['id', 'customer_id', 'bed', 'room_id'])
          .where('trip_id', '=', trip.id)
          .orderBy('id')
          .execute()
        const customerIds = [...new Set(ps.map((p) => p.customer_id).filter((c): c is number => c !== null))]
        const relations = customerIds.length
          ? await trx
              .selectFrom('customer_relations')
              .select(['a_id', 'b_id', 'kind'])
              .where('a_id', 'in', customerIds)
              .where('b_id', 'in', customerIds)
              .execute()
          : []
        const rels = relations.map((r) => ({ a: r.a_id, b: r.b_id, kind: r.kind }))
        const groups = familyGroups(
          ps.map((p) => ({ id: p.id, customerId: p.customer_id })),
          rels,
        )
        const labels = (
          await trx.selectFrom('trip_rooms').select('label').where('trip_id', '=', trip.id).execute()
        ).map((r) => r.label)
        const byId = new Map(ps.map((p) => [p.id, p]))
        let rooms = 0
        let travellers = 0
        let skipped = 0
        const vacated = new Set<number>()
        for (const group of groups) {
          const members = group.map((id) => byId.get(id)!)
          const first = members[0].room_id
          const together =
            first !== null &&
            members.every((m) => m.room_id === first) &&
            ps.filter((p) => p.room_id === first).length === members.length
          if (together) continue
          const takers = members.filter((m) => bool(m.bed)).length
          const cust = new Set(members.map((m) => m.customer_id))
          const couple =
            takers === 2 && rels.some((r) => r.kind === 'spouse' && cust.has(r.a) && cust.has(r.b))
          const kind = kindForFamily(takers, couple)
          if (!kind) {
            skipped++
            continue
          }
          const label = nextRoomLabel(labels)
          labels.push(label)
          const room = await insertRoom(trx, { tripId: trip.id, label, kind }, me.id, at)
          await audit('create', 'room', room.id, ['label', 'kind'])
          for (const m of members) if (m.room_id !== null) vacated.add(m.room_id)
          await trx
            .updateTable('trip_participants')
            .set((eb) => ({
              room_id: room.id,
              room_no: label,
              roommate_id: null,
              updated_at: at,
              updated_by: me.id,
              version: eb('version', '+', 1),
            }))
            .where('id', 'in', group)
            .execute()
          await dropMatePointers(trx, group, me.id, at)
          for (const m of members) {
            m.room_id = room.id
            await audit('update', 'participant', m.id, ['roomId'])
          }
          rooms++
          travellers += members.length
        }
        // a room this step emptied was that family's old room: it goes, so the board shows no husks
        for (const id of vacated) {
          if (ps.some((p) => p.room_id === id)) continue
          await trx.deleteFrom('trip_rooms').where('id', '=', id).execute()
          await audit('delete', 'room', id)
        }
        // nothing rearranged: the trip is not touched and the other desks need not reload
        return { tripId: trip.id, result: { rooms, travellers, skipped }, touched: rooms > 0 }
      }),
  }
}
