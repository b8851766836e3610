import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { EventBus } from '../api/events'
import type { EventMap } from '../../shared/api/events'
import { addDays, dayIn, wallClock } from '../../shared/common/dates'
import type { QuietHours, ReminderSettings } from '../../shared/reminders/reminder-settings'
import type { ReminderKind } from '../../shared/reminders/reminder.types'
import { loadReminderSettings, scanMarkKey } from './reminder-settings.repo'
import { CATCH_UP_DAYS, HORIZON_DAYS, materialiseBetween, reconcile } from './materialise'
import type { Subject } from './rules/types'
import { digestNotice, reminderNotice } from './notification-text'
import type { Lang } from './notification-text'
import { dueFor } from './reminders.repo'

export type OpenTarget = EventMap['reminders.open']

export interface Notice {
  title: string
  body: string
  tag: string
  target: OpenTarget
}

export interface EngineDeps {
  db: Kysely<DB>
  clock: () => Date
  events: EventBus
  notify(n: Notice): void
  /** staff signed in on this desk: the people its notifications are for */
  recipients(): number[]
}

/** At most this often the engine looks at the wall clock (timers stop while a PC sleeps). */
export const TICK_MS = 30_000
/** More than this many due in one scan: one summary instead of a storm of toasts. */
const TOAST_LIMIT = 3
const DAY_MS = 86_400_000
/** A scan this long after the previous one was not regular: the PC slept or TourDesk was closed. */
const GAP_MS = 5 * 60_000

export function inQuietHours(q: QuietHours, moment: Date): boolean {
  if (!q.enabled || q.start === q.end) return false
  const t = wallClock(moment).slice(11)
  return q.start < q.end ? t >= q.start && t < q.end : t >= q.start || t < q.end
}

/**
 * The reminder engine: plain Node, its clock, notifier and recipients injected. The database is the
 * source of truth; the engine only materialises occurrences, and claims a delivery row before it
 * raises a notification, so two engines (or a restart, or a clock set back) never show one twice.
 * Work is serialised on one queue, so a change event and a timer tick never interleave.
 */
export class ReminderEngine {
  private queue: Promise<unknown> = Promise.resolve()
  /** per staff member: the moment of their last due-scan on this desk */
  private scanned = new Map<number, number>()
  private timer: ReturnType<typeof setInterval> | null = null
  private closed = false

  constructor(private readonly deps: EngineDeps) {}

  /** how many jobs were ever queued: a caller can tell whether its call queued any */
  queued = 0

  private run<T>(job: () => Promise<T>): Promise<T> {
    this.queued++
    // after close, work still queued by a timer or an event finds no database: skip it
    const guarded = () => (this.closed ? Promise.resolve(undefined as T) : job())
    const next = this.queue.then(guarded, guarded)
    this.queue = next.catch((e: unknown) => console.error('[tourdesk] reminders', e))
    return next
  }

  /** Resolves when queued work (change events, scans) is done: calls read after it. */
  idle(): Promise<void> {
    return this.run(async () => {})
  }

  private today(): string {
    return dayIn(this.deps.clock())
  }

  private nowIso(): string {
    return this.deps.clock().toISOString()
  }

  private changed(): void {
    this.deps.events.broadcast('reminders.changed', {})
  }

  async env(): Promise<{ db: Kysely<DB>; settings: ReminderSettings; today: string }> {
    return { db: this.deps.db, settings: await loadReminderSettings(this.deps.db), today: this.today() }
  }

  /**
   * The daily scan: creates what became due since the last scan (from any desk; the mark is in the
   * database), at most CATCH_UP_DAYS back, and HORIZON_DAYS ahead.
   */
  materialise(): Promise<number> {
    return this.run(() => this.materialiseNow())
  }

  private async materialiseNow(): Promise<number> {
    const env = await this.env()
    const to = addDays(env.today, HORIZON_DAYS)
    const mark = await this.deps.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', scanMarkKey('all'))
      .executeTakeFirst()
    const floor = addDays(env.today, -CATCH_UP_DAYS)
    // first run on a database: start from today (no backlog of old birthdays for a new install)
    const from = !mark ? env.today : addDays(mark.value, 1) < floor ? floor : addDays(mark.value, 1)
    if (from > to) return 0
    const inserted = await materialiseBetween(env, from, to, this.nowIso())
    await this.deps.db
      .insertInto('settings')
      .values({ key: scanMarkKey('all'), value: to })
      // a mark only moves forward: a desk whose clock is behind does not make others rescan
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: to }).where('settings.value', '<', to))
      .execute()
    if (inserted) this.changed()
    return inserted
  }

  /** Rescan the next time round from `day` (settings changed: lead times, rules turned on). */
  rewindTo(day: string): Promise<void> {
    return this.run(async () => {
      await this.deps.db
        .updateTable('settings')
        .set({ value: addDays(day, -1) })
        .where('key', '=', scanMarkKey('all'))
        .execute()
      await this.materialiseNow()
    })
  }

  /** Something a rule reads changed (data.changed): re-derive those subjects' reminders. */
  subjectsChanged(subject: Subject, ids: number[]): Promise<void> {
    return this.run(() => this.reconcileNow(subject, ids))
  }

  /**
   * A customer changed: their own reminders, and those of their coming trips (their documents
   * decide the trips' document reminders), in one job.
   */
  customerChanged(id: number): Promise<void> {
    return this.run(async () => {
      await this.reconcileNow('customer', [id])
      const trips = await this.deps.db
        .selectFrom('trip_participants as p')
        .innerJoin('trips as t', 't.id', 'p.trip_id')
        .select('t.id')
        .where('p.customer_id', '=', id)
        .where('t.depart_date', '>=', this.today())
        .execute()
      if (trips.length) await this.reconcileNow('trip', [...new Set(trips.map((t) => t.id))])
    })
  }

  private async reconcileNow(subject: Subject, ids: number[]): Promise<void> {
    const env = await this.env()
    const cancelled = new Set<number>()
    if (subject === 'trip') {
      const rows = await env.db
        .selectFrom('trips')
        .select('id')
        .where('id', 'in', ids)
        .where('status', '=', 'cancelled')
        .execute()
      for (const r of rows) cancelled.add(r.id)
    }
    const changed = await reconcile(env, subject, ids, this.nowIso(), (row) =>
      row.trip_id !== null && cancelled.has(row.trip_id) ? 'trip_cancelled' : 'no_longer_applies',
    )
    if (changed) this.changed()
  }

  /**
   * The due-scan, per staff member on this desk: occurrences whose moment has come and that are
   * not yet delivered to them. A delivery row is claimed first; only a claim this engine won is
   * shown. After a gap (start-up, sleep) what was missed comes as one digest; quiet hours hold
   * everything back (unclaimed) until they end.
   */
  dueScan(): Promise<number> {
    return this.run(async () => {
      const settings = await loadReminderSettings(this.deps.db)
      const now = this.deps.clock()
      if (inQuietHours(settings.quietHours, now)) return 0
      const lang = await this.language()
      let shown = 0
      for (const staffId of new Set(this.deps.recipients())) shown += await this.scanFor(staffId, now, lang)
      return shown
    })
  }

  private async scanFor(staffId: number, now: Date, lang: Lang): Promise<number> {
    const t = now.getTime()
    const last = this.scanned.get(staffId)
    this.scanned.set(staffId, t)
    const away = last === undefined || t - last > GAP_MS
    // regular scans look back a day (rows made late, e.g. a task due today, still get their toast);
    // after a gap, back to the catch-up limit
    const since = new Date(t - (away ? CATCH_UP_DAYS * DAY_MS : DAY_MS)).toISOString()
    const nowIso = now.toISOString()
    const due = await dueFor(this.deps.db, staffId, since, nowIso)
    if (!due.length) return 0
    const digest = due.length > TOAST_LIMIT || (away && due.length > 1)
    const mode = digest ? 'digest' : 'toast'
    const won: typeof due = []
    for (const r of due) {
      const claim = await this.deps.db
        .insertInto('reminder_deliveries')
        .values({ reminder_id: r.id, occurrence: r.due_at, staff_id: staffId, mode, claimed_at: nowIso })
        .onConflict((oc) => oc.columns(['reminder_id', 'occurrence', 'staff_id']).doNothing())
        .returning('id')
        .executeTakeFirst()
      if (claim) won.push(r)
    }
    if (!won.length) return 0
    if (away) {
      // due before this desk was looking (closed, asleep): the list marks them late
      const before = last === undefined ? nowIso : new Date(last).toISOString()
      const missed = won.filter((r) => r.due_at < before).map((r) => r.id)
      if (missed.length)
        await this.deps.db.updateTable('reminders').set({ late: 1 }).where('id', 'in', missed).execute()
    }
    if (digest) {
      const text = digestNotice(won.length, lang, away)
      this.deps.notify({ ...text, tag: `digest:${staffId}:${nowIso}`, target: { target: 'home' } })
    } else {
      for (const r of won) {
        const subject = [r.name, r.code].filter(Boolean).join(' · ') || null
        const text = reminderNotice({ kind: r.kind as ReminderKind, due: r.due, subject, note: r.note }, lang)
        const target: OpenTarget = r.customer_id
          ? { target: 'customer', id: r.customer_id }
          : r.trip_id
            ? { target: 'trip', id: r.trip_id }
            : { target: 'reminder', id: r.id }
        this.deps.notify({ ...text, tag: `reminder:${r.id}:${r.due_at}`, target })
      }
    }
    this.changed()
    return won.length
  }

  private async language(): Promise<Lang> {
    const row = await this.deps.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'language')
      .executeTakeFirst()
    return row?.value === 'en' ? 'en' : 'zh-CN'
  }

  /** One round: create what became due, then show it. Start-up, resume, unlock and the timer call this. */
  async tick(): Promise<void> {
    await this.materialise()
    await this.dueScan()
  }

  /** Starts the wall-clock timer; `every` is injectable for tests. */
  start(every: (fn: () => void, ms: number) => ReturnType<typeof setInterval> = setInterval): void {
    if (this.timer) return
    void this.tick()
    this.timer = every(() => void this.tick(), TICK_MS)
  }

  stop(clear: (t: ReturnType<typeof setInterval>) => void = clearInterval): void {
    if (this.timer) clear(this.timer)
    this.timer = null
  }

  /** Stops the timer, lets queued work finish, and takes no more: the database is about to close. */
  async close(): Promise<void> {
    this.stop()
    await this.idle()
    this.closed = true
  }
}
