import fs from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Effects } from '../../src/main/effects'
import { readXlsx } from '../../src/main/spreadsheet/xlsx'
import type { BackupInfo } from '../../src/shared/backups/backups.api'
import type {
  DestructionRecord,
  DueItem,
  PersonCopy,
  RestrictedFile,
} from '../../src/shared/privacy/privacy.api'
import type { CustomerDeletionCheck } from '../../src/shared/trips/trip-ended'
import { STORE, harness } from './harness'
import type { Harness } from './harness'
import { ID_X, auditRows, dbFingerprint } from './fixtures'
import { count, createTrip, customer } from './trips-fixtures'

/*
 * The retention duties with the harness's fixed clock (today 2026-11-25, Beijing) and the default
 * period of 2 years: a trip that returned on 2024-12-25 ended 23 months ago; its record may be
 * destroyed from 2026-12-26 (24 months + 1 day).
 */
const NAME = '欧阳娜娜'
const MOBILE = '13812345678'
const saved: { name: string; bytes: Uint8Array }[] = []
const effects: Effects = {
  notify: () => {},
  openExternal: async () => {},
  print: async () => ({ done: false }),
  async saveFile(_s, file) {
    saved.push(file)
    return { done: true, file: `/tmp/${file.name}` }
  },
}

let h: Harness
let who: number
let trip: number

async function join(tripId: number, ids: number[]): Promise<number[]> {
  return (await h.must<{ ids: number[] }>('trips.addParticipants', { tripId, customerIds: ids })).ids
}

const found = async () => [
  (await h.must('customers.search', { q: '欧阳' })).total,
  (await h.must('customers.search', { q: '' })).rows.filter((r: { name: string }) => r.name === NAME).length,
  (await h.must<unknown[]>('customers.lookup', { q: '5678', limit: 10 })).length,
]

beforeEach(async () => {
  saved.length = 0
  h = await harness({ effects })
  who = await customer(h, NAME, {
    mobile: MOBILE,
    documents: [{ kind: 'id_card', number: ID_X }],
    // a birthday next week with consent: the reminder engine plans a greeting for her
    birth: { calendar: 'solar', date: '1949-12-01' },
    marketingConsent: true,
  })
  trip = await createTrip(h, { routeName: '桂林四日游', departDate: '2024-12-22', returnDate: '2024-12-25' })
  await join(trip, [who])
})
afterEach(async () => {
  await h.close()
})

describe('a deletion request within the retention period', () => {
  it('restricts the file: hidden from search, lists, lookups, exports and reminders; listed for managers', async () => {
    await h.app.reminders.idle()
    expect(await count(h, 'reminders', `customer_id = ${who}`)).toBeGreaterThan(0)
    const check = await h.must<CustomerDeletionCheck>('customers.deletionCheck', { id: who })
    expect(check.restrictUntil).toBe('2026-12-26')
    expect(await found()).toEqual([1, 1, 1])

    await h.must('customers.remove', { id: who })
    await h.app.reminders.idle()
    expect(await found()).toEqual([0, 0, 0])
    expect(await count(h, 'reminders', `customer_id = ${who}`)).toBe(0)
    await h.must('exports.customers', { format: 'csv', search: {} })
    expect(Buffer.from(saved[0].bytes).toString('utf8')).not.toContain(NAME)
    // the contract row stays on the trip, its price and money with it
    expect(await count(h, 'trip_participants', `trip_id = ${trip}`)).toBe(1)

    const files = await h.must<RestrictedFile[]>('privacy.restricted', {})
    expect(files).toEqual([
      expect.objectContaining({
        name: NAME,
        lastTripEnd: '2024-12-25',
        destroyFrom: '2026-12-26',
        restrictedBy: '管理员',
      }),
    ])
    // not yet due: the review list proposes neither the file nor the trip archive
    expect(await h.must<DueItem[]>('privacy.due', {})).toEqual([])
    const audit = (await auditRows(h.app.db)).filter((r) => r.action === 'restrict')
    expect(audit).toEqual([
      expect.objectContaining({ entity: 'restricted_file', entity_id: files[0].id, fields: '[]' }),
    ])
  })

  it('deletes at once when the last trip ended more than the retention period ago', async () => {
    h.clock.now = new Date('2026-12-26T02:00:00.000Z')
    expect(
      (await h.must<CustomerDeletionCheck>('customers.deletionCheck', { id: who })).restrictUntil,
    ).toBeNull()
    await h.must('customers.remove', { id: who })
    expect(await h.must('privacy.restricted', {})).toEqual([])
    expect(await found()).toEqual([0, 0, 0])
  })

  it('a longer retention period set by a manager keeps the file longer', async () => {
    const mgr = await h.signedIn('manager')
    expect(await h.must('privacy.setRetention', { years: 3 }, mgr)).toEqual({ years: 3 })
    h.clock.now = new Date('2026-12-26T02:00:00.000Z')
    expect((await h.must<CustomerDeletionCheck>('customers.deletionCheck', { id: who })).restrictUntil).toBe(
      '2027-12-26',
    )
  })
})

describe('scheduled destruction', () => {
  it('proposes the file and the trip archive at 24 months + 1 day, destroys them on approval, records no data', async () => {
    await h.must('customers.remove', { id: who })
    const [file] = await h.must<RestrictedFile[]>('privacy.restricted', {})

    h.clock.now = new Date('2026-12-25T02:00:00.000Z')
    expect(await h.must('privacy.due', {})).toEqual([])
    const before = await dbFingerprint(h.app.db)
    expect(await h.call('privacy.destroy', { kind: 'restricted_file', id: file.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', msg: { key: 'errors.notDueForDestruction' } },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)

    h.clock.now = new Date('2026-12-26T02:00:00.000Z')
    const due = await h.must<DueItem[]>('privacy.due', {})
    expect(due.map((d) => [d.kind, d.id, d.destroyFrom])).toEqual([
      ['restricted_file', file.id, '2026-12-26'],
      ['trip_archive', trip, '2026-12-26'],
    ])
    const mgr = await h.signedIn('manager')
    for (const d of due) await h.must('privacy.destroy', { kind: d.kind, id: d.id }, mgr)
    expect(await h.must('privacy.due', {})).toEqual([])
    expect(await h.must('privacy.restricted', {})).toEqual([])
    const records = await h.must<DestructionRecord[]>('privacy.records', {})
    expect(records.map((r) => [r.kind, r.reference, r.destroyedAt.slice(0, 10)]).sort()).toEqual([
      ['restricted_file', file.reference, '2026-12-26'],
      ['trip_archive', `TA-${String(trip).padStart(6, '0')}`, '2026-12-26'],
    ])
    expect(JSON.stringify(records)).not.toContain(NAME)
    expect(await found()).toEqual([0, 0, 0])
    // a second approval of the same item is refused: nothing is destroyed twice
    expect(await h.call('privacy.destroy', { kind: 'trip_archive', id: trip }, mgr)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
  })

  it.skipIf(STORE === 'postgres')(
    'a backup made after the approval holds none of the person’s data',
    async () => {
      await h.must('customers.remove', { id: who })
      const [file] = await h.must<RestrictedFile[]>('privacy.restricted', {})
      h.clock.now = new Date('2026-12-26T02:00:00.000Z')
      await h.must('privacy.destroy', { kind: 'restricted_file', id: file.id })
      const backup = await h.must<BackupInfo>('backups.runNow', {})
      const bytes = fs.readFileSync(path.join(h.dir, 'backups', backup.name))
      for (const secret of [NAME, ID_X, MOBILE]) {
        expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false)
      }
    },
  )

  it('the trip archive takes a walk-in’s complaint and the sheets’ names; the trip and complaint stay on a kept file', async () => {
    const kept = await h.must('complaints.create', {
      channel: 'counter',
      tripId: trip,
      whatHappened: '导游强迫购物',
      cause: 'shopping',
      complainants: [{ customerId: who }],
    })
    await h.must('complaints.create', {
      channel: 'counter',
      tripId: trip,
      whatHappened: '导游强迫购物',
      cause: 'shopping',
      complainants: [{ name: '路人甲', phone: '13900009999' }],
    })
    await h.must('feedback.issue', { tripId: trip, blanks: 0 })
    h.clock.now = new Date('2026-12-26T02:00:00.000Z')
    await h.must('privacy.destroy', { kind: 'trip_archive', id: trip })
    // the complaint of a customer still on file is theirs (trip-archive-complaints.test.ts has the rest)
    expect(await count(h, 'complaints', `trip_id = ${trip}`)).toBe(1)
    expect(await count(h, 'complaints', `id = ${kept.id}`)).toBe(1)
    expect(await count(h, 'feedback_sheets', 'customer_id IS NOT NULL OR participant_id IS NOT NULL')).toBe(0)
    expect(await count(h, 'trips', `id = ${trip}`)).toBe(1)
    // the customer file is not a trip record: it stays, and the trip stays on it
    expect((await found())[0]).toBe(1)
    expect(await count(h, 'trip_participants', `trip_id = ${trip} AND customer_id = ${who}`)).toBe(1)
  })
})

describe("a person's copy", () => {
  it('holds every kind of record, as an xlsx read back; numbers masked unless a manager asks', async () => {
    const other = await customer(h, '欧阳父', { mobile: '13911112222' })
    await h.must('customers.addRelation', { customerId: who, otherId: other, kind: 'parent' })
    await h.must('customers.logCommunication', {
      customerId: who,
      at: '2026-11-20T09:00:00+08:00',
      channel: 'phone',
      direction: 'outbound',
      summary: '确认护照有效期',
    })
    const [participant] = (await h.must('trips.get', { id: trip })).participants.map(
      (p: { id: number }) => p.id,
    )
    await h.must('payments.record', {
      participantId: participant,
      day: '2024-12-01',
      amountFen: 100_050,
      method: 'wechat',
    })
    await h.must('complaints.create', {
      channel: 'counter',
      tripId: trip,
      whatHappened: '导游强迫购物',
      cause: 'shopping',
      complainants: [{ customerId: who }],
    })
    await h.must('feedback.issue', { tripId: trip, blanks: 0 })
    await h.app.reminders.idle()

    const fd = await h.signedIn('frontdesk')
    await h.must('privacy.copyXlsx', { customerId: who, lang: 'zh-CN' }, fd)
    const sheets = await readXlsx(saved[0].bytes)
    expect(sheets.map((s) => s.name)).toEqual([
      '客户档案',
      '证件',
      '沟通记录',
      '家人与同行',
      '出行与合同',
      '付款',
      '投诉',
      '意见单',
      '提醒',
    ])
    // a header row and at least one record on every sheet
    for (const s of sheets) expect(s.rows.length, s.name).toBeGreaterThan(1)
    const text = JSON.stringify(sheets)
    for (const v of [NAME, MOBILE, '确认护照有效期', '欧阳父', '桂林四日游', '1000.50', '导游强迫购物']) {
      expect(text, v).toContain(v)
    }
    expect(text).not.toContain(ID_X)
    expect(await h.call('privacy.copy', { customerId: who, fullIdNumbers: true }, fd)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })

    const mgr = await h.signedIn('manager')
    const copy = await h.must<PersonCopy>(
      'privacy.copy',
      { customerId: who, lang: 'en', fullIdNumbers: true },
      mgr,
    )
    expect(copy.sections.find((s) => s.key === 'documents')!.rows[0]).toContain(ID_X)
    expect(copy.sections[0].title).toBe('Customer file')
    const audit = (await auditRows(h.app.db)).filter((r) => r.action === 'personCopy')
    expect(audit.map((r) => [r.entity_id, r.fields])).toEqual([
      [who, '["xlsx"]'],
      [who, '["pdf","document_numbers"]'],
    ])
  })

  it('the duties are for managers and administrators; the front desk is refused', async () => {
    const fd = await h.signedIn('frontdesk')
    for (const [ch, input] of [
      ['privacy.restricted', {}],
      ['privacy.due', {}],
      ['privacy.records', {}],
      ['privacy.setRetention', { years: 5 }],
      ['privacy.destroy', { kind: 'trip_archive', id: trip }],
    ] as const) {
      expect(await h.call(ch, input, fd), ch).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await h.must('privacy.retention', {}, fd)).toEqual({ years: 2 })
    expect(await h.call('privacy.setRetention', { years: 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { years: { key: 'errors.retentionYears' } } },
    })
    expect(await h.call('privacy.copy', { customerId: 99999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})
