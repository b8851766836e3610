import { fail } from '../shared/api/envelope'
import type { Envelope } from '../shared/api/envelope'
import type { Role } from '../shared/api/contract'
import { contract } from '../shared/api/registry'
import { callNames } from '../shared/api/client-types'
import { EventBus } from './api/events'
import { newSession } from './api/session'
import type { Session } from './api/session'
import { createDispatcher } from './api/dispatcher'
import { openStore } from './db/open'
import type { DatabaseOption } from './db/open'
import type { ServerFallback } from '../shared/database/database.api'
import { refreshStaleNameKeys } from './customers/search-index'
import type { Db } from './db/open'
import { buildHandlers } from './handlers'
import type { Effects } from './effects'
import { nullEffects } from './effects'
import { ReminderEngine } from './reminders/engine'
import { watchReminderSubjects } from './reminders/watch'
import { joinOfficeFeed } from './api/office-feed'
import { isConnectionLost } from './db/errors'
import { BackupService, applyPendingRestore } from './backups/backup-service'
import { retentionYears } from './privacy/retention.repo'
import type { Timers } from './backups/backup-service'
import { DB_FILE } from './db/open'
import path from 'node:path'

export { StartupError } from './db/open'
export type { Session } from './api/session'

export interface OpenAppOptions {
  /** folder holding tourdesk.sqlite (Electron: app.getPath('userData')) */
  dataDir: string
  /** this PC's SQLite file in dataDir (default) or the office's PostgreSQL server */
  database?: DatabaseOption
  /** injected so tests control "now"; otherwise the computer's clock, or the server's on PostgreSQL */
  clock?: () => Date
  effects?: Effects
  /** the backup timer's; absent: backups run only when asked (tests call tick()) */
  timers?: Timers
  /** the shell could not use the database configuration file (database.json) and chose this PC's file */
  databaseConfigProblem?: boolean
  /** the saved office server could not be reached and the person chose this PC's file for this run */
  serverFallback?: ServerFallback
}

export interface TourDeskApp {
  /** every channel, "namespace.method" */
  readonly callNames: string[]
  dispatch(channel: string, input: unknown, session: Session): Promise<Envelope<unknown>>
  newSession(): Session
  readonly events: EventBus
  readonly db: Db
  /** the reminder engine: the shell starts its timer and rescans on resume/unlock */
  readonly reminders: ReminderEngine
  /** SQLite only (PostgreSQL's backups are the server's): the shell calls start() after opening */
  readonly backups: BackupService | null
  /** the backup a restore asked for in the last run put in place at this start, if any */
  readonly restored: string | null
  close(): Promise<void>
}

/**
 * A session holds the staff member as they were at sign-in. Re-read them before every call so a
 * deactivation or a role change made by an administrator takes effect in windows already open,
 * not only at the next sign-in.
 */
async function refreshSession(db: Db, events: EventBus, session: Session, now: number): Promise<void> {
  const me = session.staff
  if (!me) return
  session.checked = { generation: staffGeneration.get(events) ?? 0, at: now }
  const row = await db
    .selectFrom('staff')
    .select(['id', 'name', 'login', 'role', 'active'])
    .where('id', '=', me.id)
    .executeTakeFirst()
  // Other calls of this window ran during the read: a sign-out (or a new sign-in, or an edit of
  // one's own name) is newer than what was read, and must not be overwritten by it.
  if (session.staff !== me) return
  if (!row || row.active !== 1) {
    session.staff = null
    events.send(session, 'session.ended', { reason: 'deactivated' })
    return
  }
  session.staff = { id: row.id, name: row.name, login: row.login, role: row.role as Role }
}

/**
 * Staff records change rarely; re-reading them before every call costs as much as a small search.
 * Re-read when a staff record changed since this session's last check (every staff write here
 * broadcasts data.changed), and at least every few seconds for writes made elsewhere (other desks).
 */
const staffGeneration = new WeakMap<EventBus, number>()
const RECHECK_MS = 5000

function needsCheck(events: EventBus, session: Session, now: number): boolean {
  const c = session.checked
  return !c || c.generation !== (staffGeneration.get(events) ?? 0) || now - c.at > RECHECK_MS
}

/**
 * Plain-Node core of TourDesk: opens (and migrates) the database and builds the one handler map
 * that both the Electron shell and the browser test host serve. Throws StartupError when the
 * database cannot be opened safely; the file is then left untouched.
 */
export async function openApp(opts: OpenAppOptions): Promise<TourDeskApp> {
  const option = opts.database ?? { kind: 'sqlite' }
  const liveFile = path.join(opts.dataDir, DB_FILE)
  // a restore takes effect here, before any connection to the database is open
  const restored = option.kind === 'sqlite' ? applyPendingRestore(opts.dataDir, liveFile) : null
  const store = await openStore(option, opts.dataDir, opts.clock)
  const { db, clock } = store
  const backups =
    store.kind === 'sqlite'
      ? new BackupService({
          dataDir: opts.dataDir,
          liveFile,
          clock,
          timers: opts.timers,
          retentionYears: () => retentionYears(db),
        })
      : null
  await refreshStaleNameKeys(db)
  const events = new EventBus()
  events.observe((event, payload) => {
    if (event === 'data.changed' && (payload as { entity: string }).entity === 'staff') {
      staffGeneration.set(events, (staffGeneration.get(events) ?? 0) + 1)
    }
  })
  const effects = opts.effects ?? nullEffects
  // the sessions of this process's windows: whoever is signed in on this desk gets its notifications
  const sessions = new Set<WeakRef<Session>>()
  const reminders = new ReminderEngine({
    db,
    clock,
    events,
    notify: (n) => effects.notify(n),
    recipients: () => {
      const ids: number[] = []
      for (const ref of sessions) {
        const s = ref.deref()
        if (!s) sessions.delete(ref)
        else if (s.staff) ids.push(s.staff.id)
      }
      return ids
    },
  })
  watchReminderSubjects(events, reminders, clock)
  if (store.feed) await joinOfficeFeed(store.feed, events)
  const handlers = buildHandlers({ db, clock, events, effects }, reminders, backups, {
    dataDir: opts.dataDir,
    running: store.kind,
    configProblem: !!opts.databaseConfigProblem,
    fallback: opts.serverFallback ?? null,
  })
  const dispatch = createDispatcher(contract, handlers)
  return {
    callNames: callNames(contract),
    async dispatch(channel, input, session) {
      const now = clock().getTime()
      if (session.staff && needsCheck(events, session, now)) {
        try {
          await refreshSession(db, events, session, now)
        } catch (e) {
          if (isConnectionLost(e)) {
            store.feed?.suspect()
            return fail('UNAVAILABLE', 'errors.serverUnavailable')
          }
          console.error('[tourdesk] session check failed', e)
          return fail('INTERNAL', 'errors.internal')
        }
      }
      const queued = reminders.queued
      const answer = await dispatch(channel, input, session)
      // the server did not answer: the connection state is checked now, so the banner shows at once
      if (!answer.ok && answer.error.code === 'UNAVAILABLE') store.feed?.suspect()
      // a write whose data.changed queued reminder work answers once that work is done: a trip
      // moved has its reminders moved by the time the window refetches them
      if (reminders.queued !== queued) await reminders.idle()
      return answer
    },
    newSession() {
      const s = newSession()
      sessions.add(new WeakRef(s))
      return s
    },
    events,
    db,
    reminders,
    backups,
    restored,
    async close() {
      // queued reminder work finishes before the connection goes
      await reminders.close()
      // the exit backup (where the shell started backups) while the database is still open
      await backups?.stop()
      await store.close()
    },
  }
}
