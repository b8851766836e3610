import pg from 'pg'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openApp } from '../../src/main/app'
import type { Session, TourDeskApp } from '../../src/main/app'
import type { EventMap, EventName } from '../../src/shared/api/events'
import { PASSWORD, harness } from '../integration/harness'
import type { Harness } from '../integration/harness'
import { pgServer } from './server'

/*
 * The office in use: desk A and desk B are two TourDesks on one PostgreSQL database. What one desk
 * commits reaches the other's windows as data.changed; a lost server is reported, refused calls
 * leave nothing half-saved, and the desk recovers by itself. Runs in the postgres project only.
 */
let h: Harness
let b: TourDeskApp
let bSession: Session
let bEvents: { event: EventName; payload: unknown }[]
let aEvents: { event: EventName; payload: unknown }[]
let admin: pg.Client

function record(app: TourDeskApp, into: { event: EventName; payload: unknown }[]): Session {
  const s = app.newSession()
  app.events.subscribe(s, (event, payload) => void into.push({ event, payload }))
  return s
}

const changes = (list: { event: EventName; payload: unknown }[]) =>
  list.filter((e) => e.event === 'data.changed').map((e) => e.payload as EventMap['data.changed'])

beforeEach(async () => {
  h = await harness()
  b = await openApp({ ...h.location, clock: () => new Date(h.clock.now) })
  bEvents = []
  aEvents = []
  record(h.app, aEvents)
  bSession = record(b, bEvents)
  expect((await b.dispatch('auth.signIn', { login: 'admin', password: PASSWORD }, bSession)).ok).toBe(true)
  admin = new pg.Client({ ...pgServer()!, database: 'postgres' })
  await admin.connect()
})

afterEach(async () => {
  const db = h.location.database
  if (db?.kind === 'postgres') {
    await admin.query(`ALTER DATABASE ${db.connection.database} ALLOW_CONNECTIONS true`)
  }
  await admin.end()
  await b.close()
  await h.close()
})

function database(): string {
  const db = h.location.database
  if (db?.kind !== 'postgres') throw new Error('postgres project only')
  return db.connection.database
}

/** Every connection of the desks to this database is cut, as when the server restarts. */
async function cutConnections(): Promise<void> {
  await admin.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [database()],
  )
}

/** counted from the admin connection: the desks' own may be the ones that were cut */
async function customerCount(): Promise<number> {
  const c = new pg.Client({ ...pgServer()!, database: database() })
  await c.connect()
  try {
    return (await c.query('SELECT count(*)::int AS n FROM customers')).rows[0].n
  } finally {
    await c.end()
  }
}

describe('change feed between desks', () => {
  it('a customer saved on desk A reaches desk B as data.changed; A does not hear its own echo', async () => {
    const { id } = await h.must<{ id: number }>('customers.create', { name: '张伟', gender: 'male' })
    await vi.waitFor(() => expect(changes(bEvents)).toContainEqual({ entity: 'customer', id }), {
      timeout: 5000,
    })
    // B's own write reaches A the same way, and A broadcast its own write once, locally
    const t = await b.dispatch('customers.create', { name: '李娜', gender: 'female' }, bSession)
    if (!t.ok) throw new Error(JSON.stringify(t.error))
    const other = (t.value as { id: number }).id
    await vi.waitFor(() => expect(changes(aEvents)).toContainEqual({ entity: 'customer', id: other }), {
      timeout: 5000,
    })
    expect(changes(aEvents).filter((c) => c.entity === 'customer' && c.id === id)).toHaveLength(1)
    expect(changes(bEvents).filter((c) => c.entity === 'customer' && c.id === other)).toHaveLength(1)
  })
})

describe('a lost server', () => {
  it('is reported, refuses calls clearly without saving anything, and the desk recovers by itself', async () => {
    await admin.query(`ALTER DATABASE ${database()} ALLOW_CONNECTIONS false`)
    await cutConnections()
    await vi.waitFor(
      () => expect(bEvents).toContainEqual({ event: 'connection.state', payload: { online: false } }),
      {
        timeout: 5000,
      },
    )
    const refused = await b.dispatch('customers.create', { name: '王芳', gender: 'female' }, bSession)
    expect(refused).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', msg: { key: 'errors.serverUnavailable' } },
    })

    await admin.query(`ALTER DATABASE ${database()} ALLOW_CONNECTIONS true`)
    await vi.waitFor(
      () => {
        expect(bEvents).toContainEqual({ event: 'connection.state', payload: { online: true } })
        expect(bEvents).toContainEqual({ event: 'data.resync', payload: {} })
      },
      { timeout: 15_000 },
    )
    expect(await customerCount()).toBe(0)
    // the same form sent again is saved once, and the other desk hears of it: listening again
    const again = await b.dispatch('customers.create', { name: '王芳', gender: 'female' }, bSession)
    expect(again.ok).toBe(true)
    await vi.waitFor(() => expect(changes(aEvents).some((c) => c.entity === 'customer')).toBe(true), {
      timeout: 5000,
    })
    expect(await customerCount()).toBe(1)
  })

  it('a write cut off half way is rolled back entirely: the customer row it had inserted is gone', async () => {
    // hold the audit log so the write stops after inserting the customer, inside its transaction
    const locker = new pg.Client({ ...pgServer()!, database: database() })
    await locker.connect()
    try {
      await locker.query('BEGIN')
      await locker.query('LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE')
      const pending = h.call('customers.create', { name: '赵磊', gender: 'male' })
      await vi.waitFor(
        async () => {
          const r = await admin.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = $1 AND application_name = 'TourDesk' AND wait_event_type = 'Lock'`,
            [database()],
          )
          expect(r.rows[0].n).toBe(1)
        },
        { timeout: 5000 },
      )
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = $1 AND application_name = 'TourDesk' AND wait_event_type = 'Lock'`,
        [database()],
      )
      const r = await pending
      expect(r.ok ? 'ok' : r.error.code).toBe('UNAVAILABLE')
    } finally {
      await locker.query('ROLLBACK')
      await locker.end()
    }
    expect(await customerCount()).toBe(0)
    const audit = await h.app.db
      .selectFrom('audit_log')
      .select('entity')
      .where('entity', '=', 'customer')
      .execute()
    expect(audit).toEqual([])
  })
})
