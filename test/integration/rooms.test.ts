import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { auditRows, dbFingerprint } from './fixtures'
import { createTrip, customer, getTrip, watchChanges } from './trips-fixtures'
import { placeOldRooms } from '../../src/main/db/migrations/0017_trip_rooms'

let h: Harness
let trip: number
let p: Record<'dad' | 'mum' | 'kid' | 'wang' | 'li' | 'zhao', number>
beforeEach(async () => {
  h = await harness() // today 2026-11-25
  trip = await createTrip(h)
  const c = {
    dad: await customer(h, '张伟'),
    mum: await customer(h, '刘芳'),
    kid: await customer(h, '张小明'),
    wang: await customer(h, '王建国'),
    li: await customer(h, '李秀英'),
    zhao: await customer(h, '赵磊'),
  }
  await h.must('customers.addRelation', { customerId: c.dad, otherId: c.mum, kind: 'spouse' })
  await h.must('customers.addRelation', { customerId: c.dad, otherId: c.kid, kind: 'child' })
  await h.must('customers.addRelation', { customerId: c.wang, otherId: c.li, kind: 'spouse' })
  // friends room as they choose: not a family
  await h.must('customers.addRelation', { customerId: c.wang, otherId: c.zhao, kind: 'friend' })
  const ids: number[] = (
    await h.must('trips.addParticipants', { tripId: trip, customerIds: Object.values(c) })
  ).ids
  p = Object.fromEntries(Object.keys(c).map((k, i) => [k, ids[i]])) as typeof p
  // six files and four relations: on a loaded two-core machine with PostgreSQL this outgrows 30 s
}, 120_000)
afterEach(async () => {
  await h.close()
})

const version = async (id: number) => (await getTrip(h, trip)).participants.find((x) => x.id === id)!.version
const move = async (id: number, roomId: number | null) =>
  h.call('rooms.move', { participantId: id, version: await version(id), roomId })
const room = (label: string, kind: string) =>
  h.must<{ id: number }>('rooms.create', { tripId: trip, label, kind }).then((r) => r.id)

describe('rooms and their beds', () => {
  it('takes travellers up to its beds (a no-bed child shares), refuses one more, and the trip shows it', async () => {
    const twin = await room('801', 'twin')
    expect((await move(p.dad, twin)).ok).toBe(true)
    expect((await move(p.mum, twin)).ok).toBe(true)
    const kidV = await version(p.kid)
    const before = await dbFingerprint(h.app.db)
    expect(await h.call('rooms.move', { participantId: p.kid, version: kidV, roomId: twin })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', msg: { key: 'errors.roomFull', params: { room: '801', beds: 2 } } },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    // booked without a bed: shares a parent's and fits
    const k = (await getTrip(h, trip)).participants.find((x) => x.id === p.kid)!
    const { id: _i, version: kv, customer: _c, ...fields } = k
    await h.must('trips.updateParticipant', {
      ...fields,
      id: p.kid,
      version: kv,
      bed: false,
      priceType: 'child_no_bed',
    })
    expect((await move(p.kid, twin)).ok).toBe(true)

    const t = await getTrip(h, trip)
    expect(t.rooms).toEqual([
      { id: twin, version: 1, label: '801', kind: 'twin', beds: 2, occupantIds: [p.dad, p.mum, p.kid] },
    ])
    // room_no stays the label's copy, for the checks, exports and money hints that read it
    expect(t.participants.filter((x) => x.roomNo === '801').map((x) => x.id)).toEqual([p.dad, p.mum, p.kid])

    // a room made smaller than its bed-takers is refused; a clash of numbers is a conflict
    const r = t.rooms[0]
    expect(
      await h.call('rooms.update', { id: twin, version: r.version, label: '801', kind: 'single' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { kind: { key: 'errors.roomTooSmall', params: { count: 2 } } } },
    })
    await room('802', 'single')
    expect(await h.call('rooms.create', { tripId: trip, label: '802', kind: 'twin' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', msg: { key: 'errors.roomLabelTaken' } },
    })
    expect(
      await h.call('rooms.update', { id: twin, version: r.version, label: '802', kind: 'twin' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    // renumbered: the travellers' room numbers follow
    await h.must('rooms.update', { id: twin, version: r.version, label: '8801', kind: 'family' })
    const after = await getTrip(h, trip)
    expect(after.rooms.find((x) => x.id === twin)).toMatchObject({
      label: '8801',
      kind: 'family',
      beds: 4,
      version: 2,
    })
    expect(after.participants.filter((x) => x.roomNo === '8801')).toHaveLength(3)
    // removing the room leaves its travellers unplaced
    await h.must('rooms.remove', { id: twin, version: 2 })
    const gone = await getTrip(h, trip)
    expect(gone.rooms.map((x) => x.label)).toEqual(['802'])
    expect(gone.participants.every((x) => x.roomNo === null)).toBe(true)
  })

  it('a single occupant: the 单房差 hint reads the room number copy; the list form places by number too', async () => {
    const single = await room('803', 'single')
    await move(p.zhao, single)
    // the participant form's room number joins the room of that number, or makes one (twin)
    const w = (await getTrip(h, trip)).participants.find((x) => x.id === p.wang)!
    const { id: _i, version: wv, customer: _c, ...fw } = w
    await h.must('trips.updateParticipant', { ...fw, id: p.wang, version: wv, roomNo: '805' })
    const l = (await getTrip(h, trip)).participants.find((x) => x.id === p.li)!
    const { id: _j, version: lv, customer: _d, ...fl } = l
    expect(
      await h.call('trips.updateParticipant', { ...fl, id: p.li, version: lv, roomNo: '803' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { roomNo: { key: 'errors.roomFull', params: { room: '803', beds: 1 } } },
      },
    })
    await h.must('trips.updateParticipant', { ...fl, id: p.li, version: lv, roomNo: '805' })
    const t = await getTrip(h, trip)
    expect(t.rooms.map((r) => [r.label, r.kind, r.occupantIds])).toEqual([
      ['803', 'single', [p.zhao]],
      ['805', 'twin', [p.wang, p.li]],
    ])
    const money = await h.must('payments.ofTrip', { tripId: trip })
    const alone = (id: number) =>
      money.travellers.find((x: { participantId: number }) => x.participantId === id).singleOccupant
    expect([alone(p.zhao), alone(p.wang)]).toEqual([true, false])
  })
})

describe('one room per family', () => {
  it('puts each family in a room of its size in one step, leaves the others alone, and is audited', async () => {
    const seen = watchChanges(h)
    const twin = await room('801', 'twin')
    await move(p.dad, twin)
    await move(p.zhao, twin)
    const out = await h.must('rooms.familyRooms', { tripId: trip })
    expect(out).toEqual({ rooms: 2, travellers: 5, skipped: 0 })
    const t = await getTrip(h, trip)
    const by = (label: string) => t.rooms.find((r) => r.label === label)
    // 801 kept (赵磊 is still there); the new rooms take the next free numbers
    expect(by('801')).toMatchObject({ occupantIds: [p.zhao] })
    expect(by('1')).toMatchObject({ kind: 'triple', beds: 3, occupantIds: [p.dad, p.mum, p.kid] })
    expect(by('2')).toMatchObject({ kind: 'double', beds: 2, occupantIds: [p.wang, p.li] })
    expect(seen.filter((e) => e.entity === 'trip' && e.id === trip).length).toBeGreaterThan(0)
    // again: nothing to do, nothing written
    const before = await dbFingerprint(h.app.db)
    expect(await h.must('rooms.familyRooms', { tripId: trip })).toEqual({
      rooms: 0,
      travellers: 0,
      skipped: 0,
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    const audit = await auditRows(h.app.db)
    expect(audit.filter((a) => a.entity === 'room' && a.action === 'create')).toHaveLength(3)
    expect(audit.filter((a) => a.entity === 'participant' && a.fields.includes('roomId')).length).toBe(7)
  })
})

describe('stale edits and who may', () => {
  it('a move or a room edit from an old version is refused; a room of another trip is refused', async () => {
    const twin = await room('801', 'twin')
    const v = await version(p.dad)
    await h.must('rooms.move', { participantId: p.dad, version: v, roomId: twin })
    expect(await h.call('rooms.move', { participantId: p.dad, version: v, roomId: null })).toMatchObject({
      ok: false,
      error: { code: 'STALE' },
    })
    await h.must('rooms.update', { id: twin, version: 1, label: '801', kind: 'double' })
    expect(
      await h.call('rooms.update', { id: twin, version: 1, label: '801', kind: 'triple' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'STALE' },
    })
    expect(await h.call('rooms.remove', { id: twin, version: 1 })).toMatchObject({
      ok: false,
      error: { code: 'STALE' },
    })
    const other = await createTrip(h, { routeName: '桂林四日游' })
    const elsewhere = (
      await h.must<{ id: number }>('rooms.create', { tripId: other, label: '1', kind: 'twin' })
    ).id
    const before = await dbFingerprint(h.app.db)
    expect(
      await h.call('rooms.move', { participantId: p.mum, version: await version(p.mum), roomId: elsewhere }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { roomId: { key: 'errors.roomUnknown' } } },
    })
    const nobody = h.app.newSession()
    for (const [ch, input] of [
      ['rooms.create', { tripId: trip, label: '9', kind: 'twin' }],
      ['rooms.familyRooms', { tripId: trip }],
      ['rooms.move', { participantId: p.mum, version: 1, roomId: twin }],
    ] as const)
      expect(await h.call(ch, input, nobody)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    // the front desk does the rooming
    const desk = await h.signedIn('frontdesk')
    expect((await h.call('rooms.create', { tripId: trip, label: '9', kind: 'twin' }, desk)).ok).toBe(true)
  })
})

describe('upgrade (0017): old room numbers and roommates become rooms', () => {
  it('sizes rooms from their bed-takers, splits an overfull number, pairs roommates without a number', async () => {
    const db = h.app.db
    const set = (id: number, cols: Record<string, unknown>) =>
      db.updateTable('trip_participants').set(cols).where('id', '=', id).execute()
    // as a database from before 0017 holds it: numbers and pointers, no rooms
    await set(p.dad, { room_no: '808', roommate_id: p.mum })
    await set(p.mum, { room_no: '808', roommate_id: p.dad })
    await set(p.kid, { room_no: '808', bed: 0 })
    await set(p.wang, { room_no: ' 1 ', single_room: 1 })
    await set(p.li, { roommate_id: p.zhao })
    await set(p.zhao, { roommate_id: p.li })
    await placeOldRooms(db, '2026-11-25T02:00:00.000Z')
    const t = await getTrip(h, trip)
    expect(t.rooms.map((r) => [r.label, r.kind, r.beds, r.occupantIds])).toEqual([
      ['1', 'single', 1, [p.wang]],
      ['2', 'twin', 2, [p.li, p.zhao]],
      ['808', 'twin', 2, [p.dad, p.mum, p.kid]],
    ])
    expect(t.participants.find((x) => x.id === p.li)!.roomNo).toBe('2')
    // run twice (a retried upgrade): nothing more
    await placeOldRooms(db, '2026-11-25T02:00:00.000Z')
    expect((await getTrip(h, trip)).rooms).toHaveLength(3)

    // five bed-takers under one number: 4 + a second room, nobody loses a place
    const other = await createTrip(h, { routeName: '桂林四日游' })
    const ids: number[] = (
      await h.must('trips.addParticipants', {
        tripId: other,
        customerIds: await allCustomers(),
      })
    ).ids
    for (const id of ids) await set(id, { room_no: '901' })
    await placeOldRooms(db, '2026-11-25T02:00:00.000Z')
    expect((await getTrip(h, other)).rooms.map((r) => [r.label, r.kind, r.occupantIds.length])).toEqual([
      ['901', 'family', 4],
      ['901-2', 'twin', 2],
    ])
  })
})

async function allCustomers(): Promise<number[]> {
  return (await h.app.db.selectFrom('customers').select('id').orderBy('id').execute()).map((c) => c.id)
}
