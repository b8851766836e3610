import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { openApp } from '../src/main/app'
import type { Session, TourDeskApp } from '../src/main/app'
import { DB_FILE } from '../src/main/db/open'
import { insertCustomer } from '../src/main/customers/customers.repo'
import { rng, syntheticCustomer } from '../src/main/customers/synthetic'
import { customerCreateSchema } from '../src/shared/customers/customer.schema'
import { msSince, now } from './stats'

export const TODAY = '2026-11-25'
const NOW = new Date(`${TODAY}T02:00:00.000Z`)

export interface Loaded {
  app: TourDeskApp
  admin: Session
  dir: string
  file: string
  count: number
  /** generating the synthetic customers (not the app's work) */
  generateMs: number
  /** zod parse + insertCustomer + commits */
  loadMs: number
  checkpointMs: number
}

/** A fresh TourDesk in a temp folder with an administrator, as the first-run screen leaves it. */
export async function freshApp(): Promise<{ app: TourDeskApp; admin: Session; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-bench-'))
  const app = await openApp({ dataDir: dir, clock: () => new Date(NOW) })
  const admin = app.newSession()
  const r = await app.dispatch(
    'auth.setup',
    { agencyName: '山水国旅', adminName: '管理员', login: 'admin', password: 'correct-horse-9' },
    admin,
  )
  if (!r.ok) throw new Error(`auth.setup failed: ${JSON.stringify(r.error)}`)
  return { app, admin, dir }
}

/**
 * Loads `count` synthetic customers (with documents, fixed seed) through the real insert path,
 * `batch` customers per transaction, then checkpoints the WAL into the main file. The customers are
 * generated first, so that the load time is the app's alone.
 */
export async function loadCustomers(
  count: number,
  opts: { seed?: number; batch?: number; progress?: (done: number) => void } = {},
): Promise<Loaded> {
  const { app, admin, dir } = await freshApp()
  const staffId = admin.staff!.id
  const r = rng(opts.seed ?? 20260101)
  const batch = opts.batch ?? 10_000
  const base = Date.parse('2024-01-01T00:00:00.000Z')
  const t0 = now()
  const raws = Array.from({ length: count }, () =>
    syntheticCustomer(r, { today: TODAY, withDocuments: true }),
  )
  const generateMs = msSince(t0)
  const t1 = now()
  for (let done = 0; done < count;) {
    const n = Math.min(batch, count - done)
    await app.db.transaction().execute(async (trx) => {
      for (let i = done; i < done + n; i++) {
        // one customer a minute, so "recently updated" order is realistic and distinct
        const at = new Date(base + i * 60_000).toISOString()
        await insertCustomer(trx, customerCreateSchema.parse(raws[i]), staffId, at)
      }
    })
    done += n
    opts.progress?.(done)
  }
  const loadMs = msSince(t1)
  const t2 = now()
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(app.db)
  const checkpointMs = msSince(t2)
  return { app, admin, dir, file: path.join(dir, DB_FILE), count, generateMs, loadMs, checkpointMs }
}
