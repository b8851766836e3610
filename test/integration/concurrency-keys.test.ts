import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { harness } from './harness'
import type { Harness } from './harness'
import { createCustomer } from './fixtures'
import { count, createTrip, getTrip } from './trips-fixtures'
import type { Envelope } from '../../src/shared/api/envelope'
import { insertWithCode } from '../../src/main/trips/trip-code'
import { isUniqueViolation } from '../../src/main/db/errors'
import { createDispatcher } from '../../src/main/api/dispatcher'
import { call } from '../../src/shared/api/contract'

/*
 * Unique keys two windows (or two desks) claim at the same moment: a 团号, a relation, a guide
 * assignment, a login, setup and the sample data. Each clash is answered, never INTERNAL.
 */
let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

const outcome = (r: Envelope<unknown>) => (r.ok ? 'ok' : r.error.code)

describe('unique keys claimed at once', () => {
  it('parallel trips with generated 团号 all get distinct codes', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, () => createTrip(h)))
    const codes = await Promise.all(made.map(async (id) => (await getTrip(h, id)).code))
    expect(new Set(codes).size).toBe(8)
  })

  it('a generated 团号 that clashes at insert is generated again; a typed one answers “taken”', async () => {
    const first = await getTrip(h, await createTrip(h))
    const at = h.clock.now.toISOString()
    const row = (code: string) => ({
      code,
      route_name: '云南六日游',
      destination: '昆明',
      search_text: code,
      kind: 'domestic',
      type: 'group',
      status: 'inquiry',
      status_rank: 0,
      depart_date: '2026-12-03',
      return_date: '2026-12-08',
      created_at: at,
      updated_at: at,
    })
    let tries = 0
    const made = await h.app.db.transaction().execute((trx) =>
      insertWithCode(trx, null, '2026-12-03', (code) => {
        tries++
        // the first attempt collides, as if another desk had saved this code a moment ago
        const values = row(tries === 1 ? first.code : code)
        return trx.insertInto('trips').values(values).returning('id').executeTakeFirstOrThrow()
      }),
    )
    expect(tries).toBe(2)
    expect(made.code).not.toBe(first.code)
    expect(await count(h, 'trips')).toBe(2)
    await expect(
      h.app.db
        .transaction()
        .execute((trx) =>
          insertWithCode(trx, first.code, '2026-12-03', (code) =>
            trx.insertInto('trips').values(row(code)).returning('id').executeTakeFirstOrThrow(),
          ),
        ),
    ).rejects.toMatchObject({ code: 'VALIDATION', fields: { code: { key: 'errors.tripCodeTaken' } } })
    expect(await count(h, 'trips')).toBe(2)
  })

  it('the unique-violation test knows SQLite’s codes and PostgreSQL’s, and nothing else', async () => {
    const clash = await h.app.db
      .insertInto('settings')
      .values({ key: 'language', value: 'en' })
      .execute()
      .then(() => h.app.db.insertInto('settings').values({ key: 'language', value: 'en' }).execute())
      .catch((e: unknown) => e)
    expect(isUniqueViolation(clash)).toBe(true)
    expect(isUniqueViolation({ code: '23505' })).toBe(true)
    const notNull = await h.app.db
      .insertInto('settings')
      .values({ key: 'x', value: null as unknown as string })
      .execute()
      .catch((e: unknown) => e)
    expect(isUniqueViolation(notNull)).toBe(false)
    expect(isUniqueViolation(new Error('UNIQUE constraint failed'))).toBe(false)
    expect(isUniqueViolation(null)).toBe(false)

    // a clash no handler names still reaches the window as CONFLICT with a message, not INTERNAL
    const contract = { t: { add: call<null>()(z.object({}), 'public') } }
    const logged: unknown[] = []
    const dispatch = createDispatcher(contract, { t: { add: () => Promise.reject(clash) } }, (e) =>
      logged.push(e),
    )
    expect(await dispatch('t.add', {}, h.app.newSession())).toEqual({
      ok: false,
      error: { code: 'CONFLICT', msg: { key: 'errors.conflict' } },
    })
    expect(logged).toEqual([])
  })

  it('a double-clicked sample load fills the database once; the second click is told why', async () => {
    const [a, b] = await Promise.all([h.call('customers.loadSample', {}), h.call('customers.loadSample', {})])
    expect([outcome(a), outcome(b)].sort()).toEqual(['CONFLICT', 'ok'])
    const loser = (a.ok ? b : a) as Extract<Envelope<unknown>, { ok: false }>
    expect(loser.error.msg.key).toBe('errors.sampleNotEmpty')
    const { created } = (a.ok ? a.value : (b as { value: { created: number } }).value) as { created: number }
    expect(await count(h, 'customers')).toBe(created)
    // the claim is released with the load: nothing is left behind in settings
    expect(await count(h, 'settings', "key = 'sample_loading'")).toBe(0)
    // the sample is a whole agency (trips, rooms, payments): slow on a busy PostgreSQL test cluster
  }, 240_000)

  it('setup run twice at once makes one administrator; the other answers CONFLICT', async () => {
    const fresh = await harness({ setup: false })
    try {
      const input = (login: string) => ({
        agencyName: '山水国旅',
        adminName: '管理员',
        login,
        password: 'pw-123456',
      })
      const [a, b] = await Promise.all([
        fresh.call('auth.setup', input('admin'), fresh.app.newSession()),
        fresh.call('auth.setup', input('boss'), fresh.app.newSession()),
      ])
      expect([outcome(a), outcome(b)].sort()).toEqual(['CONFLICT', 'ok'])
      expect(await count(fresh, 'staff')).toBe(1)
    } finally {
      await fresh.close()
    }
  })

  it('the same relation, guide assignment or login added twice at once is refused once, never INTERNAL', async () => {
    const a = await createCustomer(h, { name: '张伟' })
    const b = await createCustomer(h, { name: '李娜' })
    const rel = { customerId: a, otherId: b, kind: 'spouse' }
    const trip = await createTrip(h)
    const guideId = (await h.must('guides.create', { name: '王导' })).id
    const assign = { tripId: trip, guideId, role: 'local_guide' }
    const login = { name: '小王', login: 'xiaowang', role: 'frontdesk', password: 'pw-123456' }
    for (const [channel, input, table] of [
      ['customers.addRelation', rel, 'customer_relations'],
      ['trips.assignGuide', assign, 'trip_guides'],
      ['staff.create', login, "staff WHERE login = 'xiaowang'"],
    ] as const) {
      const rs = await Promise.all([h.call(channel, input), h.call(channel, input)])
      expect(rs.map(outcome).sort(), channel).toEqual(['VALIDATION', 'ok'])
      const [t, where] = table.split(' WHERE ')
      expect(await count(h, t, where), channel).toBe(1)
    }
  })
})
