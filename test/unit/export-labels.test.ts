import { describe, expect, it } from 'vitest'
import { exportLabels } from '../../src/shared/exports/export-labels'
import { backupsToKeep } from '../../src/shared/backups/rotation'

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

describe('words written into exported files', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(keys(exportLabels.en).sort()).toEqual(keys(exportLabels['zh-CN']).sort())
    for (const lang of ['zh-CN', 'en'] as const) {
      const flat = keys(exportLabels[lang])
      for (const k of flat) {
        const v = k
          .split('.')
          .reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], exportLabels[lang])
        expect(v, `${lang} ${k}`).not.toBe('')
      }
    }
  })
})

describe('backup rotation', () => {
  const at = (iso: string) => ({ at: new Date(iso) })
  it('keeps all of today (agency day), the newest of each recent day and of each recent month', () => {
    const now = new Date('2026-11-25T02:00:00Z') // 10:00 in Beijing
    const today1 = at('2026-11-24T17:30:00Z') // 01:30 on the 25th in Beijing: today
    const today2 = at('2026-11-25T01:00:00Z')
    const yesterdayOld = at('2026-11-24T01:00:00Z')
    const yesterdayNew = at('2026-11-24T09:00:00Z')
    // 15 days back: outside the daily window, and November has newer backups
    const dayOutside = at('2026-11-10T01:00:00Z')
    const octOld = at('2026-10-02T01:00:00Z')
    const octNew = at('2026-10-30T01:00:00Z')
    const tooOld = at('2025-11-20T01:00:00Z') // 13 months back
    const future = at('2027-01-01T00:00:00Z')
    const all = [today1, today2, yesterdayOld, yesterdayNew, dayOutside, octOld, octNew, tooOld, future]
    const keep = backupsToKeep(all, now, { keepDays: 14, keepMonths: 12 })
    expect(keep.has(today1)).toBe(true)
    expect(keep.has(today2)).toBe(true)
    expect(keep.has(yesterdayNew)).toBe(true)
    expect(keep.has(yesterdayOld)).toBe(false)
    expect(keep.has(dayOutside)).toBe(false)
    expect(keep.has(octNew)).toBe(true)
    expect(keep.has(octOld)).toBe(false)
    expect(keep.has(tooOld)).toBe(false)
    expect(keep.has(future)).toBe(true)
  })
})
