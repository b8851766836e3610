import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Session } from '../../src/main/app'
import { readXlsx } from '../../src/main/spreadsheet/xlsx'
import { parseCsv } from '../../src/main/spreadsheet/csv'
import { harness } from './harness'
import type { Harness } from './harness'
import { ID_2, ID_X, auditRows, createCustomer, dbFingerprint, savedFiles } from './fixtures'
import { createTrip } from './trips-fixtures'

/** Exports read back as a person would open them: the file main handed to the save effect. */
describe('exports', () => {
  let h: Harness
  let frontdesk: Session
  let manager: Session
  let tripId: number
  // the files main handed to the save dialog, as the person would open them
  const { effects, files: saved, last, cancelNext } = savedFiles()
  const sheetOf = async () => (await readXlsx(last().bytes))[0].rows

  beforeAll(async () => {
    h = await harness({ effects })
    frontdesk = await h.signedIn('frontdesk')
    manager = await h.signedIn('manager')
    const wang = await createCustomer(h, {
      name: '王建国',
      mobile: '13912345678',
      healthConsent: true,
      needs: [
        { kind: 'elderly', note: '需提交健康声明' },
        { kind: 'health', note: '糖尿病' },
      ],
      tags: ['老客户'],
      documents: [
        { kind: 'id_card', number: ID_X },
        { kind: 'passport', number: 'E12345678', expiryDate: '2030-01-01' },
      ],
    })
    const li = await createCustomer(h, {
      name: '李娜',
      mobile: '13800001111',
      documents: [{ kind: 'id_card', number: ID_2 }],
    })
    await createCustomer(h, { name: '赵敏', mobile: '13700002222' })
    tripId = await createTrip(h, { kind: 'outbound' })
    const { ids } = await h.must<{ ids: number[] }>('trips.addParticipants', {
      tripId,
      customerIds: [wang, li],
    })
    const trip = await h.must<{ participants: { id: number; version: number }[] }>('trips.get', {
      id: tripId,
    })
    await h.must('trips.updateParticipant', {
      id: ids[0],
      version: trip.participants[0].version,
      roomNo: '0801',
      roommateId: ids[1],
      notes: '=HYPERLINK("http://evil","点我")',
    })
  })
  afterAll(async () => {
    await h.close()
  })

  it('exports the customer list with its search, identity numbers masked by default', async () => {
    const r = await h.must('exports.customers', { format: 'xlsx', search: { q: '王' } })
    expect(r).toMatchObject({ done: true, rows: 1 })
    const rows = await sheetOf()
    expect(rows[0]).toContain('姓名')
    expect(rows).toHaveLength(2)
    const wang = rows[1]
    expect(wang[0]).toBe('王建国')
    // the mobile stays text with every digit; the ID number is masked like on screen
    expect(wang).toContain('13912345678')
    expect(wang).toContain('110***********' + ID_X.slice(-4))
    expect(wang.join('|')).not.toContain(ID_X)
    expect(last().name).toMatch(/\.xlsx$/)
  })

  it('exports every matching customer, not one page', async () => {
    const r = await h.must<{ rows: number }>('exports.customers', { format: 'csv', lang: 'en' })
    expect(r.rows).toBe(3)
    const text = Buffer.from(last().bytes).toString('utf8')
    expect(text.startsWith('\ufeff')).toBe(true)
    expect(text).toContain('\r\n')
    const rows = parseCsv(text.slice(1))
    expect(rows[0][0]).toBe('Name')
    expect(rows.filter((x) => x.length > 0)).toHaveLength(4)
  })

  it('refuses full numbers to the front desk and changes nothing', async () => {
    const before = await dbFingerprint(h.app.db)
    const count = saved.length
    const r = await h.call('exports.customers', { format: 'xlsx', fullIdNumbers: true }, frontdesk)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('FORBIDDEN')
    expect(saved.length).toBe(count)
    expect(await dbFingerprint(h.app.db)).toEqual(before)
  })

  it('gives full numbers on explicit choice to a manager, audited with the row count', async () => {
    await h.must(
      'exports.participants',
      { format: 'xlsx', tripId, audience: 'insurer', fullIdNumbers: true },
      manager,
    )
    const rows = await sheetOf()
    // an outbound trip: the insurer gets the passport, in full
    expect(rows[1]).toEqual(expect.arrayContaining(['王建国', 'E12345678', '2030-01-01']))
    expect(rows[2]).toEqual(expect.arrayContaining(['李娜', ID_2]))
    const audit = (await auditRows(h.app.db)).filter((a) => a.action === 'export')
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ entity: 'trip', entity_id: tripId })
    expect(JSON.parse(audit[0].fields)).toEqual(['document_numbers', 'rows:2'])
  })

  it('writes nothing to the audit when the save is cancelled', async () => {
    const before = (await auditRows(h.app.db)).length
    cancelNext()
    const r = await h.must('exports.participants', {
      format: 'csv',
      tripId,
      audience: 'insurer',
      fullIdNumbers: true,
    })
    expect(r).toMatchObject({ done: false })
    expect((await auditRows(h.app.db)).length).toBe(before)
  })

  it('sends the ground operator rooming and needs, health kept from roles that may not see it', async () => {
    await h.must('exports.participants', { format: 'xlsx', tripId, audience: 'operator' }, frontdesk)
    const rows = await sheetOf()
    const wang = rows[1]
    // the room as the rooming board has it (a number typed in the form made a twin)
    expect(wang).toEqual(expect.arrayContaining(['王建国', '0801', '双床房', '李娜']))
    expect(wang.join('|')).toContain('特殊需要（保密）')
    expect(wang.join('|')).not.toContain('健康状况')
    expect(wang.join('|')).not.toContain('糖尿病')
    // a formula from customer data arrives as text, never as a formula
    expect(wang).toContain(`'=HYPERLINK("http://evil","点我")`)

    await h.must('exports.participants', { format: 'xlsx', tripId, audience: 'operator' }, manager)
    const asManager = (await sheetOf())[1].join('|')
    expect(asManager).toContain('健康状况')
    expect(asManager).not.toContain('糖尿病')
  })

  it('exports guides (passport masked) and suppliers', async () => {
    await h.must('guides.create', {
      name: '张导',
      roles: ['local_guide'],
      passportNo: 'G98765432',
      notes: '@SUM(1)',
    })
    await h.must('suppliers.create', { kind: 'hotel', name: '昆明大酒店', phone: '0871-1234567' })
    await h.must('exports.guides', { format: 'csv' })
    const guides = parseCsv(Buffer.from(last().bytes).toString('utf8').slice(1))
    expect(guides[1]).toEqual(expect.arrayContaining(['张导', 'G*****432', "'@SUM(1)"]))
    expect(guides[1].join('|')).not.toContain('G98765432')
    await h.must('exports.suppliers', { format: 'xlsx', kind: 'hotel' })
    const sup = await sheetOf()
    expect(sup[1]).toEqual(expect.arrayContaining(['昆明大酒店', '酒店', '0871-1234567']))
  })
})
