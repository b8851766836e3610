import { addDays, dayIn } from '../common/dates'
import { addYears } from '../privacy/retention'

/** How many backups are kept: every one of today, one per day, one per month. */
export interface RotationPolicy {
  keepDays: number
  keepMonths: number
}

export const defaultRotation: RotationPolicy = { keepDays: 14, keepMonths: 12 }

function monthsBack(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number)
  const total = y * 12 + (m - 1) - n
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
}

/**
 * Which backups rotation keeps, by the agency's calendar: every backup taken today; the newest of
 * each of the previous keepDays days; the newest of each of the previous keepMonths months (this
 * month included). Everything older goes — which is also how long data destroyed on purpose can
 * survive in a backup (README, Backups). A backup dated after now (a clock set back) is kept.
 */
export function backupsToKeep<T extends { at: Date }>(
  backups: readonly T[],
  now: Date,
  p: RotationPolicy,
  /** the agency's retention period: a backup older than this goes whatever keepMonths says */
  maxAgeYears?: number,
): Set<T> {
  const today = dayIn(now)
  const firstDay = addDays(today, -p.keepDays)
  const firstMonth = monthsBack(today.slice(0, 7), p.keepMonths - 1)
  const keep = new Set<T>()
  const newestOfDay = new Map<string, T>()
  const newestOfMonth = new Map<string, T>()
  for (const b of backups) {
    if (b.at.getTime() > now.getTime()) {
      keep.add(b)
      continue
    }
    const day = dayIn(b.at)
    if (day === today) keep.add(b)
    const d = newestOfDay.get(day)
    if (!d || d.at < b.at) newestOfDay.set(day, b)
    const month = day.slice(0, 7)
    const m = newestOfMonth.get(month)
    if (!m || m.at < b.at) newestOfMonth.set(month, b)
  }
  for (const [day, b] of newestOfDay) if (day >= firstDay) keep.add(b)
  if (p.keepMonths > 0) for (const [month, b] of newestOfMonth) if (month >= firstMonth) keep.add(b)
  if (maxAgeYears !== undefined) {
    const oldest = addYears(today, -maxAgeYears)
    for (const b of keep) if (b.at.getTime() <= now.getTime() && dayIn(b.at) < oldest) keep.delete(b)
  }
  return keep
}
