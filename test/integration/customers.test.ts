import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { ID_2, ID_X, auditRows, createCustomer, editable } from './fixtures'
import type { CustomerProfile, CustomerRow } from '../../src/shared/customers/customer.types'
import { validateIdCard } from '../../src/shared/customers/id-card'

let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

const grandma = {
  name: '王秀兰',
  pinyinName: 'wang xiulan',
  gender: 'female',
  // 1950 lunar 10/1 = solar 1950-11-10; in 2026 lunar 10/1 falls on 2026-11-09, already past on 11-25
  birth: { calendar: 'lunar', year: 1950, month: 10, day: 1, leap: false },
  mobile: '+86 138-1234-5678',
  tags: ['老客户', 'VIP', '老客户'],
  tier: 'gold',
  marketingConsent: true,
  healthConsent: true,
  preferences: { destinations: '云南、海南', diet: 'vegetarian', room: 'twin' },
  needs: [
    { kind: 'elderly', note: '需提交健康声明' },
    { kind: 'health', note: '高血压，随身带药' },
  ],
  emergencyContacts: [{ name: '王建国', relation: '儿子', phone: '139 1111 2222' }],
  documents: [
    { kind: 'id_card', number: ID_X.toLowerCase(), expiryDate: '2036-01-01' },
    { kind: 'passport', number: 'e12345678', issueDate: '2020-05-01', expiryDate: '2030-04-30' },
  ],
}

async function profile(id: number, session = h.admin): Promise<CustomerProfile> {
  return h.must<CustomerProfile>('customers.get', { id }, session)
}

describe('create and get', () => {
  it('stores the whole file and shows it back as the profile screen needs it', async () => {
    const id = await createCustomer(h, grandma)
    const p = await profile(id)
    expect(p).toMatchObject({
      id,
      version: 1,
      name: '王秀兰',
      pinyinName: 'WANG XIULAN',
      gender: 'female',
      birth: { calendar: 'lunar', year: 1950, month: 10, day: 1, leap: false },
      nextBirthday: '2027-10-29',
      age: 76,
      mobile: '13812345678',
      tags: ['VIP', '老客户'],
      tier: 'gold',
      marketingConsent: true,
      doNotContact: false,
      healthConsent: true,
      healthConsentAt: '2026-11-25T02:00:00.000Z',
      emergencyContacts: [{ name: '王建国', relation: '儿子', phone: '13911112222' }],
      createdBy: { name: '管理员' },
      updatedBy: { name: '管理员' },
    })
    expect(p.preferences).toEqual({
      destinations: '云南、海南',
      travelStyle: 'any',
      budget: 'any',
      room: 'twin',
      smoking: false,
      bed: null,
      seat: 'any',
      diet: 'vegetarian',
      allergies: null,
      interests: null,
    })
    expect(p.documents.map((d) => [d.kind, d.numberMasked, d.expiryDate])).toEqual([
      ['id_card', '110***********002X', '2036-01-01'],
      ['passport', 'E*****678', '2030-04-30'],
    ])
  })

  it('masks identity numbers and hides health notes in the profile', async () => {
    const id = await createCustomer(h, grandma)
    const p = await profile(id)
    const byKind = Object.fromEntries(p.needs.map((n) => [n.kind, n]))
    expect(byKind.elderly).toEqual({ kind: 'elderly', note: '需提交健康声明', noteHidden: false })
    expect(byKind.health).toEqual({ kind: 'health', note: null, noteHidden: true })
    const json = JSON.stringify(p)
    expect(json).not.toContain(ID_X)
    expect(json).not.toContain('E12345678')
    expect(json).not.toContain('高血压')
  })

  it('refuses a health need without recorded health consent', async () => {
    const r = await h.call('customers.create', { ...grandma, healthConsent: false })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'needs.1.kind': { key: 'errors.healthConsentRequired' } } },
    })
    expect((await h.must('customers.search', {})).total).toBe(0)
  })

  it('answers NOT_FOUND for a file that does not exist', async () => {
    expect(await h.call('customers.get', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})

describe('update', () => {
  it('saves the changes, bumps the version and audits the changed fields by name only', async () => {
    const id = await createCustomer(h, grandma)
    const before = await profile(id)
    const r = await h.must('customers.update', {
      ...editable(before),
      mobile: '13900001111',
      tags: ['VIP'],
      notes: '喜欢靠窗',
    })
    expect(r).toEqual({ version: 2 })
    const after = await profile(id)
    expect(after).toMatchObject({ version: 2, mobile: '13900001111', tags: ['VIP'], notes: '喜欢靠窗' })
    const last = (await auditRows(h.app.db)).at(-1)!
    expect(last).toMatchObject({ action: 'update', entity: 'customer', entity_id: id })
    expect(JSON.parse(last.fields).sort()).toEqual(['mobile', 'notes', 'tags'])
    expect(last.fields).not.toContain('13900001111')
    expect(last.fields).not.toContain('喜欢靠窗')
  })

  it('keeps a hidden health note the editor could not see (keepNote)', async () => {
    const id = await createCustomer(h, grandma)
    const fd = await h.signedIn('frontdesk')
    await h.must('customers.update', { ...editable(await profile(id, fd)), occupation: '退休教师' }, fd)
    const notes = await h.must('customers.revealHealth', { id })
    expect(notes).toEqual([{ kind: 'health', note: '高血压，随身带药' }])
  })

  it('refuses a stale save from a second window (STALE) and keeps the first save', async () => {
    const id = await createCustomer(h, grandma)
    const other = await h.signedIn('frontdesk')
    const formA = editable(await profile(id))
    const formB = editable(await profile(id, other))
    await h.must('customers.update', { ...formA, address: '北京市东城区' })
    const r = await h.call('customers.update', { ...formB, address: '上海市' }, other)
    expect(r).toMatchObject({ ok: false, error: { code: 'STALE', msg: { key: 'errors.stale' } } })
    expect((await profile(id)).address).toBe('北京市东城区')
    // reloading gives the second window the current version; its save then goes through
    await h.must('customers.update', { ...editable(await profile(id, other)), address: '上海市' }, other)
    expect(await profile(id)).toMatchObject({ address: '上海市', version: 3 })
  })

  it('treats a document change as a change to the file: an open form becomes stale', async () => {
    const id = await createCustomer(h, grandma)
    const form = editable(await profile(id))
    await h.must('customers.addDocument', { customerId: id, document: { kind: 'id_card', number: ID_2 } })
    const r = await h.call('customers.update', { ...form, notes: 'x' })
    expect(r).toMatchObject({ ok: false, error: { code: 'STALE' } })
  })

  it('refuses a customer as their own referrer and a file that does not exist', async () => {
    const id = await createCustomer(h, { name: '李明' })
    const form = editable(await profile(id))
    expect(await h.call('customers.update', { ...form, referrerId: id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { referrerId: { key: 'errors.referrer' } } },
    })
    expect(await h.call('customers.update', { ...form, id: 4242 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})

describe('lookup, duplicates, tags', () => {
  it('lookup gives a short list for pickers, in name order, limited', async () => {
    await createCustomer(h, {
      name: '张伟',
      mobile: '13800000001',
      birth: { calendar: 'solar', date: '1990-01-01' },
    })
    await createCustomer(h, { name: '张三' })
    await createCustomer(h, { name: '李四' })
    const rows = await h.must('customers.lookup', { q: '张' })
    expect(rows).toEqual([
      { id: expect.any(Number), name: '张三', mobile: null, age: null },
      { id: expect.any(Number), name: '张伟', mobile: '13800000001', age: 36 },
    ])
    expect(await h.must('customers.lookup', { q: '张', limit: 1 })).toHaveLength(1)
    expect(await h.must('customers.lookup', { q: '  ' })).toEqual([])
  })

  it('finds other files with the same mobile or identity number, excluding the file being edited', async () => {
    const a = await createCustomer(h, {
      name: '王建国',
      mobile: '13812345678',
      documents: [{ kind: 'id_card', number: ID_X }],
    })
    const b = await createCustomer(h, { name: '王建', mobile: '13812345678' })
    await createCustomer(h, { name: '无关', mobile: '13700000000' })
    expect(await h.must('customers.duplicates', { mobile: '+86 138 1234 5678' })).toEqual([
      { id: a, name: '王建国', mobile: '13812345678', reason: 'mobile' },
      { id: b, name: '王建', mobile: '13812345678', reason: 'mobile' },
    ])
    expect(await h.must('customers.duplicates', { mobile: '13812345678', excludeId: a })).toEqual([
      { id: b, name: '王建', mobile: '13812345678', reason: 'mobile' },
    ])
    expect(await h.must('customers.duplicates', { documents: [ID_X.toLowerCase()] })).toEqual([
      { id: a, name: '王建国', mobile: '13812345678', reason: 'document' },
    ])
    expect(await h.must('customers.duplicates', { documents: [ID_X], excludeId: a })).toEqual([])
  })

  it('counts tags, most used first', async () => {
    await createCustomer(h, { name: '甲', tags: ['VIP', '亲子'] })
    await createCustomer(h, { name: '乙', tags: ['亲子'] })
    await createCustomer(h, { name: '丙', tags: ['亲子', '摄影'] })
    expect(await h.must('customers.tags', {})).toEqual([
      { tag: '亲子', count: 3 },
      { tag: 'VIP', count: 1 },
      { tag: '摄影', count: 1 },
    ])
  })
})

describe('loadSample', () => {
  it('fills an empty database with families, valid identity numbers and a lunar birthday', async () => {
    const { created } = await h.must<{ created: number }>('customers.loadSample', {})
    const all = await h.must('customers.search', { pageSize: 200 })
    expect(all.total).toBe(created)
    expect(created).toBeGreaterThanOrEqual(40)
    const db = h.app.db
    const docs = await db
      .selectFrom('customer_documents')
      .select('number')
      .where('kind', '=', 'id_card')
      .execute()
    expect(docs.length).toBeGreaterThan(20)
    for (const d of docs) expect(validateIdCard(d.number, '2026-11-25'), d.number).toMatchObject({ ok: true })
    expect(all.rows.some((r: CustomerRow) => r.birth?.calendar === 'lunar')).toBe(true)
    const spouses = await db
      .selectFrom('customer_relations')
      .selectAll()
      .where('kind', '=', 'spouse')
      .execute()
    expect(spouses.length).toBeGreaterThan(0)
    // a family shows up on both sides
    const wife = await profile(spouses[0].b_id)
    expect(wife.relations).toContainEqual(
      expect.objectContaining({ kind: 'spouse', other: expect.objectContaining({ id: spouses[0].a_id }) }),
    )
    // the sample is a whole agency (trips, rooms, payments): slow on a busy PostgreSQL test cluster
  }, 240_000)

  it('is refused once the database holds customers', async () => {
    await createCustomer(h, { name: '真实客户' })
    const r = await h.call('customers.loadSample', {})
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT', msg: { key: 'errors.sampleNotEmpty' } } })
    expect((await h.must('customers.search', {})).total).toBe(1)
  })
})
