import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { badChecksum, createCustomer, dbFingerprint, ID_2, ID_3, ID_X } from './fixtures'
import { chunks, csvBytes, xlsxBytes } from './import-fixtures'
import { createTrip, getTrip } from './trips-fixtures'
import type { DryRun, ImportReport, ImportRunRow } from '../../src/shared/imports/imports.types'

/*
 * A trip's sign-up sheet (报名表) through the import wizard's calls: each row matched to a kept
 * customer file or made into one, then put on the trip; people already on it and rows past the
 * trip's capacity refused with their row; the whole import undone. Everything through dispatch.
 */
let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

const HEAD = ['姓名', '性别', '手机', '证件号', '出生日期', '护照号', '房型/同住', '备注', '价格类型']

async function openSheet(tripId: number, fileName: string, bytes: Buffer) {
  const opened = await h.must('imports.open', { fileName, data: chunks(bytes) })
  const where = { token: opened.token, target: 'participants', tripId, sheet: 0, headerRow: 0 }
  const head = await h.must('imports.headers', where)
  const dry: DryRun = await h.must('imports.dryRun', { ...where, mapping: head.mapping })
  return { opened, head, where: { ...where, mapping: head.mapping }, dry }
}

const travellers = async (tripId: number) =>
  (await getTrip(h, tripId)).participants.map((p) => p.customer.name).sort()

describe('sign-up sheet', () => {
  it('reads a GBK CSV: kept files used, new files made, people on the trip and past capacity refused; undone whole', async () => {
    const tripId = await createTrip(h, { capacity: 4 })
    const onTrip = await createCustomer(h, { name: '赵敏', mobile: '13800000001' })
    await createCustomer(h, {
      name: '钱程',
      documents: [{ kind: 'id_card', number: ID_2, issueDate: null, issuePlace: null, expiryDate: null }],
    })
    await h.must('trips.addParticipants', { tripId, customerIds: [onTrip] })
    const bytes = csvBytes(
      [
        HEAD,
        ['赵敏', '女', '13800000001', '', '', '', '', '', '成人'],
        ['钱程', '男', '', ID_2, '1985-11-20', '', '', '', ''],
        ['孙悦', '女', '13800000003', '', '2016/5/1', 'E12345678', '单间', '素食', '儿童占床'],
        ['李雷', '男', '13800000004', '', '', '', '', '', '老人'],
        ['周杰', '男', '', badChecksum(ID_X), '', '', '', '', ''],
        ['孙悦', '女', '13800000003', '', '', '', '', '', ''],
        ['吴用', '男', '13800000005', ID_3, '', '', '与钱程同住', '', '成人'],
        ['郑和', '男', '13800000006', '', '', '', '', '', ''],
      ],
      'gbk',
    )
    const { opened, head, where, dry } = await openSheet(tripId, '报名表.csv', bytes)
    expect(opened.encoding).toBe('gb18030')
    expect(head.mapping).toEqual({
      0: 'name',
      1: 'gender',
      2: 'mobile',
      3: 'idCard',
      4: 'birth',
      5: 'passport',
      6: 'room',
      7: 'notes',
      8: 'priceType',
    })
    expect(dry.rejected.map((r) => [r.row, r.problems.map((p) => [p.field, p.msg.key])])).toEqual([
      [2, [['row', 'errors.importOnTrip']]],
      [5, [['priceType', 'errors.importPriceType']]],
      [6, [['idCard', 'errors.idCard.checksum']]],
    ])
    // the kept file is offered first ("this is the person"); two rows of one person inside the sheet
    expect(dry.groups.map((g) => [g.key, g.rows.map((r) => r.row), g.existing.length, g.choices])).toEqual([
      ['r3', [3], 1, ['update', 'skip', 'create']],
      ['r4', [4, 7], 0, ['skip', 'create']],
    ])
    const report: ImportReport = await h.must('imports.run', { ...where, decisions: {} })
    // capacity 4, one already on: 钱程 (kept file), 孙悦 and 吴用 (new) fit, 郑和 does not
    expect(report).toMatchObject({ created: 2, updated: 1, skipped: [{ row: 7, reason: 'duplicate' }] })
    expect(report.rejected.map((r) => [r.row, r.problems[0].msg.key])).toEqual([
      [2, 'errors.importOnTrip'],
      [5, 'errors.importPriceType'],
      [6, 'errors.idCard.checksum'],
      [9, 'errors.importTripFull'],
    ])
    expect(await travellers(tripId)).toEqual(['吴用', '孙悦', '赵敏', '钱程'])
    const sun = (await getTrip(h, tripId)).participants.find((p) => p.customer.name === '孙悦')!
    expect(sun).toMatchObject({ priceType: 'child_bed', singleRoom: true, notes: '单间；素食' })
    expect(sun.customer.documents.map((d) => d.kind)).toEqual(['passport'])
    const wu = (await getTrip(h, tripId)).participants.find((p) => p.customer.name === '吴用')!
    expect(wu).toMatchObject({ priceType: 'adult', singleRoom: false, notes: '与钱程同住' })

    const runs: ImportRunRow[] = await h.must('imports.list', { target: 'participants', tripId })
    expect(runs.map((r) => [r.created, r.updated, r.skipped, r.rejected])).toEqual([[2, 1, 1, 4]])
    // another trip's history does not show it, nor does the customer import's
    const other = await createTrip(h)
    expect(await h.must('imports.list', { target: 'participants', tripId: other })).toEqual([])
    expect(await h.must('imports.list', { target: 'customers' })).toEqual([])

    await h.must('imports.undo', { id: runs[0].id, version: runs[0].version })
    expect(await travellers(tripId)).toEqual(['赵敏'])
    const found = await h.must('customers.search', { q: '孙悦', pageSize: 10 })
    expect(found.rows).toEqual([])
    // the kept file is still there, untouched
    expect((await h.must('customers.search', { q: '钱程', pageSize: 10 })).rows).toHaveLength(1)
  })

  it('reads an xlsx; undo is refused once a place was changed, and a sheet needs its trip', async () => {
    const tripId = await createTrip(h)
    const bytes = await xlsxBytes((ws) => {
      ws.addRow(['报名表：云南六日游'])
      ws.mergeCells('A1:F1')
      ws.addRow(['姓名', '手机', '身份证号', '出生日期', '价格类型', '房型'])
      ws.addRow(['林一', 13900000011, ID_X, 18263, '成人', '双床'])
      ws.addRow(['林二', '13900000012', '', '', 'infant', ''])
    })
    const opened = await h.must('imports.open', { fileName: '报名表.xlsx', data: chunks(bytes) })
    const where = { token: opened.token, target: 'participants', tripId, sheet: 0, headerRow: 1 }
    const head = await h.must('imports.headers', where)
    const dry: DryRun = await h.must('imports.dryRun', { ...where, mapping: head.mapping })
    expect([dry.total, dry.valid, dry.rejected]).toEqual([2, 2, []])
    // a sheet for no trip, a trip for a customer import, a trip that is not there: refused
    const { tripId: _t, ...noTrip } = where
    for (const bad of [noTrip, { ...where, target: 'customers' }]) {
      const r = await h.call('imports.dryRun', { ...bad, mapping: head.mapping })
      expect(r.ok ? null : r.error.code).toBe('VALIDATION')
    }
    const gone = await h.call('imports.dryRun', { ...where, tripId: 99999, mapping: head.mapping })
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND')

    const report: ImportReport = await h.must('imports.run', {
      ...where,
      mapping: head.mapping,
      decisions: {},
    })
    expect([report.created, report.updated, report.rejected]).toEqual([2, 0, []])
    const trip = await getTrip(h, tripId)
    const lin = trip.participants.find((p) => p.customer.name === '林一')!
    expect(lin).toMatchObject({ priceType: 'adult', notes: '双床' })
    expect(lin.customer.mobile).toBe('13900000011')
    expect(trip.participants.find((p) => p.customer.name === '林二')!.priceType).toBe('infant')
    // a clerk gives 林一 a contract number: the import is no longer the import's alone to take back
    const { id, version, customer: _c, ...fields } = lin
    await h.must('trips.updateParticipant', { ...fields, id, version, contractNo: 'HT-2026-001' })
    const [run]: ImportRunRow[] = await h.must('imports.list', { target: 'participants', tripId })
    const fp = await dbFingerprint(h.app.db)
    const r = await h.call('imports.undo', { id: run.id, version: run.version })
    expect(r.ok ? null : r.error.code).toBe('CONFLICT')
    expect(await dbFingerprint(h.app.db)).toBe(fp)
  })
})
