import { describe, expect, it } from 'vitest'
import { addYears, deletionOutcome, destroyFrom } from '../../src/shared/privacy/retention'
import { backupsToKeep } from '../../src/shared/backups/rotation'

describe('the retention period', () => {
  it('keeps a trip record through the same day `years` later and lets it go the day after', () => {
    expect(destroyFrom('2024-12-25', 2)).toBe('2026-12-26')
    // 29 February has no twin in a common year: kept through 28 February
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28')
    expect(destroyFrom('2024-02-29', 2)).toBe('2026-03-01')
  })

  it('restricts 23 months after the last trip, deletes at 24 months + 1 day, deletes someone who never travelled', () => {
    expect(deletionOutcome('2024-12-25', 2, '2026-11-25')).toEqual({
      kind: 'restrict',
      destroyFrom: '2026-12-26',
    })
    expect(deletionOutcome('2024-12-25', 2, '2026-12-25')).toEqual({
      kind: 'restrict',
      destroyFrom: '2026-12-26',
    })
    expect(deletionOutcome('2024-12-25', 2, '2026-12-26')).toEqual({ kind: 'delete' })
    expect(deletionOutcome(null, 2, '2026-11-25')).toEqual({ kind: 'delete' })
  })
})

describe('backup rotation over a simulated year and more', () => {
  it('never keeps a backup older than the retention period, whatever the monthly setting', () => {
    // one backup a day at 02:00 UTC (10:00 in Beijing) for three years
    const backups = Array.from({ length: 3 * 365 }, (_, i) => ({ at: new Date(Date.UTC(2024, 0, 1 + i, 2)) }))
    const now = new Date(Date.UTC(2026, 11, 30, 3))
    const kept = [...backupsToKeep(backups, now, { keepDays: 14, keepMonths: 36 }, 2)]
    const oldest = kept.map((b) => b.at.toISOString().slice(0, 10)).sort()[0]
    expect(oldest >= '2024-12-30').toBe(true)
    // without the cap the 36-month setting would have kept backups from early 2024
    const uncapped = [...backupsToKeep(backups, now, { keepDays: 14, keepMonths: 36 })]
    expect(uncapped.some((b) => b.at.toISOString() < '2024-06-01')).toBe(true)
  })
})
