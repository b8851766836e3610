import type { Envelope } from '../shared/api/envelope'
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
    dispatch,
    newSession,
    events,
    db,
    close: () => db.destroy(),
  }
}
