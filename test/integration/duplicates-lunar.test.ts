import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DryRun, ImportReport } from '../../src/shared/imports/imports.types'
import { createCustomer } from './fixtures'
import { harness } from './harness'
import type { Harness } from './harness'
import { csvBytes, openAndMap } from './import-fixtures'

/*
 * Many older customers know only their lunar birthday (农历生日). Two files with the same name and the
 * same lunar birth date — year, month, day and the leap-month flag — are proposed as one person, on
 * the duplicates screen and in an import's dry run, as for a solar date. 1955 has a leap third month
 * (闰三月), so 三月十七 and 闰三月十七 of that year are two different days.
 */
let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

const lunar = (year: number | null, month: number, day: number, leap = false) => ({
  calendar: 'lunar',
  year,
  month,
  day,
  leap,
})

describe('the duplicates screen', () => {
  it('groups two files with the same name and lunar birth date, and only those', async () => {
    const a = await createCustomer(h, { name: '张桂兰', birth: lunar(1955, 3, 17) })
    const b = await createCustomer(h, { name: '张桂兰', birth: lunar(1955, 3, 17), mobile: '13900003333' })
    // the leap month's day, another name, another year, and birthdays without a year: not one person
    await createCustomer(h, { name: '张桂兰', birth: lunar(1955, 3, 17, true) })
    await createCustomer(h, { name: '李桂兰', birth: lunar(1955, 3, 17) })
    await createCustomer(h, { name: '张桂兰', birth: lunar(1956, 3, 17) })
    await createCustomer(h, { name: '王秀珍', birth: lunar(null, 12, 8) })
    await createCustomer(h, { name: '王秀珍', birth: lunar(null, 12, 8) })

    const r = await h.must('duplicates.groups', {})
    expect(r.groups.map((g: any) => [g.files.map((x: any) => x.id), g.reasons])).toEqual([
      [[a, b], ['nameBirth']],
    ])
    expect(r.groups[0].files[0].birth).toEqual(lunar(1955, 3, 17))
    expect(await h.must('duplicates.count', {})).toEqual({ groups: 1 })
  })
})

describe('the import’s dry run', () => {
  it('finds a kept file and a row of the same file with the same name and lunar birth date', async () => {
    const kept = await createCustomer(h, { name: '张桂兰', birth: lunar(1955, 3, 17) })
    const solar = await createCustomer(h, { name: '赵敏', birth: { calendar: 'solar', date: '1960-01-01' } })
    const bytes = csvBytes(
      [
        ['姓名', '手机', '生日', '农历生日'],
        ['张桂兰', '13900004444', '', '1955年三月十七'],
        ['张桂兰', '13900005555', '', '1955年闰三月十七'],
        ['王秀珍', '13900006666', '', '农历1948年腊月初八'],
        ['王秀珍', '13900007777', '', '1948/12/8'],
        ['王秀珍', '13900008888', '', '腊月初八'],
        ['赵敏', '13900009999', '1960/1/1', ''],
      ],
      'utf-8',
    )
    const { where, dry } = await openAndMap(h, '老客户.csv', bytes)
    expect((dry as DryRun).rejected).toEqual([])
    expect(
      (dry as DryRun).groups.map((g) => [g.rows.map((r) => r.row), g.existing.map((e) => e.id)]),
    ).toEqual([
      [[2], [kept]],
      [[4, 5], []],
      [[7], [solar]],
    ])

    const report = await h.must<ImportReport>('imports.run', {
      ...where,
      decisions: { r2: 'update', r4: 'skip', r7: 'skip' },
    })
    expect(report).toMatchObject({ created: 3, updated: 1 })
    // skipping a group of the file's own rows keeps its first row
    expect(report.skipped.map((s) => s.row)).toEqual([5, 7])
    const files = await h.must('customers.search', { q: '张桂兰' })
    expect(files.total).toBe(2)
    expect((await h.must('customers.get', { id: kept })).mobile).toBe('13900004444')
  })
})
