import { addDays, dayIn, daysBetween } from '../common/dates'
import type { ComplaintStatus } from './status'

/*
 * The case's clocks, always recomputed from its status history (never stored), so a deadline that
 * was missed stays missed whatever happens to the case later.
 *
 * - Written reply (《旅游投诉处理办法》): due 10 calendar days after the agency was notified (the day
 *   it received the complaint), never paused. Met by the first reply — or by the decision not to
 *   accept the complaint or to mark it a duplicate, which is the agency's answer too.
 * - Late filing: received more than 90 days after the trip ended, the authority would not accept it
 *   (the agency may still handle it): a warning, not a clock.
 * - Bureau mediation: 60 days from acceptance, for cases referred by the tourism bureau.
 * - Internal first response (hours) and resolution (days): the agency's own targets; they pause
 *   while the case waits for the customer, whose silence is not the agency's delay.
 */
export const REPLY_DAYS = 10
export const LATE_FILING_DAYS = 90
export const MEDIATION_DAYS = 60
/** a day deadline is "due soon" this many days ahead (the reminder engine's "reply due in 2 days") */
export const DUE_SOON_DAYS = 2
/** an hour target is "due soon" in its last quarter */
const DUE_SOON_SHARE = 0.25
const HOUR_MS = 3_600_000

export type ClockState = 'on_time' | 'due_soon' | 'overdue'

export interface DayClock {
  state: ClockState
  /** the last day that is still on time (YYYY-MM-DD, agency calendar) */
  dueDay: string
  /** the day the deadline was met (or missed late), null while it runs */
  doneDay: string | null
  /** finished after the due day: shown as overdue for good */
  missed: boolean
}

export interface TimerClock {
  state: ClockState
  /** the moment the target falls due, with the waiting time so far added (ISO) */
  dueAt: string
  doneAt: string | null
  missed: boolean
  /** waiting for the customer right now: the clock stands still */
  paused: boolean
}

export interface ComplaintClocks {
  reply: DayClock
  mediation: DayClock | null
  firstResponse: TimerClock
  resolution: TimerClock
  /** set when the complaint came more than 90 days after the trip ended */
  lateFiling: { daysAfterTrip: number } | null
}

export interface HistoryEntry {
  at: string
  to: ComplaintStatus
}

export interface ClockPolicy {
  firstResponseHours: number
  resolutionDays: number
}

export interface ClockFacts {
  receivedAt: string
  bureauMediated: boolean
  tripReturnDate: string | null
  /** oldest first; the first entry is the case's creation */
  history: readonly HistoryEntry[]
}

const REPLIED: readonly ComplaintStatus[] = ['replied', 'rejected', 'duplicate']
const RESOLVED: readonly ComplaintStatus[] = ['resolved', 'closed', 'rejected', 'duplicate']

const firstAt = (h: readonly HistoryEntry[], to: readonly ComplaintStatus[], after = ''): string | null =>
  h.find((e) => to.includes(e.to) && e.at >= after)?.at ?? null

export function dayClock(dueDay: string, doneDay: string | null, today: string): DayClock {
  if (doneDay !== null) {
    const missed = doneDay > dueDay
    return { state: missed ? 'overdue' : 'on_time', dueDay, doneDay, missed }
  }
  const left = daysBetween(today, dueDay)
  const state: ClockState = left < 0 ? 'overdue' : left <= DUE_SOON_DAYS ? 'due_soon' : 'on_time'
  return { state, dueDay, doneDay: null, missed: false }
}

/** Milliseconds spent waiting for the customer between `from` and `to`. */
export function pausedMs(history: readonly HistoryEntry[], from: number, to: number): number {
  let total = 0
  history.forEach((e, i) => {
    if (e.to !== 'awaiting_customer') return
    const start = Math.max(from, Date.parse(e.at))
    const next = history[i + 1]
    const end = Math.min(to, next ? Date.parse(next.at) : to)
    if (end > start) total += end - start
  })
  return total
}

export function timerClock(
  history: readonly HistoryEntry[],
  startAt: string,
  targetMs: number,
  doneAt: string | null,
  now: Date,
): TimerClock {
  const start = Date.parse(startAt)
  const end = doneAt !== null ? Date.parse(doneAt) : now.getTime()
  const waited = pausedMs(history, start, end)
  const active = end - start - waited
  const dueAt = new Date(start + targetMs + waited).toISOString()
  const last = history[history.length - 1]
  const paused = doneAt === null && last?.to === 'awaiting_customer'
  if (doneAt !== null) {
    const missed = active > targetMs
    return { state: missed ? 'overdue' : 'on_time', dueAt, doneAt, missed, paused }
  }
  const left = targetMs - active
  const state: ClockState = left < 0 ? 'overdue' : left <= targetMs * DUE_SOON_SHARE ? 'due_soon' : 'on_time'
  return { state, dueAt, doneAt: null, missed: false, paused }
}

export function complaintClocks(f: ClockFacts, policy: ClockPolicy, now: Date): ComplaintClocks {
  const today = dayIn(now)
  const receivedDay = dayIn(f.receivedAt)
  const replied = firstAt(f.history, REPLIED)
  const reply = dayClock(addDays(receivedDay, REPLY_DAYS), replied && dayIn(replied), today)

  let mediation: DayClock | null = null
  const accepted = firstAt(f.history, ['accepted'])
  if (f.bureauMediated && accepted) {
    const ended = firstAt(f.history, RESOLVED, accepted)
    mediation = dayClock(addDays(dayIn(accepted), MEDIATION_DAYS), ended && dayIn(ended), today)
  }

  const responded = f.history.find((e) => e.to !== 'new')?.at ?? null
  const firstResponse = timerClock(
    f.history,
    f.receivedAt,
    policy.firstResponseHours * HOUR_MS,
    responded,
    now,
  )
  const resolved = firstAt(f.history, RESOLVED)
  const resolution = timerClock(f.history, f.receivedAt, policy.resolutionDays * 24 * HOUR_MS, resolved, now)

  const after = f.tripReturnDate ? daysBetween(f.tripReturnDate, receivedDay) : null
  const lateFiling = after !== null && after > LATE_FILING_DAYS ? { daysAfterTrip: after } : null
  return { reply, mediation, firstResponse, resolution, lateFiling }
}
