import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { ID_2, ID_X, auditRows, badChecksum, createCustomer, names } from './fixtures'
import type { CustomerProfile } from '../../src/shared/customers/customer.types'

let h: Harness
let id: number
beforeEach(async () => {
  h = await harness()
  id = await createCustomer(h, { name: '王建国', mobile: '13812345678' })
})
afterEach(async () => {
  await h.close()
})

const profile = (cid: number) => h.must<CustomerProfile>('customers.get', { id: cid })

describe('documents', () => {
  it('adds a document: shown masked, findable by its tail, audited without the number', async () => {
    const { id: docId } = await h.must('customers.addDocument', {
      customerId: id,
      document: { kind: 'id_card', number: ID_X, issuePlace: '北京市公安局东城分局' },
    })
    const p = await profile(id)
    expect(p.version).toBe(2)
    expect(p.documents).toEqual([
      {
        id: docId,
        kind: 'id_card',
        numberMasked: '110***********002X',
        issueDate: null,
        issuePlace: '北京市公安局东城分局',
        expiryDate: null,
        version: 1,
      },
    ])
    expect(await names(h, { q: '002X' })).toEqual(['王建国'])
    const last = (await auditRows(h.app.db)).at(-1)!
    expect(last).toMatchObject({ action: 'create', entity: 'document', entity_id: docId })
    expect(JSON.parse(last.fields)).toEqual(['kind', 'number'])
  })

  it('refuses an identity number with a wrong check digit, with a field message', async () => {
    const r = await h.call('customers.addDocument', {
      customerId: id,
      document: { kind: 'id_card', number: badChecksum(ID_X) },
    })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'document.number': { key: 'errors.idCard.checksum' } } },
    })
    expect((await profile(id)).documents).toEqual([])
  })

  it('updating without a number keeps the stored number; other fields change', async () => {
    const { id: docId } = await h.must('customers.addDocument', {
      customerId: id,
      document: { kind: 'id_card', number: ID_X },
    })
    const r = await h.must('customers.updateDocument', {
      id: docId,
      version: 1,
      kind: 'id_card',
      issueDate: '2016-01-01',
      expiryDate: '2036-01-01',
    })
    expect(r).toEqual({ version: 2 })
    expect(await h.must('customers.revealDocument', { id: docId })).toEqual({ number: ID_X })
    const doc = (await profile(id)).documents[0]
    expect(doc).toMatchObject({ issueDate: '2016-01-01', expiryDate: '2036-01-01', version: 2 })
    const update = (await auditRows(h.app.db)).find((a) => a.action === 'update' && a.entity === 'document')!
    expect(JSON.parse(update.fields)).toEqual(['issueDate', 'expiryDate'])
  })

  it('updating with a new number replaces it in the file and in search; bad numbers are refused', async () => {
    const { id: docId } = await h.must('customers.addDocument', {
      customerId: id,
      document: { kind: 'id_card', number: ID_X },
    })
    const bad = await h.call('customers.updateDocument', {
      id: docId,
      version: 1,
      kind: 'id_card',
      number: badChecksum(ID_2),
    })
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { number: { key: 'errors.idCard.checksum' } } },
    })
    await h.must('customers.updateDocument', { id: docId, version: 1, kind: 'id_card', number: ID_2 })
    expect(await h.must('customers.revealDocument', { id: docId })).toEqual({ number: ID_2 })
    expect(await names(h, { q: ID_2.slice(-4) })).toEqual(['王建国'])
    expect(await names(h, { q: '1231002X' })).toEqual([])
    // the stored version moved on: an editor still holding version 1 is refused
    expect(
      await h.call('customers.updateDocument', { id: docId, version: 1, kind: 'id_card', number: ID_X }),
    ).toMatchObject({ ok: false, error: { code: 'STALE' } })
  })

  it('removes a document from the file and from search', async () => {
    const { id: docId } = await h.must('customers.addDocument', {
      customerId: id,
      document: { kind: 'passport', number: 'E98765432' },
    })
    expect(await names(h, { q: '5432' })).toEqual(['王建国'])
    await h.must('customers.removeDocument', { id: docId })
    expect((await profile(id)).documents).toEqual([])
    expect(await names(h, { q: '5432' })).toEqual([])
    expect(await h.call('customers.removeDocument', { id: docId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})

describe('relations', () => {
  it('one link reads right from both sides (A is B’s parent ⇒ B is A’s child)', async () => {
    const mother = await createCustomer(h, { name: '李秀英' })
    // kind is what `otherId` is to `customerId`: the mother is 王建国's parent
    const { id: relId } = await h.must('customers.addRelation', {
      customerId: id,
      otherId: mother,
      kind: 'parent',
    })
    expect((await profile(id)).relations).toEqual([
      { id: relId, kind: 'parent', other: { id: mother, name: '李秀英' } },
    ])
    expect((await profile(mother)).relations).toEqual([
      { id: relId, kind: 'child', other: { id, name: '王建国' } },
    ])
  })

  it('a spouse link is symmetric, and removing it clears both sides', async () => {
    const wife = await createCustomer(h, { name: '刘芳' })
    const { id: relId } = await h.must('customers.addRelation', {
      customerId: wife,
      otherId: id,
      kind: 'spouse',
    })
    expect((await profile(id)).relations).toEqual([
      { id: relId, kind: 'spouse', other: { id: wife, name: '刘芳' } },
    ])
    await h.must('customers.removeRelation', { id: relId })
    expect((await profile(id)).relations).toEqual([])
    expect((await profile(wife)).relations).toEqual([])
  })

  it('refuses a relation to oneself, a second link between the same two people, and unknown people', async () => {
    const other = await createCustomer(h, { name: '刘芳' })
    expect(
      await h.call('customers.addRelation', { customerId: id, otherId: id, kind: 'friend' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { otherId: { key: 'errors.relationSelf' } } },
    })
    await h.must('customers.addRelation', { customerId: id, otherId: other, kind: 'friend' })
    for (const [a, b] of [
      [id, other],
      [other, id],
    ]) {
      expect(
        await h.call('customers.addRelation', { customerId: a, otherId: b, kind: 'colleague' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { otherId: { key: 'errors.relationExists' } } },
      })
    }
    expect(
      await h.call('customers.addRelation', { customerId: id, otherId: 999, kind: 'friend' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect((await profile(id)).relations).toHaveLength(1)
  })
})

describe('communications', () => {
  it('lists newest first with the staff member’s name, paged', async () => {
    const fd = await h.signedIn('frontdesk', 'xiaoli')
    const fdName = (await h.must('auth.status', {}, fd)).staff.name
    expect(fdName).not.toBe('管理员')
    const log = (at: string | null, summary: string, s = h.admin) =>
      h.must(
        'customers.logCommunication',
        { customerId: id, at, channel: 'phone', direction: 'outbound', summary },
        s,
      )
    await log('2026-11-20T09:00:00+08:00', '回团次日回访')
    await log('2026-11-01T10:00:00Z', '咨询云南六日游', fd)
    await log(null, '生日问候', fd) // no time given: now (2026-11-25T02:00Z)
    await log('2026-11-24T23:30:00Z', '确认出团通知')

    const page = await h.must('customers.communications', { customerId: id, pageSize: 3 })
    expect(page.total).toBe(4)
    expect(
      page.rows.map((r: { at: string; summary: string; staff: { name: string } }) => [
        r.at,
        r.summary,
        r.staff.name,
      ]),
    ).toEqual([
      ['2026-11-25T02:00:00.000Z', '生日问候', fdName],
      ['2026-11-24T23:30:00.000Z', '确认出团通知', '管理员'],
      ['2026-11-20T01:00:00.000Z', '回团次日回访', '管理员'],
    ])
    const rest = await h.must('customers.communications', { customerId: id, page: 1, pageSize: 3 })
    expect(rest.rows.map((r: { summary: string }) => r.summary)).toEqual(['咨询云南六日游'])
    expect((await profile(id)).communications.map((c) => c.summary)).toEqual([
      '生日问候',
      '确认出团通知',
      '回团次日回访',
      '咨询云南六日游',
    ])
  })

  it('refuses a log entry for an unknown customer', async () => {
    const r = await h.call('customers.logCommunication', {
      customerId: 404,
      channel: 'sms',
      direction: 'inbound',
      summary: 'x',
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
