import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STORE, harness } from './harness'
import type { Harness } from './harness'
import { ID_X, auditRows, dbFingerprint } from './fixtures'
import { count, createTrip, customer, getTrip, watchChanges } from './trips-fixtures'
import type { CustomerDeletionCheck } from '../../src/shared/trips/trip-ended'

/*
 * Deleting a customer who travelled with us (harness today: 2026-11-25, Beijing). A trip that has not
 * ended blocks the deletion; on ended trips the contract record stays without personal data, and the
 * trip's own history says what happened — without the person's name.
 */
let h: Harness
let who: number
let mate: number
let past: number
let running: number
let ahead: number
const NAME = '欧阳娜娜'
const MOBILE = '13812345678'
const NOTE = '欧阳娜娜要求靠窗'

async function join(trip: number, customers: number[]): Promise<number[]> {
  return (await h.must<{ ids: number[] }>('trips.addParticipants', { tripId: trip, customerIds: customers }))
    .ids
}

beforeEach(async () => {
  h = await harness()
  who = await customer(h, NAME, {
    mobile: MOBILE,
    pinyinName: 'OUYANG NANA',
    documents: [{ kind: 'id_card', number: ID_X }],
    emergencyContacts: [{ name: '欧阳父', phone: '13911112222' }],
  })
  mate = await customer(h, '刘芳') // no document on file: the checks warn about her
  // ended by its return date although nobody moved its status
  past = await createTrip(h, { routeName: '桂林四日游', departDate: '2026-10-01', returnDate: '2026-10-04' })
  // on the road today: not ended
  running = await createTrip(h, {
    routeName: '海南五日游',
    departDate: '2026-11-22',
    returnDate: '2026-11-26',
  })
  ahead = await createTrip(h) // 2026-12-03 … 12-08
  const [pw, pm] = await join(past, [who, mate])
  const pastTrip = await getTrip(h, past)
  const row = pastTrip.participants.find((p) => p.id === pw)!
  await h.must('trips.updateParticipant', {
    id: pw,
    version: row.version,
    priceType: 'adult',
    contractNo: 'HT-2026-0931',
    roomNo: '808',
    roommateId: pm,
    notes: NOTE,
  })
})
afterEach(async () => {
  await h.close()
})

const check = (id = who) => h.must<CustomerDeletionCheck>('customers.deletionCheck', { id })
const codeOf = async (trip: number) => (await getTrip(h, trip)).code

describe('a customer on a trip that has not ended', () => {
  it('cannot be deleted: the check and the refusal name the open trips, and nothing changes', async () => {
    await join(running, [who])
    await join(ahead, [who])
    const c = await check()
    expect(c.allowed).toBe(false)
    expect(c.trips.map((x) => [x.trip.routeName, x.ended])).toEqual([
      ['云南六日游', false],
      ['海南五日游', false],
      ['桂林四日游', true],
    ])
    const before = await dbFingerprint(h.app.db)
    const r = await h.call('customers.remove', { id: who })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', msg: { key: 'errors.customerOnOpenTrips' } },
    })
    const codes = String((r as any).error.msg.params.codes)
    expect(codes).toContain(await codeOf(running))
    expect(codes).toContain(await codeOf(ahead))
    expect(codes).not.toContain(await codeOf(past))
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })

  it('a returned, closed or cancelled trip counts as ended even before its return date', async () => {
    await join(ahead, [who])
    let version = (await getTrip(h, ahead)).version
    version = (await h.must('trips.setStatus', { id: ahead, version, status: 'cancelled' })).version
    expect((await check()).allowed).toBe(true)
    await h.must('trips.setStatus', { id: ahead, version, status: 'inquiry' })
    expect((await check()).allowed).toBe(false)
  })

  it('can be deleted once taken off; taking off is on the trip history, by name until the file goes', async () => {
    const [onAhead] = await join(ahead, [who])
    h.clock.now = new Date('2026-11-25T03:00:00.000Z')
    await h.must('trips.removeParticipant', { id: onAhead })
    const events = (await getTrip(h, ahead)).rosterEvents
    expect(events).toEqual([
      {
        kind: 'removed',
        at: '2026-11-25T03:00:00.000Z',
        contractNo: null,
        customer: { id: who, name: NAME },
        staff: { id: 1, name: '管理员' },
      },
    ])
    expect((await check()).allowed).toBe(true)
    await h.must('customers.remove', { id: who })
    // the record stays; the name goes with the file
    expect((await getTrip(h, ahead)).rosterEvents).toEqual([{ ...events[0], customer: null }])
  })
})

describe('a customer whose trips have all ended', () => {
  it('keeps the contract record on the past trip without personal data', async () => {
    const changes = watchChanges(h)
    h.clock.now = new Date('2026-11-25T04:00:00.000Z')
    await h.must('customers.remove', { id: who })
    const t = await getTrip(h, past)
    expect(t.participants).toHaveLength(2)
    const gone = t.participants.find((p) => p.customer.id === null)!
    expect(gone).toMatchObject({
      priceType: 'adult',
      contractNo: 'HT-2026-0931',
      roomNo: '808',
      notes: null,
      customer: { id: null, name: '', pinyinName: null, mobile: null, age: null, documents: [] },
    })
    expect(gone.customer.emergencyContacts).toEqual([])
    // the rooming stays (the room was shared); the roommate keeps their own data
    const other = t.participants.find((p) => p.customer.id === mate)!
    expect(gone.roommateId).toBe(other.id)
    expect(other.customer.name).toBe('刘芳')
    expect(t.rosterEvents).toEqual([
      {
        kind: 'personal_data_deleted',
        at: '2026-11-25T04:00:00.000Z',
        contractNo: 'HT-2026-0931',
        customer: null,
        staff: { id: 1, name: '管理员' },
      },
    ])
    expect(changes).toContainEqual({ entity: 'trip', id: past })
    const audit = (await auditRows(h.app.db)).filter(
      (a) => a.entity === 'participant' && a.entity_id === gone.id,
    )
    expect(audit.at(-1)).toMatchObject({ action: 'update', fields: JSON.stringify(['customerId', 'notes']) })
  })

  it('the trip list still counts the traveller, and checks skip what is no longer known', async () => {
    await h.must('customers.remove', { id: who })
    const list = await h.must('trips.search', { q: '桂林' })
    expect(list.rows).toEqual([expect.objectContaining({ id: past, participants: 2 })])
    const warnings = await h.must<{ code: string; params: Record<string, unknown> }[]>('trips.checks', {
      id: past,
    })
    // 刘芳's warning stays; the deleted row (no documents left either) raises none
    expect(warnings.map((w) => [w.code, w.params.name])).toEqual([['doc_missing', '刘芳']])
  })

  // A desk's own file; on an office server the bytes are the server's (its VACUUM and backups)
  it.skipIf(STORE === 'postgres')(
    'leaves neither name, ID number, mobile nor participant notes in the database files',
    async () => {
      await h.must('customers.remove', { id: who })
      expect(await count(h, 'trip_participants', 'customer_id IS NULL')).toBe(1)
      // the trip ended within the retention period: the legal record is kept until it is due, then destroyed
      const [file] = await h.must<{ id: number; destroyFrom: string }[]>('privacy.restricted', {})
      expect(file.destroyFrom).toBe('2028-10-05')
      h.clock.now = new Date('2028-10-05T02:00:00.000Z')
      await h.must('privacy.destroy', { kind: 'restricted_file', id: file.id })
      await h.app.close()
      const files = fs.readdirSync(h.dir).filter((f) => f.startsWith('tourdesk.sqlite'))
      for (const f of files) {
        const bytes = fs.readFileSync(path.join(h.dir, f))
        for (const secret of [NAME, ID_X, MOBILE, NOTE, 'OUYANG NANA', '13911112222']) {
          expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${f}`).toBe(false)
        }
        if (f === 'tourdesk.sqlite') {
          expect(bytes.includes(Buffer.from('HT-2026-0931', 'utf8'))).toBe(true)
          expect(bytes.includes(Buffer.from('刘芳', 'utf8'))).toBe(true)
        }
      }
    },
  )
})

it('the deletion check is for administrators and knows unknown ids', async () => {
  const mgr = await h.signedIn('manager')
  expect(await h.call('customers.deletionCheck', { id: who }, mgr)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  })
  expect(await h.call('customers.deletionCheck', { id: 9999 })).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  })
})
