import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Session } from '../../src/main/app'
import type { Role } from '../../src/shared/api/contract'
import type { CustomerProfile, CustomerRow } from '../../src/shared/customers/customer.types'
import type { TripDetail } from '../../src/shared/trips/trip.types'
import { harness } from './harness'
import type { Harness } from './harness'
import { createCustomer, dbFingerprint, editable } from './fixtures'
import { createTrip } from './trips-fixtures'

/** Health and pregnancy needs in the customer list: what main sends depends on who asks. */
describe('sensitive needs in the customer list', () => {
  let h: Harness
  const as = {} as Record<Role, Session>
  beforeAll(async () => {
    h = await harness()
    as.admin = h.admin
    as.manager = await h.signedIn('manager')
    as.frontdesk = await h.signedIn('frontdesk')
    await createCustomer(h, {
      name: '王建国',
      healthConsent: true,
      needs: [
        { kind: 'elderly', note: null },
        { kind: 'health', note: '糖尿病' },
      ],
    })
    await createCustomer(h, { name: '李娜', healthConsent: true, needs: [{ kind: 'pregnancy', note: null }] })
    await createCustomer(h, { name: '张伟', needs: [{ kind: 'mobility', note: null }] })
    await createCustomer(h, { name: '赵云' })
  })
  afterAll(async () => {
    await h.close()
  })

  const rows = async (role: Role, search: Record<string, unknown> = {}) => {
    const page = await h.must<{ rows: CustomerRow[] }>(
      'customers.search',
      { sort: 'name', dir: 'asc', ...search },
      as[role],
    )
    return Object.fromEntries(page.rows.map((r) => [r.name, r.needs]))
  }

  it.each(['manager', 'admin'] as const)('%s sees which need each customer has', async (role) => {
    expect(await rows(role)).toEqual({
      王建国: ['elderly', 'health'],
      李娜: ['pregnancy'],
      张伟: ['mobility'],
      赵云: [],
    })
  })

  it('the front desk sees that a special need exists, not which', async () => {
    const seen = await rows('frontdesk')
    expect(seen).toEqual({
      王建国: ['elderly', 'confidential'],
      李娜: ['confidential'],
      张伟: ['mobility'],
      赵云: [],
    })
    const page = await h.must('customers.search', {}, as.frontdesk)
    expect(JSON.stringify(page)).not.toMatch(/health|pregnancy|糖尿病/)
  })

  it('filters by a sensitive need only for those who may see it; others filter by "confidential"', async () => {
    expect(Object.keys(await rows('manager', { need: 'health' }))).toEqual(['王建国'])
    expect(Object.keys(await rows('admin', { need: 'pregnancy' }))).toEqual(['李娜'])
    for (const role of ['frontdesk', 'manager', 'admin'] as const) {
      expect(Object.keys(await rows(role, { need: 'confidential' })).sort()).toEqual(
        ['李娜', '王建国'].sort(),
      )
    }
    expect(Object.keys(await rows('frontdesk', { need: 'mobility' }))).toEqual(['张伟'])
  })

  it('refuses the front desk a filter by health or pregnancy, changing nothing', async () => {
    const before = await dbFingerprint(h.app.db)
    for (const need of ['health', 'pregnancy']) {
      expect(await h.call('customers.search', { need }, as.frontdesk)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      })
    }
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })
})

/** The profile and the trip page tell the same as the list: which sensitive need, only to those who may know. */
describe('sensitive needs in the profile, on trips and through edits', () => {
  let h: Harness
  const as = {} as Record<Role, Session>
  let wang: number
  let tripId: number
  beforeAll(async () => {
    h = await harness()
    as.admin = h.admin
    as.manager = await h.signedIn('manager')
    as.frontdesk = await h.signedIn('frontdesk')
    wang = await createCustomer(h, {
      name: '王建国',
      healthConsent: true,
      needs: [
        { kind: 'elderly', note: '需提交健康声明' },
        { kind: 'health', note: '糖尿病' },
      ],
    })
    tripId = await createTrip(h)
    await h.must('trips.addParticipants', { tripId, customerIds: [wang] })
  })
  afterAll(async () => {
    await h.close()
  })

  const profile = (role: Role) => h.must<CustomerProfile>('customers.get', { id: wang }, as[role])
  const travellerNeeds = async (role: Role) =>
    (await h.must<TripDetail>('trips.get', { id: tripId }, as[role])).participants[0].customer.needs

  it.each(['manager', 'admin'] as const)(
    '%s sees the kind (the note stays behind the audited reveal)',
    async (role) => {
      expect((await profile(role)).needs).toEqual([
        { kind: 'elderly', note: '需提交健康声明', noteHidden: false },
        { kind: 'health', note: null, noteHidden: true },
      ])
      expect(await travellerNeeds(role)).toEqual(['elderly', 'health'])
    },
  )

  it('the front desk learns that a confidential need exists, in the profile and on the trip', async () => {
    const p = await profile('frontdesk')
    expect(p.needs).toEqual([
      { kind: 'elderly', note: '需提交健康声明', noteHidden: false },
      { kind: 'confidential', note: null, noteHidden: true },
    ])
    expect(await travellerNeeds('frontdesk')).toEqual(['elderly', 'confidential'])
    const trip = await h.must('trips.get', { id: tripId }, as.frontdesk)
    expect(JSON.stringify([p, trip])).not.toMatch(/"health"|"pregnancy"|糖尿病/)
  })

  it('a front-desk edit keeps the sensitive need it never saw, and may add one', async () => {
    await h.must(
      'customers.update',
      { ...editable(await profile('frontdesk')), occupation: '退休教师' },
      as.frontdesk,
    )
    const kept = await h.app.db
      .selectFrom('customer_needs')
      .select(['kind', 'note'])
      .where('customer_id', '=', wang)
      .orderBy('kind')
      .execute()
    expect(kept).toEqual([
      { kind: 'elderly', note: '需提交健康声明' },
      { kind: 'health', note: '糖尿病' },
    ])
    const p = await profile('frontdesk')
    const added = { ...editable(p), needs: [...editable(p).needs, { kind: 'pregnancy', note: '孕20周' }] }
    await h.must('customers.update', added, as.frontdesk)
    expect((await profile('manager')).needs.map((n) => n.kind).sort()).toEqual([
      'elderly',
      'health',
      'pregnancy',
    ])
  })

  it('withdrawing the health consent erases the sensitive needs, whoever saves', async () => {
    const p = await profile('frontdesk')
    await h.must('customers.update', { ...editable(p), healthConsent: false }, as.frontdesk)
    expect((await profile('manager')).needs.map((n) => n.kind)).toEqual(['elderly'])
  })
})
