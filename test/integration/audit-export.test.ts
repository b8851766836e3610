import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Session } from '../../src/main/app'
import { readXlsx } from '../../src/main/spreadsheet/xlsx'
import { parseCsv } from '../../src/main/spreadsheet/csv'
import { harness } from './harness'
import type { Harness } from './harness'
import { auditRows, createCustomer, dbFingerprint, savedFiles } from './fixtures'

/*
 * The audit log's export for an inspection: the screen's filters, every matching entry (not one
 * page), in words rather than codes, administrators only, and the export itself audited with its
 * row count. Read back as the inspector would open the file.
 */
describe('audit export', () => {
  let h: Harness
  let manager: Session
  let clerk: Session
  let clerkId: number
  let wangId: number
  // the files main handed to the save dialog, as the person would open them
  const { effects, files: saved, last, cancelNext } = savedFiles()

  beforeAll(async () => {
    h = await harness({ effects })
    manager = await h.signedIn('manager')
    clerk = await h.signedIn('frontdesk', 'clerk')
    clerkId = (await h.must<{ id: number; name: string }[]>('audit.people', {})).find((p) =>
      p.name.startsWith('frontdesk'),
    )!.id
    // day one (2026-11-25, Shanghai): the clerk creates a customer and changes the mobile
    wangId = await h
      .must<{ id: number }>('customers.create', { name: '王建国', mobile: '13812345678' }, clerk)
      .then((r) => r.id)
    const p = await h.must<{ version: number }>('customers.get', { id: wangId }, clerk)
    await h.must(
      'customers.update',
      { id: wangId, version: p.version, name: '王建国', mobile: '13900001111' },
      clerk,
    )
    // day two: the administrator creates another one; the clerk's later one is deleted
    h.clock.now = new Date('2026-11-26T03:00:00.000Z')
    await createCustomer(h, { name: '李娜', mobile: '13800002222' })
    const gone = await h.must<{ id: number }>(
      'customers.create',
      { name: '赵敏', mobile: '13700003333' },
      clerk,
    )
    await h.must('customers.remove', { id: gone.id })
  }, 120_000)
  afterAll(async () => {
    await h.close()
  })

  it("writes the staff member's entries of a range of days in words, newest first, and audits the export", async () => {
    const r = await h.must('exports.audit', {
      format: 'xlsx',
      staffId: clerkId,
      from: '2026-11-25',
      to: '2026-11-25',
    })
    const rows = (await readXlsx(last().bytes))[0].rows
    expect(rows[0]).toEqual(['时间', '员工', '操作', '操作对象', '涉及字段'])
    const body = rows.slice(1).filter((x) => x[1].startsWith('frontdesk') && x[2] !== '登录')
    expect(body.map((x) => x[2])).toEqual(['修改', '新建'])
    expect(body[0][0]).toBe('2026-11-25 10:00')
    expect(body[0][3]).toBe('客户 王建国')
    expect(body[0][4]).toContain('手机')
    // only that clerk and that day: the administrator's and the next day's entries stay out
    expect(rows.slice(1).every((x) => x[1].startsWith('frontdesk') && x[0].startsWith('2026-11-25'))).toBe(
      true,
    )
    expect(r).toMatchObject({ done: true, rows: rows.length - 1 })
    expect(last().name).toBe('审计日志-2026-11-25~2026-11-25.xlsx')

    const audit = (await auditRows(h.app.db)).at(-1)!
    expect(audit).toMatchObject({ action: 'exportLog', entity: 'audit', entity_id: null })
    expect(JSON.parse(audit.fields)).toEqual([`rows:${rows.length - 1}`])
  })

  it('follows the record filter, in English as CSV, a deleted record said to be deleted', async () => {
    await h.must('exports.audit', { format: 'csv', lang: 'en', entity: 'customer', action: 'delete' })
    const text = Buffer.from(last().bytes).toString('utf8')
    const rows = parseCsv(text.slice(1)).filter((x) => x.length > 1)
    expect(rows[0]).toEqual(['Time', 'Staff', 'Action', 'Record', 'Fields'])
    expect(rows).toHaveLength(2)
    expect(rows[1][2]).toBe('Deleted')
    expect(rows[1][3]).toBe('Customer (deleted)')
    expect(text).not.toMatch(/\bdelete\b|\bcustomer\b/)
  })

  it('refuses managers and the front desk, writing nothing and changing nothing', async () => {
    const before = await dbFingerprint(h.app.db)
    const count = saved.length
    for (const s of [manager, clerk]) {
      const r = await h.call('exports.audit', { format: 'xlsx' }, s)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.code).toBe('FORBIDDEN')
    }
    const bad = await h.call('exports.audit', { format: 'xlsx', from: '2026-11-26', to: '2026-11-25' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.fields?.to?.key).toBe('errors.dateOrder')
    expect(saved.length).toBe(count)
    expect(await dbFingerprint(h.app.db)).toEqual(before)
  })

  it('audits nothing when the save is cancelled', async () => {
    const before = (await auditRows(h.app.db)).length
    cancelNext()
    const r = await h.must('exports.audit', { format: 'csv' })
    expect(r).toMatchObject({ done: false })
    expect((await auditRows(h.app.db)).length).toBe(before)
  })
})
