import { fail } from '../shared/api/envelope'
import type { Envelope } from '../shared/api/envelope'
import type { Role } from '../shared/api/contract'
import { contract } from '../shared/api/registry'
import { callNames } from '../shared/api/client-types'
import { EventBus } from './api/events'
import { newSession } from './api/session'
import type { Session } from './api/session'
import { createDispatcher } from './api/dispatcher'
import { openDatabase } from './db/open'
import type { Db } from './db/open'
import { buildHandlers } from './handlers'
import type { Effects } from './effects'
import { nullEffects } from './effects'

export { StartupError } from './db/open'
export type { Session } from './api/session'

export interface OpenAppOptions {
  /** folder holding tourdesk.sqlite (Electron: app.getPath('userData')) */
  dataDir: string
  /** injected so tests control "now" */
  clock?: () => Date
  effects?: Effects
}

export interface TourDeskApp {
  /** every channel, "namespace.method" */
  readonly callNames: string[]
  dispatch(channel: string, input: unknown, session: Session): Promise<Envelope<unknown>>
  newSession(): Session
  readonly events: EventBus
  readonly db: Db
  close(): Promise<void>
}

/**
 * A session holds the staff member as they were at sign-in. Re-read them before every call so a
 * deactivation or a role change made by an administrator takes effect in windows already open,
 * not only at the next sign-in.
 */
async function refreshSession(db: Db, events: EventBus, session: Session): Promise<void> {
  const me = session.staff
  if (!me) return
  const row = await db
    .selectFrom('staff')
    .select(['id', 'name', 'login', 'role', 'active'])
    .where('id', '=', me.id)
    .executeTakeFirst()
  if (!row || row.active !== 1) {
    session.staff = null
    events.send(session, 'session.ended', { reason: 'deactivated' })
    return
  }
  session.staff = { id: row.id, name: row.name, login: row.login, role: row.role as Role }
}

/**
 * Plain-Node core of TourDesk: opens (and migrates) the database and builds the one handler map
 * that both the Electron shell and the browser test host serve. Throws StartupError when the
 * database cannot be opened safely; the file is then left untouched.
 */
export async function openApp(opts: OpenAppOptions): Promise<TourDeskApp> {
  const clock = opts.clock ?? (() => new Date())
  const db = await openDatabase(opts.dataDir, clock)
  const events = new EventBus()
  const handlers = buildHandlers({ db, clock, events, effects: opts.effects ?? nullEffects })
  const dispatch = createDispatcher(contract, handlers)
  return {
    callNames: callNames(contract),
    async dispatch(channel, input, session) {
      if (session.staff) {
        try {
          await refreshSession(db, events, session)
        } catch (e) {
          console.error('[tourdesk] session check failed', e)
          return fail('INTERNAL', 'errors.internal')
        }
      }
      return dispatch(channel, input, session)
    },
    newSession,
    events,
    db,
    close: () => db.destroy(),
  }
}
