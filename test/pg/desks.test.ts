import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StartupError, openApp } from '../../src/main/app'
import type { TourDeskApp } from '../../src/main/app'
import type { Envelope } from '../../src/shared/api/envelope'
import type { CustomerProfile } from '../../src/shared/customers/customer.types'
import { PASSWORD, harness } from '../integration/harness'
import type { Harness } from '../integration/harness'
import { auditRows, createCustomer, editable } from '../integration/fixtures'
import { tripInput } from '../integration/trips-fixtures'
import { emptyDatabase, pgServer } from './server'

/*
 * Several desks on one office server: each desk is its own TourDesk (its own pool of connections) on
 * the same PostgreSQL database, acting at the same moment. Runs in the postgres project only.
 */
let h: Harness
let other: TourDeskApp
const apps: TourDeskApp[] = []

async function desk(): Promise<TourDeskApp> {
  const app = await openApp({ ...h.location, clock: () => new Date(h.clock.now) })
  apps.push(app)
  return app
}

beforeEach(async () => {
  h = await harness()
  other = await desk()
})
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close()
  await h.close()
})

const outcome = (r: Envelope<unknown>) => (r.ok ? 'ok' : r.error.code)

async function signedIn(app: TourDeskApp) {
  const s = app.newSession()
  const r = await app.dispatch('auth.signIn', { login: 'admin', password: PASSWORD }, s)
  expect(r.ok).toBe(true)
  return s
}

describe('two desks at once', () => {
  it('save the same customer form: one save wins, the other is STALE, nothing is lost silently', async () => {
    const id = await createCustomer(h, { name: '张伟' })
    const form = editable(await h.must<CustomerProfile>('customers.get', { id }))
    const s2 = await signedIn(other)
    for (let round = 0; round < 5; round++) {
      const version = (await h.must<CustomerProfile>('customers.get', { id })).version
      const [a, b] = await Promise.all([
        h.call('customers.update', { ...form, version, notes: `A${round}` }),
        other.dispatch('customers.update', { ...form, version, notes: `B${round}` }, s2),
      ])
      expect([outcome(a), outcome(b)].sort()).toEqual(['STALE', 'ok'])
      const saved = await h.must<CustomerProfile>('customers.get', { id })
      expect(saved.version).toBe(version + 1)
      expect(saved.notes).toBe(a.ok ? `A${round}` : `B${round}`)
    }
  })

  it('generate 团号 for the same date: all distinct, numbered without gaps in creation order', async () => {
    const s2 = await signedIn(other)
    const made = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 ? h.call('trips.create', tripInput()) : other.dispatch('trips.create', tripInput(), s2),
      ),
    )
    expect(made.map(outcome)).toEqual(Array(10).fill('ok'))
    const codes = (await h.app.db.selectFrom('trips').select('code').orderBy('id').execute()).map(
      (r) => r.code,
    )
    expect(codes).toEqual(
      Array.from({ length: 10 }, (_, i) => `TD-20261203-${String(i + 1).padStart(2, '0')}`),
    )
  })

  it('count every wrong password from both desks in one counter, and lock after five', async () => {
    const wrong = (app: TourDeskApp, i: number) =>
      app.dispatch('auth.signIn', { login: 'admin', password: `wrong-${i}-password` }, app.newSession())
    const rs = await Promise.all(Array.from({ length: 8 }, (_, i) => wrong(i % 2 ? h.app : other, i)))
    expect(rs.map(outcome).filter((o) => o === 'LOCKED').length).toBeGreaterThanOrEqual(1)
    const staff = await h.app.db
      .selectFrom('staff')
      .select(['failed_attempts', 'locked_until'])
      .executeTakeFirstOrThrow()
    expect(staff.failed_attempts).toBe(8)
    expect(staff.locked_until).toBe(new Date(h.clock.now.getTime() + 5 * 60_000).toISOString())
    const right = await other.dispatch(
      'auth.signIn',
      { login: 'admin', password: PASSWORD },
      other.newSession(),
    )
    expect(outcome(right)).toBe('LOCKED')
    const actions = (await auditRows(h.app.db)).map((a) => a.action).filter((a) => a.startsWith('signin.'))
    expect(actions.filter((a) => a === 'signin.locked')).toHaveLength(1)
  })

  it('claim the same login at once: one staff member is made, the other desk is refused', async () => {
    const s2 = await signedIn(other)
    const input = { name: '小李', login: 'xiaoli', role: 'frontdesk', password: PASSWORD }
    const rs = await Promise.all([h.call('staff.create', input), other.dispatch('staff.create', input, s2)])
    // the later desk is refused either by the check before the insert (the login field) or, when both
    // checked before either inserted, by the unique index: never INTERNAL, never two accounts
    const [won, lost] = rs.map(outcome).sort((a) => (a === 'ok' ? -1 : 1))
    expect(won).toBe('ok')
    expect(['CONFLICT', 'VALIDATION']).toContain(lost)
    const n = await h.app.db
      .selectFrom('staff')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    // counts come back as numbers on PostgreSQL too (int8 parsed)
    expect(n.n).toBe(2)
  })
})

describe('the server’s schema', () => {
  it('two desks starting at once on an empty database migrate it once', async () => {
    const conn = await emptyDatabase(pgServer()!)
    const clock = () => new Date('2026-11-25T02:00:00.000Z')
    const both = await Promise.all(
      [1, 2].map(() => openApp({ dataDir: h.dir, database: { kind: 'postgres', connection: conn }, clock })),
    )
    apps.push(...both)
    const rows = await sql<{ name: string; n: number }>`SELECT name, count(*) AS n FROM schema_migrations
      GROUP BY name ORDER BY name`.execute(both[0].db)
    expect(rows.rows.length).toBeGreaterThanOrEqual(7)
    expect(rows.rows.every((r) => r.n === 1)).toBe(true)
    const s = both[1].newSession()
    const setup = { agencyName: '山水国旅', adminName: '管理员', login: 'admin', password: PASSWORD }
    expect(outcome(await both[1].dispatch('auth.setup', setup, s))).toBe('ok')
  })

  it('a desk older than the server’s schema does not open it, and says to update TourDesk', async () => {
    await h.app.db
      .insertInto('schema_migrations' as never)
      .values({ name: '9999_future', applied_at: '2030-01-01' } as never)
      .execute()
    const before = await h.app.db.selectFrom('customers').select('id').execute()
    const e = await openApp({ ...h.location, clock: () => new Date(h.clock.now) }).then(
      async (app) => {
        apps.push(app)
        throw new Error('an older TourDesk opened a newer server database')
      },
      (err: unknown) => err,
    )
    expect(e).toBeInstanceOf(StartupError)
    expect((e as StartupError).kind).toBe('newer')
    expect((e as StartupError).message).toMatch(/9999_future/)
    expect(await h.app.db.selectFrom('customers').select('id').execute()).toEqual(before)
  })
})

describe('one clock for every desk', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('a desk whose clock is years off still stamps writes with the server’s time', async () => {
    // this desk's computer believes it is 2031; only Date is faked, so the database driver runs as usual
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true })
    vi.setSystemTime(new Date('2031-06-01T00:00:00.000Z'))
    const app = await openApp({ dataDir: h.dir, database: h.location.database })
    apps.push(app)
    const s = app.newSession()
    expect(outcome(await app.dispatch('auth.signIn', { login: 'admin', password: PASSWORD }, s))).toBe('ok')
    const r = await sql<{
      ms: number
    }>`SELECT (extract(epoch FROM clock_timestamp()) * 1000)::float8 AS ms`.execute(app.db)
    const row = await app.db.selectFrom('staff').select('last_sign_in_at').executeTakeFirstOrThrow()
    // the server's clock read just after the sign-in: the stamp is from that clock, not from 2031
    const lag = r.rows[0].ms - Date.parse(row.last_sign_in_at!)
    expect(lag).toBeGreaterThanOrEqual(-50)
    expect(lag).toBeLessThan(5_000)
  })
})
