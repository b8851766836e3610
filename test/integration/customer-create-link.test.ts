import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { ID_2, auditRows, createCustomer, dbFingerprint, withCheck } from './fixtures'
import type { CustomerProfile } from '../../src/shared/customers/customer.types'

let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

const profile = (id: number) => h.must<CustomerProfile>('customers.get', { id })

describe('customers.createAndLink', () => {
  it('creates the relative’s file and the link in one step, seen from both sides and audited', async () => {
    const mother = await createCustomer(h, { name: '刘芳', mobile: '13900005555' })
    const before = (await auditRows(h.app.db)).length
    const out = await h.must<{ id: number; relationId: number }>('customers.createAndLink', {
      customerId: mother,
      kind: 'child',
      customer: {
        name: ' 刘小雨 ',
        pinyinName: 'liu xiaoyu',
        gender: 'female',
        birth: { calendar: 'solar', date: '2016-04-02' },
        mobile: '139 0000 6666',
        documents: [{ kind: 'passport', number: 'e87654321', expiryDate: '2031-01-01' }],
      },
    })
    // stored as the customer form stores it: trimmed, pinyin and document upper-cased, mobile normalised
    const child = await profile(out.id)
    expect(child).toMatchObject({
      name: '刘小雨',
      pinyinName: 'LIU XIAOYU',
      mobile: '13900006666',
      age: 10,
      birth: { calendar: 'solar', date: '2016-04-02' },
    })
    expect(child.documents.map((d) => d.kind)).toEqual(['passport'])
    // seen from the child's side the mother is a parent
    expect(child.relations).toEqual([
      expect.objectContaining({ kind: 'parent', other: expect.objectContaining({ id: mother }) }),
    ])
    const mine = await profile(mother)
    expect(mine.relations).toEqual([
      expect.objectContaining({
        id: out.relationId,
        kind: 'child',
        other: expect.objectContaining({ id: out.id }),
      }),
    ])
    // the new file is findable at once, like any created file
    const found = await h.must<{ rows: { id: number }[] }>('customers.search', { q: 'lxy' })
    expect(found.rows.map((r) => r.id)).toContain(out.id)
    const audit = (await auditRows(h.app.db)).slice(before)
    expect(audit.map((a) => [a.action, a.entity, a.entity_id])).toEqual([
      ['create', 'document', expect.any(Number)],
      ['create', 'customer', out.id],
      ['link', 'customer', mother],
    ])
    expect(JSON.parse(audit[2].fields)).toEqual(['relations'])
  })

  it('refuses with the form’s field messages (under customer.) and leaves the database as it was', async () => {
    const mother = await createCustomer(h, { name: '刘芳' })
    const fp = await dbFingerprint(h.app.db)
    const bad = await h.call('customers.createAndLink', {
      customerId: mother,
      kind: 'child',
      customer: {
        name: '',
        pinyinName: '刘',
        mobile: '123',
        documents: [{ kind: 'id_card', number: '1101' }],
      },
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const fields = bad.ok ? {} : bad.error.fields
    expect(Object.keys(fields ?? {}).sort()).toEqual([
      'customer.documents.0.number',
      'customer.mobile',
      'customer.name',
      'customer.pinyinName',
    ])
    expect(fields?.['customer.name']).toMatchObject({ key: 'errors.required' })

    // born after today (the harness clock: 2026-11-25) is main's check, as on customers.create
    const unborn = await h.call('customers.createAndLink', {
      customerId: mother,
      kind: 'child',
      customer: { name: '刘未来', documents: [{ kind: 'id_card', number: withCheck('11010520270101002') }] },
    })
    expect(unborn).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fields: { 'customer.documents.0.number': { key: 'errors.idCard.birthdate' } },
      },
    })
    // a referrer that is not on file, and an owner that is not on file: nothing half-written
    const noReferrer = await h.call('customers.createAndLink', {
      customerId: mother,
      kind: 'friend',
      customer: { name: '王五', referrerId: 999999 },
    })
    expect(noReferrer).toMatchObject({
      ok: false,
      error: { fields: { 'customer.referrerId': { key: 'errors.referrer' } } },
    })
    const noOwner = await h.call('customers.createAndLink', {
      customerId: 999999,
      kind: 'friend',
      customer: { name: '王五', documents: [{ kind: 'id_card', number: ID_2 }] },
    })
    expect(noOwner).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await dbFingerprint(h.app.db)).toBe(fp)
  })

  it('is open to every signed-in role and refused when signed out', async () => {
    const mother = await createCustomer(h, { name: '刘芳' })
    const desk = await h.signedIn('frontdesk')
    const r = await h.must(
      'customers.createAndLink',
      { customerId: mother, kind: 'spouse', customer: { name: '张强' } },
      desk,
    )
    expect((await profile(mother)).relations.map((x) => x.other.id)).toEqual([r.id])
    const fp = await dbFingerprint(h.app.db)
    const out = await h.call(
      'customers.createAndLink',
      { customerId: mother, kind: 'parent', customer: { name: '刘老' } },
      h.app.newSession(),
    )
    expect(out).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(await dbFingerprint(h.app.db)).toBe(fp)
  })
})
