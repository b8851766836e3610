import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openApp } from '../../src/main/app'
import type { OpenAppOptions, Session, TourDeskApp } from '../../src/main/app'
import type { DialectName } from '../../src/main/db/dialect'
import { freshDatabase, pgServer } from '../pg/server'
import type { Envelope } from '../../src/shared/api/envelope'
import type { Role } from '../../src/shared/api/contract'

export interface Harness {
  app: TourDeskApp
  dir: string
  /** the store this run tests: the vitest project decides (see vitest.config.ts) */
  store: DialectName
  /** where this harness's data lives, to open a second TourDesk on it (a restart, a second desk) */
  location: Pick<OpenAppOptions, 'dataDir' | 'database'>
  /** a session signed in as the first administrator */
  admin: Session
  clock: { now: Date }
  call<T = any>(channel: string, input: unknown, session?: Session): Promise<Envelope<T>>
  /** unwraps a successful call, failing the test with the error otherwise */
  must<T = any>(channel: string, input: unknown, session?: Session): Promise<T>
  signedIn(role: Role, login?: string): Promise<Session>
  close(): Promise<void>
}

export const PASSWORD = 'correct-horse-9'

/** The store of the running project: PostgreSQL when its global setup provided a server. */
export const STORE: DialectName = pgServer() ? 'postgres' : 'sqlite'

/**
 * A fresh TourDesk set up with an administrator: on a real SQLite file in a temp folder, or (in the
 * postgres project) on a fresh database of the throwaway PostgreSQL cluster.
 */
export async function harness(
  opts: { setup?: boolean; now?: string; effects?: OpenAppOptions['effects'] } = {},
): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-it-'))
  const clock = { now: new Date(opts.now ?? '2026-11-25T02:00:00.000Z') }
  const server = pgServer()
  const pgDb = server ? await freshDatabase(server) : null
  const location = {
    dataDir: dir,
    database: pgDb ? { kind: 'postgres' as const, connection: pgDb } : undefined,
  }
  const app = await openApp({ ...location, clock: () => new Date(clock.now), effects: opts.effects })
  const admin = app.newSession()
  const call = <T>(ch: string, input: unknown, s: Session = admin) =>
    app.dispatch(ch, input, s) as Promise<Envelope<T>>
  const must = async <T>(ch: string, input: unknown, s: Session = admin): Promise<T> => {
    const r = await call<T>(ch, input, s)
    if (!r.ok) throw new Error(`${ch} failed: ${JSON.stringify(r.error)}`)
    return r.value
  }
  if (opts.setup !== false) {
    await must('auth.setup', {
      agencyName: '山水国旅',
      adminName: '管理员',
      login: 'admin',
      password: PASSWORD,
    })
  }
  let n = 0
  return {
    app,
    dir,
    store: pgDb ? 'postgres' : 'sqlite',
    location,
    admin,
    clock,
    call,
    must,
    async signedIn(role, login = `${role}${++n}`) {
      await must('staff.create', { name: `${role} ${n}`, login, role, password: PASSWORD })
      const s = app.newSession()
      await must('auth.signIn', { login, password: PASSWORD }, s)
      return s
    },
    async close() {
      await app.close()
      fs.rmSync(dir, { recursive: true, force: true })
      await pgDb?.drop()
    },
  }
}
