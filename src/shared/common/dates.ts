/**
 * Days as the agency lives them. A "day" (today, a birthday, a trip day, a deadline) is a date on
 * the agency's wall calendar, whatever time zone the PC, the CI runner or the browser is set to:
 * at 00:30 in Beijing it is already tomorrow, though UTC (and a `toISOString().slice(0, 10)`)
 * still says yesterday. Main and renderer both turn moments into days only through this file.
 *
 * Days are YYYY-MM-DD strings; arithmetic on them is done on UTC midnights, where every day has
 * 24 hours, so it never depends on a zone either.
 */

/** The zone of the agency's calendar (China has one zone and no daylight saving time). */
export const AGENCY_TIME_ZONE = 'Asia/Shanghai'

const DAY_MS = 86_400_000
const DAY = /^\d{4}-\d{2}-\d{2}$/
const WALL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/

const wallFormats = new Map<string, Intl.DateTimeFormat>()

function wallFormat(zone: string): Intl.DateTimeFormat {
  let f = wallFormats.get(zone)
  if (!f) {
    // h23: some engines print midnight as "24" with hour12: false
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
    wallFormats.set(zone, f)
  }
  return f
}

const lastWall = new Map<string, { minute: number; text: string }>()
const WHOLE_MINUTE_OFFSETS = Date.UTC(1972, 5, 1) / 60_000

/** What a wall clock in `zone` shows at a moment, to the minute: "YYYY-MM-DDTHH:mm". */
export function wallClock(moment: Date | string | number, zone: string = AGENCY_TIME_ZONE): string {
  const at = new Date(moment)
  // every call of the main process asks for today: formatToParts costs more than a small query's
  // own JavaScript, so the last answer per zone is kept for the rest of its minute
  const minute = Math.floor(at.getTime() / 60_000)
  const last = lastWall.get(zone)
  if (last && last.minute === minute) return last.text
  const parts: Record<string, string> = {}
  for (const p of wallFormat(zone).formatToParts(at)) parts[p.type] = p.value
  const text = `${parts.year.padStart(4, '0')}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
  // zones have kept whole-minute offsets since 1972 (Monrovia's −0:44:30 was the last): before that,
  // two moments of one UTC minute may show two wall minutes, so they are not remembered
  if (minute >= WHOLE_MINUTE_OFFSETS) lastWall.set(zone, { minute, text })
  return text
}

/** The calendar day of a moment in `zone` (the agency's by default). */
export function dayIn(moment: Date | string | number, zone: string = AGENCY_TIME_ZONE): string {
  return wallClock(moment, zone).slice(0, 10)
}

/**
 * A stored value as a calendar day: a YYYY-MM-DD is already a day and stays itself; a timestamp
 * (updatedAt, consent given at) becomes its day in `zone`, never its UTC day.
 */
export function calendarDay(value: string, zone: string = AGENCY_TIME_ZONE): string {
  return DAY.test(value) ? value : dayIn(value, zone)
}

/**
 * The moment a wall clock in `zone` shows "YYYY-MM-DDTHH:mm[:ss]" (what a datetime-local input
 * holds); an Invalid Date when the text is not one.
 */
export function momentAt(wall: string, zone: string = AGENCY_TIME_ZONE): Date {
  if (!WALL.test(wall)) return new Date(NaN)
  const asUtc = Date.parse(wall.length === 16 ? `${wall}:00Z` : `${wall}Z`)
  if (Number.isNaN(asUtc)) return new Date(NaN)
  // zone offsets are whole minutes: measure them on the minute, where wallClock is exact
  const offset = (t: number) => {
    const minute = Math.floor(t / 60_000) * 60_000
    return Date.parse(`${wallClock(minute, zone)}:00Z`) - minute
  }
  // the second pass settles wall times next to a daylight-saving change in zones that have one
  const first = asUtc - offset(asUtc)
  return new Date(asUtc - offset(first))
}

/** A calendar day moved by n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from day a to day b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS)
}

/** The date of day `dayNo` (1-based) of a trip departing on `departDate`. */
export function tripDayDate(departDate: string, dayNo: number): string {
  return addDays(departDate, dayNo - 1)
}

/** The day of the follow-up call after a trip (回团次日回访). */
export function dayAfterReturn(returnDate: string): string {
  return addDays(returnDate, 1)
}
