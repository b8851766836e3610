import { addDays } from '../../../../shared/common/dates'
import { tripDayCount } from '../../../../shared/trips/trip.schema'

export { addDays }
export { today } from '../../format/formatters'

export const isIsoDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))

/** Days of a trip, both ends included; null while the dates are incomplete or reversed. */
export function dayCount(depart: string, ret: string): number | null {
  if (!isIsoDate(depart) || !isIsoDate(ret) || ret < depart) return null
  return tripDayCount(depart, ret)
}

/** "2026-12" of a date. */
export const monthOf = (iso: string) => iso.slice(0, 7)

export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number)
  const d = new Date(Date.UTC(y, m - 1 + n, 1))
  return d.toISOString().slice(0, 7)
}

/** Six Monday-first weeks covering the month: 42 ISO dates. */
export function monthGrid(month: string): string[] {
  const first = `${month}-01`
  const weekday = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7 // Monday = 0
  const start = addDays(first, -weekday)
  return Array.from({ length: 42 }, (_v, i) => addDays(start, i))
}
