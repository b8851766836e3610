import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openApp } from '../../src/main/app'
import type { Session, TourDeskApp } from '../../src/main/app'
import type { Effects } from '../../src/main/effects'
import type { Envelope } from '../../src/shared/api/envelope'
import type { ReminderView } from '../../src/shared/reminders/reminder.types'
import { PASSWORD } from './harness'
import { freshDatabase, pgServer } from '../pg/server'
import type { PostgresConnection } from '../../src/main/db/open'

export type Shown = Parameters<Effects['notify']>[0]

/** One desk: a TourDesk on a database folder, with its own fixed clock and recorded notifications. */
export interface Desk {
  app: TourDeskApp
  clock: { now: Date }
  shown: Shown[]
  admin: Session
  must<T = any>(channel: string, input: unknown, s?: Session): Promise<T>
  call<T = any>(channel: string, input: unknown, s?: Session): Promise<Envelope<T>>
  signIn(login: string): Promise<Session>
}

export async function openDesk(dir: string, now: string, setup: boolean): Promise<Desk> {
  const clock = { now: new Date(now) }
  const shown: Shown[] = []
  const effects: Effects = {
    notify: (n) => void shown.push(n),
    openExternal: async () => {},
    print: async () => ({ done: false }),
  }
  // the lane's store: in the postgres project every desk of one folder shares that folder's database
  const pgDb = await serverFor.get(dir)
  const app = await openApp({
    dataDir: dir,
    ...(pgDb ? { database: { kind: 'postgres' as const, connection: pgDb } } : {}),
    clock: () => new Date(clock.now),
    effects,
  })
  const call = <T>(ch: string, input: unknown, s: Session = admin) =>
    app.dispatch(ch, input, s) as Promise<Envelope<T>>
  const must = async <T>(ch: string, input: unknown, s: Session = admin): Promise<T> => {
    const r = await call<T>(ch, input, s)
    if (!r.ok) throw new Error(`${ch} failed: ${JSON.stringify(r.error)}`)
    return r.value
  }
  const signIn = async (login: string) => {
    const s = app.newSession()
    await must('auth.signIn', { login, password: PASSWORD }, s)
    return s
  }
  const admin = app.newSession()
  if (setup) {
    await must(
      'auth.setup',
      { agencyName: '山水国旅', adminName: '王经理', login: 'admin', password: PASSWORD },
      admin,
    )
  } else {
    await must('auth.signIn', { login: 'admin', password: PASSWORD }, admin)
  }
  return { app, clock, shown, admin, must, call, signIn }
}

/** a desk folder's PostgreSQL database (postgres project only), made when the folder is */
const serverFor = new Map<string, Promise<PostgresConnection & { drop(): Promise<void> }>>()

/** A place for desks' data: a temp folder, and in the postgres project a fresh database beside it. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-rem-'))
  const server = pgServer()
  if (server) serverFor.set(dir, freshDatabase(server))
  return dir
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true })
  void serverFor.get(dir)?.then((db) => db.drop())
  serverFor.delete(dir)
}

/** A confirmed trip with the given travellers. */
export async function bookedTrip(d: Desk, departDate: string, returnDate: string, customerIds: number[]) {
  const id = (
    await d.must<{ id: number }>('trips.create', {
      routeName: '云南六日游',
      destination: '昆明',
      kind: 'domestic',
      departDate,
      returnDate,
    })
  ).id
  await d.must('trips.addParticipants', { tripId: id, customerIds })
  const t = await d.must<{ version: number }>('trips.get', { id })
  // the travellers carry no documents: confirmed past the guardrails, as a desk may with a reason
  await d.must('trips.setStatus', { id, version: t.version, status: 'confirmed', confirmAnyway: '证件后补' })
  return id
}

export async function customer(d: Desk, name: string, extra: Record<string, unknown> = {}): Promise<number> {
  return (await d.must<{ id: number }>('customers.create', { name, gender: 'female', ...extra })).id
}

/** Every open reminder of mine, flattened across buckets. */
export async function openReminders(d: Desk, s?: Session, horizonDays = 60): Promise<ReminderView[]> {
  const l = await d.must<{ overdue: ReminderView[]; today: ReminderView[]; upcoming: ReminderView[] }>(
    'reminders.list',
    { horizonDays },
    s,
  )
  return [...l.overdue, ...l.today, ...l.upcoming]
}
