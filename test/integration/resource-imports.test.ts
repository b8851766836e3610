import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { dbFingerprint } from './fixtures'
import { csvBytes, openAndMap, xlsxBytes } from './import-fixtures'
import { createTrip } from './trips-fixtures'
import type { DryRun } from '../../src/shared/imports/imports.types'
import type { SupplierView } from '../../src/shared/trips/trip.types'

/*
 * Guides and suppliers imported the way customers are: suggested mapping, the form's own rules per
 * row, duplicates (supplier name + type, guide licence or mobile) with skip / update / create, one
 * import to undo. Everything through dispatch, on both stores.
 */
let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

const supplierNames = async () =>
  (await h.must<SupplierView[]>('suppliers.list', { q: '', includeInactive: true })).map((s) => s.name).sort()

describe('suppliers', () => {
  it('maps a supplier sheet, refuses rows the form would refuse, and groups duplicates by name and type', async () => {
    await h.must('suppliers.create', { kind: 'hotel', name: '西湖 国宾馆', phone: '0571-87979889' })
    const bytes = await xlsxBytes((ws) => {
      ws.addRow(['供应商名称', '类型', '联系人', '电话', '经营许可证号', '许可证有效期', '地址', '备注'])
      ws.addRow(['西湖国宾馆', '酒店', '王经理', '0571-87979888', '', '2027/6/30', '杭州西湖区', '湖景房'])
      ws.addRow(['西湖国宾馆', '餐厅', '李主管', '', '', '', '', ''])
      ws.addRow(['桂林山水地接社', '地接社', '陈导', '0773-2822222', 'L-GX-00123', '20280101', '', ''])
      ws.addRow(['桂林山水地接社', '地接', '陈导', '', '', '', '', '同一家'])
      ws.addRow(['无类型公司', '', '', '', '', '', '', ''])
      ws.addRow(['怪类型公司', '飞艇', '', '', '', '', '', ''])
      ws.addRow(['日期不对', '车队', '', '', '', '2027-13-45', '', ''])
    })
    const opened = await openAndMap(h, '供应商.xlsx', bytes, undefined, 0, 'suppliers')
    const { head, where } = opened
    const dry: DryRun = opened.dry
    expect(head.mapping).toEqual({
      0: 'name',
      1: 'kind',
      2: 'contactPerson',
      3: 'phone',
      4: 'licenceNo',
      5: 'licenceExpiry',
      6: 'address',
      7: 'notes',
    })
    expect(dry.total).toBe(7)
    expect(dry.rejected.map((r) => [r.row, r.problems.map((p) => [p.field, p.msg.key])])).toEqual([
      [6, [['kind', 'errors.required']]],
      [7, [['kind', 'errors.invalidValue']]],
      [8, [['licenceExpiry', 'errors.importDate']]],
    ])
    // the kept hotel (same name, spaced differently) and the two ground-operator rows; the restaurant is new
    expect(dry.groups.map((g) => [g.key, g.rows.map((r) => r.row), g.existing.length, g.choices])).toEqual([
      ['r2', [2], 1, ['skip', 'update', 'create']],
      ['r4', [4, 5], 0, ['skip', 'create']],
    ])
    const report = await h.must('imports.run', { ...where, decisions: { r2: 'update' } })
    expect(report).toMatchObject({ created: 2, updated: 1, skipped: [{ row: 5, reason: 'duplicate' }] })
    expect(report.rejected).toHaveLength(3)
    expect(await supplierNames()).toEqual(['桂林山水地接社', '西湖国宾馆', '西湖国宾馆'])
    const [hotel] = await h.must('suppliers.list', { q: '', kind: 'hotel' })
    // cells the row filled win; the name cell did too (it is the sheet's spelling now)
    expect(hotel).toMatchObject({
      name: '西湖国宾馆',
      phone: '0571-87979888',
      contactPerson: '王经理',
      licenceExpiry: '2027-06-30',
      version: 2,
    })
    const [ground] = await h.must('suppliers.list', { q: '', kind: 'ground_operator' })
    expect(ground).toMatchObject({ licenceNo: 'L-GX-00123', licenceExpiry: '2028-01-01' })
    // found by the search keys a form-made supplier gets
    expect((await h.must<SupplierView[]>('suppliers.list', { q: 'glss' })).map((s) => s.name)).toEqual([
      '桂林山水地接社',
    ])
  })

  it('undo removes the suppliers it created and puts back the one it updated; refused once one is booked', async () => {
    const kept = await h.must('suppliers.create', { kind: 'coach', name: '大众车队', phone: '0571-1' })
    const before = await dbFingerprint(h.app.db)
    const bytes = csvBytes(
      [
        ['名称', '类型', '电话'],
        ['大众车队', '车队', '0571-2'],
        ['新新餐厅', '餐厅', ''],
      ],
      'gbk',
    )
    const { where } = await openAndMap(h, 's.csv', bytes, undefined, 0, 'suppliers')
    const report = await h.must('imports.run', { ...where, decisions: { r2: 'update' } })
    expect(report).toMatchObject({ created: 1, updated: 1 })
    // the customers' history does not list it, the suppliers' does
    expect(await h.must('imports.list', {})).toEqual([])
    const [run] = await h.must('imports.list', { target: 'suppliers' })
    expect(run).toMatchObject({ id: report.id, created: 1, updated: 1, encoding: 'gb18030' })
    await h.must('imports.undo', { id: run.id, version: run.version })
    expect(await supplierNames()).toEqual(['大众车队'])
    expect(await h.must('suppliers.get', { id: kept.id })).toMatchObject({ phone: '0571-1', version: 3 })
    expect(await dbFingerprint(h.app.db)).not.toBe(before)

    // a second import, whose new supplier is then booked for a trip: its undo changes nothing
    const again = await openAndMap(h, 's2.csv', bytes, undefined, 0, 'suppliers')
    await h.must('imports.run', { ...again.where, decisions: { r2: 'skip' } })
    const made = (await h.must('suppliers.list', { q: '新新' }))[0]
    const tripId = await createTrip(h)
    await h.must('trips.addBooking', { tripId, supplierId: made.id })
    const [second] = await h.must('imports.list', { target: 'suppliers' })
    const snapshot = await dbFingerprint(h.app.db)
    const r = await h.call('imports.undo', { id: second.id, version: second.version })
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'CONFLICT',
      msg: { key: 'errors.importEditedSince' },
    })
    expect(await dbFingerprint(h.app.db)).toBe(snapshot)
  })

  it('refuses a mapping with a field of another kind of record', async () => {
    const { where } = await openAndMap(
      h,
      's.csv',
      csvBytes(
        [
          ['名称', '类型'],
          ['甲', '酒店'],
        ],
        'utf-8',
      ),
      undefined,
      0,
      'suppliers',
    )
    const before = await dbFingerprint(h.app.db)
    const r = await h.call('imports.run', { ...where, mapping: { 0: 'name', 1: 'idCard' }, decisions: {} })
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'VALIDATION',
      fields: { mapping: { key: 'errors.invalidValue' } },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })
})

describe('guides', () => {
  it('imports guides with levels, roles and languages in words, dedups by licence or mobile, and undoes', async () => {
    const kept = await h.must('guides.create', {
      name: '赵导',
      licenceNo: 'D-3301-001',
      mobile: '13900000001',
    })
    const bytes = csvBytes(
      [
        ['导游姓名', '手机', '导游证号', '等级', '语种', '角色', '导游证有效期', '备注'],
        ['赵导', '13900000009', 'd-3301-001', '高级', '英语、日语', '全陪/地陪', '2028-12-31', '老搭档'],
        ['钱导', '13900000002', 'D-3301-002', '中级', '普通话', '领队', '', ''],
        ['孙导', '13900000002', '', '', '', '', '', '同一个手机'],
        ['李导', '12345', '', '', '', '', '', ''],
        ['周导', '', '', '五星', '', '司机', '', ''],
      ],
      'utf-8-bom',
    )
    const opened = await openAndMap(h, '导游.csv', bytes, undefined, 0, 'guides')
    const { head, where } = opened
    const dry: DryRun = opened.dry
    expect(Object.values(head.mapping)).toEqual([
      'name',
      'mobile',
      'licenceNo',
      'level',
      'languages',
      'roles',
      'licenceExpiry',
      'notes',
    ])
    expect(dry.rejected.map((r) => [r.row, r.problems.map((p) => p.field)])).toEqual([
      [5, ['mobile']],
      [6, ['level', 'roles']],
    ])
    expect(dry.groups.map((g) => [g.rows.map((r) => r.row), g.existing.map((e) => e.id)])).toEqual([
      [[2], [kept.id]],
      [[3, 4], []],
    ])
    const report = await h.must('imports.run', { ...where, decisions: { r2: 'update', r3: 'create' } })
    expect(report).toMatchObject({ created: 2, updated: 1, skipped: [] })
    expect(await h.must('guides.get', { id: kept.id })).toMatchObject({
      mobile: '13900000009',
      level: 'senior',
      languages: ['英语', '日语'],
      roles: ['national_escort', 'local_guide'],
      licenceExpiry: '2028-12-31',
      notes: '老搭档',
    })
    const [run] = await h.must('imports.list', { target: 'guides' })
    await h.must('imports.undo', { id: run.id, version: run.version })
    const all = await h.must<{ name: string }[]>('guides.list', { q: '', includeInactive: true })
    expect(all.map((g) => g.name)).toEqual(['赵导'])
    expect(all[0]).toMatchObject({ mobile: '13900000001', level: null, roles: [], notes: null })
  })
})
