import { z } from 'zod'
import { call } from '../api/contract'
import { idSchema, versionSchema } from '../common/schemas'
import { roomKinds } from './rooms'

const label = z.string().trim().min(1, 'errors.required').max(20, 'errors.tooLong')

export const roomCreateSchema = z.object({ tripId: idSchema, label, kind: z.enum(roomKinds) }).strict()
export const roomUpdateSchema = z
  .object({ id: idSchema, version: versionSchema, label, kind: z.enum(roomKinds) })
  .strict()

/** The rooming board's calls; the rooms themselves come with the trip (`trips.get` → rooms). */
export const roomCalls = {
  create: call<{ id: number }>()(roomCreateSchema, 'any'),
  update: call<{ version: number }>()(roomUpdateSchema, 'any'),
  /** the room's travellers become unplaced */
  remove: call<null>()(z.object({ id: idSchema, version: versionSchema }).strict(), 'any'),
  /** one traveller into a room (roomId null: out of any room); version is the traveller's */
  move: call<{ version: number }>()(
    z.object({ participantId: idSchema, version: versionSchema, roomId: idSchema.nullable() }).strict(),
    'any',
  ),
  /** one room per family in one step; `skipped`: families too big for one room, left as they were */
  familyRooms: call<{ rooms: number; travellers: number; skipped: number }>()(
    z.object({ tripId: idSchema }).strict(),
    'any',
  ),
}
