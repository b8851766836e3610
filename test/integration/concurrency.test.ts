import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { auditRows, createCustomer, editable } from './fixtures'
import { createTrip, getTrip, tripForm } from './trips-fixtures'
import type { Envelope } from '../../src/shared/api/envelope'
import type { CustomerProfile } from '../../src/shared/customers/customer.types'
import { updateVersioned } from '../../src/main/core/update-versioned'

/*
 * Two windows acting at once on a real database: saves of the same form version (one wins, one is
 * STALE), parallel wrong passwords (every one counted), a sign-out racing the staff re-check.
 * Unique-key clashes are in concurrency-keys.test.ts.
 */
let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

const outcome = (r: Envelope<unknown>) => (r.ok ? 'ok' : r.error.code)

/**
 * One editable record: the call that saves it, a form payload for a given version carrying a
 * value that tells the two saves apart, and how to read that value back.
 */
interface Kind {
  channel: string
  setup(): Promise<{
    payload(version: number, mark: string): Record<string, unknown>
    read(): Promise<unknown>
  }>
}

const kinds: Record<string, Kind> = {
  customer: {
    channel: 'customers.update',
    async setup() {
      const id = await createCustomer(h, { name: '张伟' })
      const form = editable(await h.must<CustomerProfile>('customers.get', { id }))
      return {
        payload: (version, mark) => ({ ...form, version, notes: mark }),
        read: async () => (await h.must<CustomerProfile>('customers.get', { id })).notes,
      }
    },
  },
  trip: {
    channel: 'trips.update',
    async setup() {
      const id = await createTrip(h)
      const t = await getTrip(h, id)
      return {
        payload: (version, mark) => tripForm(t, { version, notes: mark }),
        read: async () => (await getTrip(h, id)).notes,
      }
    },
  },
  'trip status': {
    channel: 'trips.setStatus',
    async setup() {
      const id = await createTrip(h)
      return {
        payload: (version, mark) => ({ id, version, status: mark === 'A' ? 'quoted' : 'confirmed' }),
        read: async () => ((await getTrip(h, id)).status === 'quoted' ? 'A' : 'B'),
      }
    },
  },
  participant: {
    channel: 'trips.updateParticipant',
    async setup() {
      const trip = await createTrip(h)
      const c = await createCustomer(h, { name: '李娜' })
      const [id] = (await h.must('trips.addParticipants', { tripId: trip, customerIds: [c] })).ids
      return {
        payload: (version, mark) => ({ id, version, priceType: 'adult', seat: mark }),
        read: async () => (await getTrip(h, trip)).participants[0].seat,
      }
    },
  },
  booking: {
    channel: 'trips.updateBooking',
    async setup() {
      const trip = await createTrip(h)
      const supplierId = (await h.must('suppliers.create', { kind: 'hotel', name: '翠湖宾馆' })).id
      const id = (await h.must('trips.addBooking', { tripId: trip, supplierId })).id
      return {
        payload: (version, mark) => ({ id, version, status: 'confirmed', confirmationNo: mark }),
        read: async () => (await getTrip(h, trip)).bookings[0].confirmationNo,
      }
    },
  },
  guide: {
    channel: 'guides.update',
    async setup() {
      const id = (await h.must('guides.create', { name: '王导' })).id
      return {
        payload: (version, mark) => ({ id, version, name: '王导', notes: mark }),
        read: async () => (await h.must('guides.get', { id })).notes,
      }
    },
  },
  supplier: {
    channel: 'suppliers.update',
    async setup() {
      const id = (await h.must('suppliers.create', { kind: 'hotel', name: '翠湖宾馆' })).id
      return {
        payload: (version, mark) => ({ id, version, kind: 'hotel', name: '翠湖宾馆', notes: mark }),
        read: async () => (await h.must('suppliers.get', { id })).notes,
      }
    },
  },
  document: {
    channel: 'customers.updateDocument',
    async setup() {
      const customerId = await createCustomer(h, { name: '赵敏' })
      const { id } = await h.must('customers.addDocument', {
        customerId,
        document: { kind: 'passport', number: 'E12345678' },
      })
      return {
        payload: (version, mark) => ({ id, version, kind: 'passport', issuePlace: mark }),
        read: async () =>
          (await h.must<CustomerProfile>('customers.get', { id: customerId })).documents[0].issuePlace,
      }
    },
  },
  staff: {
    channel: 'staff.update',
    async setup() {
      await h.signedIn('frontdesk', 'xiaoli')
      const id = (await h.must<{ id: number; login: string }[]>('staff.list', {})).find(
        (s) => s.login === 'xiaoli',
      )!.id
      return {
        payload: (version, mark) => ({ id, version, name: `小李${mark}`, role: 'frontdesk' }),
        read: async () =>
          (await h.must<{ id: number; name: string }[]>('staff.list', {}))
            .find((s) => s.id === id)!
            .name.slice(2),
      }
    },
  },
}

describe('two saves of the same form version at once', () => {
  it.each(Object.keys(kinds))(
    '%s: one wins, the other is STALE, and the winner’s value is kept',
    async (name) => {
      const kind = kinds[name]
      const rec = await kind.setup()
      const [a, b] = await Promise.all([
        h.call(kind.channel, rec.payload(1, 'A')),
        h.call(kind.channel, rec.payload(1, 'B')),
      ])
      expect([outcome(a), outcome(b)].sort()).toEqual(['STALE', 'ok'])
      const winner = a.ok ? a : b
      expect(winner).toEqual({ ok: true, value: { version: 2 } })
      expect(await rec.read()).toBe(a.ok ? 'A' : 'B')
      // the loser changed nothing, so a fresh form (version 2) saves normally
      expect(await h.must(kind.channel, rec.payload(2, a.ok ? 'B' : 'A'))).toEqual({ version: 3 })
    },
  )

  it.each(Object.keys(kinds))('%s: a form loaded before another save is refused after it', async (name) => {
    const kind = kinds[name]
    const rec = await kind.setup()
    const loaded = rec.payload(1, 'A')
    await h.must(kind.channel, rec.payload(1, 'B'))
    expect(await h.call(kind.channel, loaded)).toMatchObject({ ok: false, error: { code: 'STALE' } })
    expect(await rec.read()).toBe('B')
  })
})

describe('updateVersioned', () => {
  it('changes the row only at the version given, and says NOT_FOUND for a missing one', async () => {
    const id = await createTrip(h)
    const db = h.app.db
    await db.updateTable('trips').set({ notes: 'elsewhere', version: 2 }).where('id', '=', id).execute()
    await expect(updateVersioned(db, 'trips', id, 1, { notes: 'mine' })).rejects.toMatchObject({
      code: 'STALE',
    })
    expect((await getTrip(h, id)).notes).toBe('elsewhere')
    expect(await updateVersioned(db, 'trips', id, 2, { notes: 'mine' })).toBe(3)
    expect(await getTrip(h, id)).toMatchObject({ notes: 'mine', version: 3 })
    await expect(updateVersioned(db, 'trips', id + 99, 1, { notes: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})

describe('sign-in under parallel attempts', () => {
  const signIn = (password: string) => h.call('auth.signIn', { login: 'admin', password }, h.app.newSession())

  it('counts every wrong password: five at once lock the account', async () => {
    const rs = await Promise.all(Array.from({ length: 5 }, (_, i) => signIn(`wrong-${i}-password`)))
    const lefts = rs.map((r) =>
      !r.ok && r.error.code === 'BAD_CREDENTIALS' ? r.error.msg.params?.left : outcome(r),
    )
    expect(lefts.sort()).toEqual([1, 2, 3, 4, 'LOCKED'])
    expect(await signIn('correct-horse-9')).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    const actions = (await auditRows(h.app.db)).map((a) => a.action).filter((a) => a.startsWith('signin.'))
    expect(actions.sort()).toEqual([...Array(4).fill('signin.failed'), 'signin.locked'])
  })

  it('a locked account answers a wrong password exactly like an unknown login', async () => {
    await Promise.all(Array.from({ length: 7 }, (_, i) => signIn(`wrong-${i}-password`)))
    const unknown = await h.call(
      'auth.signIn',
      { login: 'nobody', password: 'wrong-x-password' },
      h.app.newSession(),
    )
    expect(await signIn('wrong-8-password')).toEqual(unknown)
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'BAD_CREDENTIALS', msg: { key: 'errors.badCredentials' } },
    })
    // every attempt was counted and audited, the lock was set once and not extended
    const row = await h.app.db
      .selectFrom('staff')
      .select(['failed_attempts', 'locked_until'])
      .executeTakeFirstOrThrow()
    expect(row).toEqual({
      failed_attempts: 8,
      locked_until: new Date(h.clock.now.getTime() + 5 * 60_000).toISOString(),
    })
    // after the lock, the right password gets in and the count starts again
    h.clock.now = new Date(h.clock.now.getTime() + 5 * 60_000 + 1000)
    expect(await signIn('wrong-9-password')).toMatchObject({ error: { msg: { params: { left: 4 } } } })
    expect(await signIn('correct-horse-9')).toMatchObject({ ok: true })
  })
})

describe('sign-out racing the periodic staff re-check', () => {
  it('stays signed out when the re-check read the staff record before the sign-out finished', async () => {
    const s = h.app.newSession()
    await h.must('auth.signIn', { login: 'admin', password: 'correct-horse-9' }, s)
    await h.must('auth.status', {}, s)
    const out = h.call('auth.signOut', {}, s)
    // the next call of this window re-reads the staff record while the sign-out is still writing
    s.checked = undefined
    const during = h.call('customers.tags', {}, s)
    expect(outcome(await out)).toBe('ok')
    await during
    expect(s.staff).toBeNull()
    expect(await h.call('customers.tags', {}, s)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
  })
})
