import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PASSWORD, harness } from './harness'
import type { Harness } from './harness'
import { ID_X, auditRows, createCustomer, editable } from './fixtures'
import type { AuditEntry } from '../../src/shared/audit/audit.api'

let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

const secret = {
  name: '欧阳娜娜',
  mobile: '13812345678',
  email: 'nana@example.com',
  address: '北京市朝阳区建国路88号',
  notes: '对海鲜过敏',
  healthConsent: true,
  needs: [{ kind: 'health', note: '心脏支架术后' }],
  documents: [{ kind: 'id_card', number: ID_X }],
}

async function list(input: Record<string, unknown> = {}, s = h.admin) {
  return h.must<{ total: number; rows: AuditEntry[] }>('audit.list', input, s)
}

describe('what is recorded', () => {
  it('records create, update, reveal and delete of a customer with who and when', async () => {
    const id = await createCustomer(h, secret)
    const p = await h.must('customers.get', { id })
    await h.must('customers.update', { ...editable(p), mobile: '13900001111', occupation: '教师' })
    await h.must('customers.revealDocument', { id: p.documents[0].id })
    await h.must('customers.revealHealth', { id })
    h.clock.now = new Date('2026-11-26T08:00:00.000Z')
    await h.must('customers.remove', { id })

    const { rows } = await list({ entity: 'customer', entityId: id })
    expect(rows.map((r) => [r.action, r.fields])).toEqual([
      ['delete', []],
      ['reveal', ['healthNotes']],
      ['update', ['mobile', 'occupation']],
      ['create', expect.arrayContaining(['name', 'mobile', 'email', 'address', 'notes', 'needs'])],
    ])
    expect(rows[0]).toMatchObject({ at: '2026-11-26T08:00:00.000Z', staff: { name: '管理员' } })
    const reveal = await list({ entity: 'document', action: 'reveal' })
    expect(reveal.rows).toEqual([
      expect.objectContaining({ entityId: p.documents[0].id, fields: ['number'], staff: expect.anything() }),
    ])
  })

  it('records sign-in and failed sign-in against the staff member', async () => {
    const s = h.app.newSession()
    await h.must('auth.signIn', { login: 'admin', password: PASSWORD }, s)
    expect(
      await h.call('auth.signIn', { login: 'admin', password: 'wrong-password' }, h.app.newSession()),
    ).toMatchObject({
      ok: false,
    })
    const { rows } = await list({ entity: 'session' })
    expect(rows.map((r) => [r.action, r.staff?.name, r.entityId])).toEqual([
      ['signin.failed', '管理员', 1],
      ['signin', '管理员', 1],
    ])
  })
})

describe('the log holds field names, never values', () => {
  it('no name, number, phone, address or note appears in any entry', async () => {
    const id = await createCustomer(h, secret)
    const p = await h.must('customers.get', { id })
    await h.must('customers.update', {
      ...editable(p),
      name: '欧阳菲菲',
      notes: '改为靠窗座位',
    })
    await h.must('customers.logCommunication', {
      customerId: id,
      channel: 'phone',
      direction: 'inbound',
      summary: '咨询签证',
    })
    await h.must('customers.revealDocument', { id: p.documents[0].id })
    await h.must('customers.remove', { id })

    const raw = JSON.stringify(await auditRows(h.app.db))
    for (const value of [
      '欧阳娜娜',
      '欧阳菲菲',
      '欧阳',
      ID_X,
      ID_X.slice(-4),
      '13812345678',
      '5678',
      'nana@example.com',
      '建国路',
      '对海鲜过敏',
      '靠窗',
      '心脏',
      '签证',
    ]) {
      expect(raw, value).not.toContain(value)
    }
    // every entry's fields is a list of identifiers
    for (const row of await auditRows(h.app.db)) {
      for (const f of JSON.parse(row.fields) as string[]) expect(f).toMatch(/^[a-zA-Z_]+$/)
    }
  })
})

describe('append-only', () => {
  it('the database itself refuses to rewrite or delete audit entries', async () => {
    await createCustomer(h, { name: '李明' })
    const before = await auditRows(h.app.db)
    expect(before.length).toBeGreaterThan(1)
    await expect(sql`UPDATE audit_log SET action = 'nothing'`.execute(h.app.db)).rejects.toThrow(
      /append-only/,
    )
    await expect(sql`UPDATE audit_log SET fields = '[]' WHERE id = 1`.execute(h.app.db)).rejects.toThrow(
      /append-only/,
    )
    await expect(sql`DELETE FROM audit_log`.execute(h.app.db)).rejects.toThrow(/append-only/)
    await expect(sql`DELETE FROM audit_log WHERE id = ${before[0].id}`.execute(h.app.db)).rejects.toThrow(
      /append-only/,
    )
    expect(await auditRows(h.app.db)).toEqual(before)
  })
})

describe('audit.list', () => {
  it('pages newest first with a total, and filters by entity, id and action', async () => {
    const a = await createCustomer(h, { name: '甲' })
    const b = await createCustomer(h, { name: '乙' })
    await h.must('customers.logCommunication', {
      customerId: a,
      channel: 'sms',
      direction: 'outbound',
      summary: 'x',
    })
    const all = await list({ pageSize: 200 })
    const stored = await auditRows(h.app.db)
    expect(all.total).toBe(stored.length)
    expect(all.rows.map((r) => r.id)).toEqual(stored.map((r) => r.id).reverse())

    const p0 = await list({ pageSize: 2, page: 0 })
    const p1 = await list({ pageSize: 2, page: 1 })
    expect(p0.total).toBe(stored.length)
    expect([...p0.rows, ...p1.rows].map((r) => r.id)).toEqual(all.rows.slice(0, 4).map((r) => r.id))

    expect((await list({ entity: 'customer', entityId: b })).rows.map((r) => r.action)).toEqual(['create'])
    expect((await list({ entity: 'customer', entityId: a })).rows.map((r) => r.action)).toEqual([
      'communication',
      'create',
    ])
    const creates = await list({ entity: 'customer', action: 'create' })
    expect(creates.total).toBe(2)
    expect(creates.rows.map((r) => r.entityId)).toEqual([b, a])
    expect((await list({ action: 'setup' })).rows).toEqual([
      expect.objectContaining({ entity: 'staff', entityId: 1, staff: { id: 1, name: '管理员' } }),
    ])
  })

  it('front desk cannot read the audit log; a manager can', async () => {
    const fd = await h.signedIn('frontdesk')
    expect(await h.call('audit.list', {}, fd)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const mgr = await h.signedIn('manager')
    expect((await list({}, mgr)).total).toBeGreaterThan(0)
  })
})

describe('the ledger', () => {
  it('filters by who did it and by the agency’s days, both ends included', async () => {
    const mgr = await h.signedIn('manager')
    // 2026-11-25 23:50 and 2026-11-26 00:10 in Beijing: two different agency days, one UTC day
    h.clock.now = new Date('2026-11-25T15:50:00.000Z')
    const a = await createCustomer(h, { name: '甲' })
    h.clock.now = new Date('2026-11-25T16:10:00.000Z')
    await h.must(
      'customers.logCommunication',
      { customerId: a, channel: 'sms', direction: 'outbound', summary: 'x' },
      mgr,
    )

    const mine = await list({ staffId: mgr.staff!.id })
    expect(mine.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['communication']))
    expect(mine.rows.every((r) => r.staff?.id === mgr.staff!.id)).toBe(true)
    expect((await list({ from: '2026-11-26', to: '2026-11-26' })).rows.map((r) => r.action)).toEqual([
      'communication',
    ])
    const day25 = await list({ from: '2026-11-25', to: '2026-11-25', entity: 'customer' })
    expect(day25.rows.map((r) => r.action)).toEqual(['create'])
    expect(await h.call('audit.list', { from: '2026-11-26', to: '2026-11-25' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { to: { key: 'errors.dateOrder' } } },
    })
  })

  it('names each record as people know it and links it; a deleted customer keeps no name', async () => {
    const a = await createCustomer(h, { name: '王建国', documents: [{ kind: 'id_card', number: ID_X }] })
    const b = await createCustomer(h, { name: '李秀英' })
    const trip = await h.must('trips.create', {
      routeName: '云南六日游',
      destination: '昆明',
      kind: 'domestic',
      departDate: '2026-12-03',
      returnDate: '2026-12-08',
    })
    const { code } = await h.must<{ code: string }>('trips.get', { id: trip.id })
    await h.must('trips.addParticipants', { tripId: trip.id, customerIds: [a] })
    const doc = (await h.must('customers.get', { id: a })).documents[0].id
    await h.must('customers.revealDocument', { id: doc })
    await h.must('customers.remove', { id: b })

    const { rows } = await list({ pageSize: 200 })
    const about = (entity: string, action: string) =>
      rows.find((r) => r.entity === entity && r.action === action)
    expect(about('trip', 'create')?.record).toEqual({
      label: `${code} 云南六日游`,
      link: { entity: 'trip', id: trip.id },
    })
    expect(about('document', 'reveal')?.record).toEqual({
      label: '王建国',
      link: { entity: 'customer', id: a },
    })
    expect(rows.find((r) => r.entity === 'customer' && r.entityId === a)?.record).toEqual({
      label: '王建国',
      link: { entity: 'customer', id: a },
    })
    // the log never held the name, and the file is gone: nothing to show but the kind of record
    expect(rows.filter((r) => r.entity === 'customer' && r.entityId === b).map((r) => r.record)).toEqual([
      null,
      null,
    ])
  })

  it('lists everyone who can appear in it, deactivated staff too, for managers only', async () => {
    const fd = await h.signedIn('frontdesk', 'left')
    expect(await h.call('audit.people', {}, fd)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const id = fd.staff!.id
    const { version } = (await h.must<{ id: number; version: number }[]>('staff.list', {})).find(
      (s) => s.id === id,
    )!
    await h.must('staff.setActive', { id, version, active: false })
    const people = await h.must<{ id: number; name: string; active: boolean }[]>('audit.people', {})
    expect(people.find((p) => p.id === id)).toMatchObject({ active: false })
    expect(people.find((p) => p.id === h.admin.staff!.id)).toMatchObject({ active: true })
  })
})
