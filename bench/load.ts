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
 * `batch` customers per transaction, then checkpoints the WAL into the main file.
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
  for (let done = 0; done < count; ) {
    const n = Math.min(batch, count - done)
    await app.db.transaction().execute(async (trx) => {
      for (let i = 0; i < n; i++) {
        const raw = syntheticCustomer(r, { today: TODAY, withDocuments: true })
        // one customer a minute, so "recently updated" order is realistic and distinct
        const at = new Date(base + (done + i) * 60_000).toISOString()
        await insertCustomer(trx, customerCreateSchema.parse(raw), staffId, at)
      }
    })
    done += n
    opts.progress?.(done)
  }
  const loadMs = msSince(t0)
  const t1 = now()
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(app.db)
  const checkpointMs = msSince(t1)
  return { app, admin, dir, file: path.join(dir, DB_FILE), count, loadMs, checkpointMs }
}
