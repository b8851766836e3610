import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { openApp } from '../src/main/app'
import type { Session, TourDeskApp } from '../src/main/app'
import type { PostgresConnection } from '../src/main/db/open'
import { insertCustomer } from '../src/main/customers/customers.repo'
import { rng, syntheticCustomer } from '../src/main/customers/synthetic'
import { customerCreateSchema } from '../src/shared/customers/customer.schema'
import { startCluster } from './pg-cluster'
import type { Cluster } from './pg-cluster'
import { TODAY } from './load'
import { msSince, now } from './stats'

const NOW = new Date(`${TODAY}T02:00:00.000Z`)
export const BENCH_PASSWORD = 'correct-horse-9'

/** A throwaway server with one empty database for TourDesk, as an office administrator makes it. */
export interface BenchServer {
  cluster: Cluster
  connection: PostgresConnection
  stop(): void
}

export async function benchServer(): Promise<BenchServer> {
  const cluster = await startCluster()
  const admin = new pg.Client({
    host: cluster.host,
    port: cluster.port,
    user: cluster.user,
    database: 'postgres',
  })
  await admin.connect()
  await admin.query('CREATE DATABASE tourdesk_bench')
  await admin.end()
  const connection = {
    host: cluster.host,
    port: cluster.port,
    user: cluster.user,
    database: 'tourdesk_bench',
    password: '',
    ssl: false,
  }
  return { cluster, connection, stop: () => cluster.stop() }
}

/** One desk: its own TourDesk (own pool, own change feed) on the server, signed in as the admin. */
export async function openBenchDesk(
  connection: PostgresConnection,
  setup = false,
): Promise<{ app: TourDeskApp; admin: Session; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-pgbench-'))
  const app = await openApp({ dataDir: dir, database: { kind: 'postgres', connection }, clock: () => NOW })
  const admin = app.newSession()
  const r = setup
    ? await app.dispatch(
        'auth.setup',
        { agencyName: '山水国旅', adminName: '管理员', login: 'admin', password: BENCH_PASSWORD },
        admin,
      )
    : await app.dispatch('auth.signIn', { login: 'admin', password: BENCH_PASSWORD }, admin)
  if (!r.ok) throw new Error(`sign-in failed: ${JSON.stringify(r.error)}`)
  return { app, admin, dir }
}

/**
 * The same synthetic customers as the SQLite load (same seed, same "updated" minute per customer),
 * through the real insert path; a few transactions at once, as several desks would write.
 */
export async function loadCustomersPg(
  app: TourDeskApp,
  staffId: number,
  count: number,
  progress?: (done: number) => void,
): Promise<number> {
  const r = rng(20260101)
  const raws = Array.from({ length: count }, () =>
    syntheticCustomer(r, { today: TODAY, withDocuments: true }),
  )
  const base = Date.parse('2024-01-01T00:00:00.000Z')
  const batch = 2000
  const t0 = now()
  let next = 0
  let done = 0
  const worker = async () => {
    for (;;) {
      const from = next
      if (from >= count) return
      next += batch
      const to = Math.min(count, from + batch)
      await app.db.transaction().execute(async (trx) => {
        for (let i = from; i < to; i++) {
          const at = new Date(base + i * 60_000).toISOString()
          await insertCustomer(trx, customerCreateSchema.parse(raws[i]), staffId, at)
        }
      })
      done += to - from
      progress?.(done)
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()])
  return msSince(t0)
}
