import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Session } from '../../src/main/app'
import type { Role } from '../../src/shared/api/contract'
import type { CustomerRow } from '../../src/shared/customers/customer.types'
import { harness } from './harness'
import type { Harness } from './harness'
import { createCustomer, dbFingerprint } from './fixtures'

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
