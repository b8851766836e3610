import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { badChecksum, createCustomer, dbFingerprint, ID_2, ID_3, ID_X, names } from './fixtures'
import { chunks, csvBytes, openAndMap, xlsxBytes } from './import-fixtures'

/*
 * Customer import end to end through dispatch: the file as Chinese Excel writes it, the dry run's
 * verdict per row and per duplicate group, the import, the report, and undoing it.
 */
let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

const HEAD = ['姓名', '手机号码（必填）', '身份证号', '生日', '性别', '标签', '备注']

describe('reading the files offices have', () => {
  for (const enc of ['utf-8', 'utf-8-bom', 'gbk'] as const) {
    it(`reads a ${enc} CSV, maps its headers, and imports every valid row`, async () => {
      const bytes = csvBytes(
        [
          HEAD,
          ['张伟', '13912345678', ID_X, '1949/12/31', '男', '老客户，VIP', '爱吃辣, 靠窗'],
          [],
          ['李娜', '139 1234 5679', ID_2.toLowerCase(), '19851120', '女', '', ''],
          ['王芳', '', '', '21262', '', '', ''],
        ],
        enc,
        enc === 'utf-8' ? '\n' : '\r\n',
      )
      const { opened, head, where, dry } = await openAndMap(h, '客户.csv', bytes)
      expect(opened.encoding).toBe(enc === 'gbk' ? 'gb18030' : enc)
      expect(head.mapping).toEqual({
        0: 'name',
        1: 'mobile',
        2: 'idCard',
        3: 'birth',
        4: 'gender',
        5: 'tags',
        6: 'notes',
      })
      expect(dry).toMatchObject({ total: 3, valid: 3, rejected: [], groups: [] })
      const report = await h.must('imports.run', { ...where, decisions: {} })
      expect(report).toMatchObject({ created: 3, updated: 0, skipped: [], rejected: [], cancelled: false })
      expect(await names(h, { q: '' })).toEqual(expect.arrayContaining(['张伟', '李娜', '王芳']))
      const zhang = await h.must('customers.get', {
        id: (await h.must('customers.search', { q: '张伟' })).rows[0].id,
      })
      expect(zhang).toMatchObject({
        gender: 'male',
        birth: { calendar: 'solar', date: '1949-12-31' },
        tags: ['VIP', '老客户'],
      })
      // Excel serial 21262 is 1958-03-18 (the 1900 system counts a 29 February 1900 that never was)
      const wang = (await h.must('customers.search', { q: '王芳' })).rows[0]
      expect((await h.must('customers.get', { id: wang.id })).birth).toEqual({
        calendar: 'solar',
        date: '1958-03-18',
      })
    })
  }

  it('reads an xlsx with merged header cells, formulas, a 10,000-character cell, serial dates and 18-digit IDs as text', async () => {
    const bytes = await xlsxBytes((ws) => {
      ws.addRow(['客户名单', '', '', '', ''])
      ws.mergeCells('A1:E1')
      ws.addRow(['姓名', '手机', '身份证号', '出生日期', '备注'])
      ws.addRow([
        '张伟',
        '13912345678',
        ID_X,
        new Date(Date.UTC(1949, 11, 31)),
        { formula: '"老"&"客户"', result: '老客户' },
      ])
      ws.addRow(['李娜', 13912345679, ID_2, 31006, 'x'.repeat(10_000)])
      ws.addRow(['赵强', '13912345670', ID_3, '2000-02-29', ''])
    })
    const { head, where, dry } = await openAndMap(h, 'clients.xlsx', bytes, undefined, 1)
    expect(head.headers).toEqual(['姓名', '手机', '身份证号', '出生日期', '备注'])
    expect(dry.total).toBe(3)
    // the 10,000-character note is longer than the form allows: reported with its row and column
    expect(dry.rejected).toEqual([
      {
        row: 4,
        name: '李娜',
        problems: [{ field: 'notes', msg: { key: 'errors.tooLong', params: { max: 2000 } } }],
      },
    ])
    const report = await h.must('imports.run', { ...where, decisions: {} })
    expect(report.created).toBe(2)
    const id = (await h.must('customers.search', { q: '张伟' })).rows[0].id
    const zhang = await h.must('customers.get', { id })
    expect(zhang).toMatchObject({ notes: '老客户', birth: { calendar: 'solar', date: '1949-12-31' } })
    expect(zhang.documents[0]).toMatchObject({ kind: 'id_card' })
    expect((await h.must('customers.revealDocument', { id: zhang.documents[0].id })).number).toBe(ID_X)
  })
})

describe('the dry run', () => {
  it('reports every refused row with its reason and groups duplicates within the file and against kept files', async () => {
    const kept = await createCustomer(h, { name: '张伟', mobile: '13912345678' })
    const bytes = csvBytes(
      [
        ['姓名', '手机', '身份证号', '生日', '农历生日'],
        ['张伟', '13912345678', '', '', ''],
        ['李娜', '13800000001', ID_2, '', ''],
        ['李娜', '', ID_2, '', ''],
        ['', '13800000002', '', '', ''],
        ['错号', '13800000003', badChecksum(ID_X), '', ''],
        ['坏日', '13800000004', '', '1958-02-30', ''],
        ['农历', '13800000005', '', '', '1958年三月十七'],
        ['坏农历', '13800000006', '', '', '1958年闰三月十七'],
        ['电话', '12345', '', '', ''],
      ],
      'utf-8',
    )
    const { where, dry } = await openAndMap(h, 'x.csv', bytes)
    expect(dry.total).toBe(9)
    expect(dry.rejected.map((r: any) => [r.row, r.problems[0].field, r.problems[0].msg.key])).toEqual([
      [5, 'name', 'errors.required'],
      [6, 'idCard', 'errors.idCard.checksum'],
      [7, 'birth', 'errors.importDate'],
      [9, 'lunarBirth', 'errors.importLunarDate'],
      [10, 'mobile', 'errors.phone'],
    ])
    expect(dry.groups).toEqual([
      {
        key: 'r2',
        rows: [{ row: 2, name: '张伟', mobile: '139****5678', document: null }],
        existing: [{ id: kept, name: '张伟', mobile: '139****5678' }],
        choices: ['skip', 'update', 'create'],
      },
      {
        key: 'r3',
        rows: [
          { row: 3, name: '李娜', mobile: '138****0001', document: expect.stringMatching(/^440\*+/) },
          { row: 4, name: '李娜', mobile: null, document: expect.stringMatching(/^440\*+/) },
        ],
        existing: [],
        choices: ['skip', 'create'],
      },
    ])
    // skipping: the kept file stays alone, the in-file pair is imported once
    const report = await h.must('imports.run', { ...where, decisions: { r2: 'skip', r3: 'skip' } })
    expect(report).toMatchObject({ created: 2, updated: 0 })
    expect(report.skipped).toEqual([
      { row: 2, name: '张伟', reason: 'duplicate' },
      { row: 4, name: '李娜', reason: 'duplicate' },
    ])
    expect(report.rejected).toHaveLength(5)
    const lunar = (await h.must('customers.search', { q: '农历' })).rows[0]
    expect((await h.must('customers.get', { id: lunar.id })).birth).toEqual({
      calendar: 'lunar',
      year: 1958,
      month: 3,
      day: 17,
      leap: false,
    })
  })

  it("a file written between the dry run and the import counts; without one, the dry run's groups serve", async () => {
    const bytes = csvBytes(
      [
        ['姓名', '手机'],
        ['周晓', '13700000071'],
        ['吴敏', '13700000072'],
      ],
      'utf-8',
    )
    const { where, dry } = await openAndMap(h, 'between.csv', bytes)
    expect(dry.groups).toEqual([])
    // another window makes a file with the second row's mobile after the dry run
    const other = await h.signedIn('frontdesk')
    const kept = (
      await h.must<{ id: number }>('customers.create', { name: '吴敏', mobile: '13700000072' }, other)
    ).id
    const report = await h.must('imports.run', { ...where, decisions: {} })
    // the new duplicate is found (skip is the default) instead of a second 吴敏 being made
    expect(report).toMatchObject({ created: 1, updated: 0 })
    expect(report.skipped).toEqual([{ row: 3, name: '吴敏', reason: 'duplicate' }])
    const wu = await h.must('customers.search', { q: '吴敏' })
    expect(wu.rows.map((r: { id: number }) => r.id)).toEqual([kept])

    // a second file, nothing written in between: the same groups and the same result as a fresh lookup
    const again = csvBytes(
      [
        ['姓名', '手机'],
        ['吴敏', '13700000072'],
        ['郑强', '13700000073'],
      ],
      'utf-8',
    )
    const second = await openAndMap(h, 'again.csv', again)
    expect(second.dry.groups.map((g: { existing: { id: number }[] }) => g.existing.map((e) => e.id))).toEqual(
      [[kept]],
    )
    const r2 = await h.must('imports.run', { ...second.where, decisions: {} })
    expect(r2).toMatchObject({ created: 1, updated: 0 })
    expect(r2.skipped).toEqual([{ row: 2, name: '吴敏', reason: 'duplicate' }])
  })

  it('remembers the mapping for the next sheet with the same headers', async () => {
    const bytes = csvBytes(
      [
        ['客户', '电话号', '随便'],
        ['张伟', '13912345678', 'x'],
      ],
      'utf-8',
    )
    const first = await h.must('imports.open', { fileName: 'a.csv', data: chunks(bytes) })
    const head = await h.must('imports.headers', { token: first.token, sheet: 0, headerRow: 0 })
    expect(head).toMatchObject({ mapping: { 0: 'name' }, remembered: false })
    const mapping = { 0: 'name', 1: 'mobile', 2: 'notes' }
    await h.must('imports.dryRun', { token: first.token, sheet: 0, headerRow: 0, mapping })
    const again = await h.must('imports.open', { fileName: 'b.csv', data: chunks(bytes) })
    expect(await h.must('imports.headers', { token: again.token, sheet: 0, headerRow: 0 })).toMatchObject({
      mapping,
      remembered: true,
    })
  })
})

describe('update, undo and cancel', () => {
  it('updates a kept file from its row, and undo puts back what it overwrote and removes what it created', async () => {
    const kept = await createCustomer(h, {
      name: '张伟',
      mobile: '13912345678',
      notes: '原备注',
      tags: ['老客户'],
    })
    const before = await dbFingerprint(h.app.db)
    const bytes = csvBytes(
      [
        ['姓名', '手机', '身份证号', '备注', '标签'],
        ['张伟', '13912345678', ID_X, '新备注', 'VIP'],
        ['李娜', '13800000001', '', '', ''],
      ],
      'utf-8',
    )
    const { where } = await openAndMap(h, 'u.csv', bytes)
    const report = await h.must('imports.run', { ...where, decisions: { r2: 'update' } })
    expect(report).toMatchObject({ created: 1, updated: 1 })
    const p = await h.must('customers.get', { id: kept })
    expect(p).toMatchObject({ notes: '新备注', tags: ['VIP', '老客户'], version: 2 })
    expect(p.documents).toHaveLength(1)
    expect(await names(h, { q: ID_X.slice(-6) })).toEqual(['张伟'])

    const [run] = await h.must('imports.list', {})
    expect(run).toMatchObject({ id: report.id, created: 1, updated: 1, encoding: 'utf-8', undoneAt: null })
    const desk = await h.signedIn('frontdesk')
    const refused = await h.call('imports.undo', { id: run.id, version: run.version }, desk)
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN')
    await h.must('imports.undo', { id: run.id, version: run.version })
    const back = await h.must('customers.get', { id: kept })
    expect(back).toMatchObject({ notes: '原备注', tags: ['老客户'], documents: [] })
    expect(await names(h, { q: '李娜' })).toEqual([])
    expect(await names(h, { q: ID_X.slice(-6) })).toEqual([])
    expect((await h.must('imports.list', {}))[0].undoneAt).not.toBeNull()
    const again = await h.call('imports.undo', { id: run.id, version: run.version + 1 })
    expect(again.ok ? 'ok' : again.error.code).toBe('CONFLICT')
    // only the import's own bookkeeping and the audit trail differ from before the import
    expect(await dbFingerprint(h.app.db)).not.toBe(before)
  })

  it('refuses the undo once a file it touched was edited since, and changes nothing', async () => {
    const bytes = csvBytes(
      [
        ['姓名', '手机'],
        ['张伟', '13912345678'],
      ],
      'utf-8',
    )
    const { where } = await openAndMap(h, 'e.csv', bytes)
    await h.must('imports.run', { ...where, decisions: {} })
    const id = (await h.must('customers.search', { q: '张伟' })).rows[0].id
    const p = await h.must('customers.get', { id })
    await h.must('customers.update', {
      id,
      version: p.version,
      name: '张伟',
      mobile: '13912345678',
      notes: '改过',
    })
    const [run] = await h.must('imports.list', {})
    const snapshot = await dbFingerprint(h.app.db)
    const r = await h.call('imports.undo', { id: run.id, version: run.version })
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'CONFLICT',
      msg: { key: 'errors.importEditedSince', params: { count: 1 } },
    })
    expect(await dbFingerprint(h.app.db)).toBe(snapshot)
  })

  it('a cancelled import leaves the database as it was', async () => {
    const rows = [['姓名', '手机']]
    for (let i = 0; i < 1200; i++) rows.push([`客户${i}`, `138${String(i).padStart(8, '0')}`])
    const { where } = await openAndMap(h, 'big.csv', csvBytes(rows, 'utf-8'))
    const before = await dbFingerprint(h.app.db)
    const seen: number[] = []
    h.app.events.subscribe(h.admin, (e, p: any) => {
      if (e !== 'imports.progress') return
      seen.push(p.done)
      if (p.done >= 500) void h.call('imports.cancel', { token: where.token })
    })
    const report = await h.must('imports.run', { ...where, decisions: {} })
    expect(report).toMatchObject({ cancelled: true, created: 0, id: null })
    expect(seen).toContain(500)
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })
})

describe('who may import', () => {
  it('keeps an opened file to the staff member who opened it', async () => {
    const desk = await h.signedIn('frontdesk')
    const other = await h.signedIn('frontdesk')
    const opened = await h.must(
      'imports.open',
      { fileName: 'a.csv', data: chunks(csvBytes([['姓名'], ['张伟']], 'utf-8')) },
      desk,
    )
    const r = await h.call('imports.headers', { token: opened.token, sheet: 0, headerRow: 0 }, other)
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND')
    const anon = h.app.newSession()
    const anonymous = await h.call('imports.open', { fileName: 'a.csv', data: ['AAAA'] }, anon)
    expect(anonymous.ok ? 'ok' : anonymous.error.code).toBe('UNAUTHENTICATED')
  })
})
