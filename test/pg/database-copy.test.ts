import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp } from '../../src/main/app'
import type { Session, TourDeskApp } from '../../src/main/app'
import type { Secrets } from '../../src/main/effects'
import type { PostgresConnection } from '../../src/main/db/open'
import type { CopyReport } from '../../src/shared/database/database.api'
import type { Envelope } from '../../src/shared/api/envelope'
import { TABLES, copiedTables } from '../../src/main/database/store-copy'
import { PASSWORD, harness } from '../integration/harness'
import type { Harness } from '../integration/harness'
import { complaintWorld, createComplaint } from '../integration/complaint-fixtures'
import { emptyDatabase, freshDatabase, pgServer } from './server'

/*
 * Settings → 数据库's copies, for real: a desk's SQLite file onto a database of the throwaway
 * cluster and back. Runs in the postgres project only (it needs both stores at once).
 */
const NOW = new Date('2026-11-25T02:00:00.000Z')
const secrets: Secrets = {
  available: () => true,
  encrypt: (p) => Buffer.from(`enc:${[...p].reverse().join('')}`).toString('base64'),
  decrypt: (s) => [...Buffer.from(s, 'base64').toString().slice(4)].reverse().join(''),
}
const open: { app: TourDeskApp; dir?: string }[] = []
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.app.close().catch(() => {})
    if (o.dir) fs.rmSync(o.dir, { recursive: true, force: true })
  }
})

interface Desk {
  app: TourDeskApp
  dir: string
  admin: Session
  progress: unknown[]
  call<T>(ch: string, input: unknown): Promise<Envelope<T>>
  must<T = any>(ch: string, input: unknown): Promise<T>
}

async function desk(database?: PostgresConnection, setup = true): Promise<Desk> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-copy-'))
  const app = await openApp({
    dataDir: dir,
    database: database ? { kind: 'postgres', connection: database } : undefined,
    clock: () => new Date(NOW),
    effects: { notify() {}, openExternal: async () => {}, print: async () => ({ done: false }), secrets },
  })
  open.push({ app, dir })
  const admin = app.newSession()
  const progress: unknown[] = []
  app.events.subscribe(admin, (e, p) => void (e === 'database.progress' && progress.push(p)))
  const call = <T>(ch: string, input: unknown) => app.dispatch(ch, input, admin) as Promise<Envelope<T>>
  const must = async <T>(ch: string, input: unknown): Promise<T> => {
    const r = await call<T>(ch, input)
    if (!r.ok) throw new Error(`${ch}: ${JSON.stringify(r.error)}`)
    return r.value
  }
  if (setup) {
    await must('auth.setup', {
      agencyName: '山水国旅',
      adminName: '管理员',
      login: 'admin',
      password: PASSWORD,
    })
  } else {
    await must('auth.signIn', { login: 'admin', password: PASSWORD })
  }
  return { app, dir, admin, progress, call, must }
}

/** A desk's worth of data touching the awkward cases: references to the same table, a file's bytes. */
async function seed(d: Desk): Promise<void> {
  const h = { must: d.must } as unknown as Harness
  const referrer = (
    await d.must<{ id: number }>('customers.create', { name: '欧阳娜娜', mobile: '13800001234' })
  ).id
  const c = (await d.must<{ id: number }>('customers.create', { name: '张伟', referrerId: referrer })).id
  const w = await complaintWorld(h, c)
  const k = await createComplaint(h, w, {})
  await d.must('complaints.addEvidence', {
    complaintId: k.id,
    fileName: '收据.jpg',
    mime: 'image/jpeg',
    data: Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01]).toString('base64'),
  })
}

const server = (db: PostgresConnection) => ({
  host: db.host,
  port: db.port,
  database: db.database,
  user: db.user,
  password: '',
  ssl: false,
})

async function chooseServer(d: Desk, db: PostgresConnection) {
  await d.must('database.save', { kind: 'postgres', server: server(db) })
}

const counts = (r: CopyReport) => Object.fromEntries(r.tables.map((t) => [t.table, t.target]))

describe('moving this PC’s data to the office server', () => {
  it('copies every table in one transaction, keeps ids, verifies counts, and the server then works as a desk', async () => {
    const local = await desk()
    await seed(local)
    const target = await emptyDatabase(pgServer()!)
    await chooseServer(local, target)
    const report = await local.must<CopyReport>('database.copyToServer', { replace: false })
    for (const t of report.tables) expect(t.target, t.table).toBe(t.source)
    expect(counts(report)).toMatchObject({ customers: 2, staff: 1, complaints: 1, complaint_evidence: 1 })
    expect(report.evidenceFiles).toBe(1)
    expect(local.progress.length).toBeGreaterThan(0)
    const audit = await local.app.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'database')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['chooseStore', 'copyToServer'])

    // a desk on the server: same people, same ids, search finds them, new rows get new ids
    const office = await desk(target, false)
    const found = await office.must<{ rows: { id: number; name: string }[] }>('customers.search', {
      q: '欧阳',
    })
    const mine = await local.must<{ rows: { id: number; name: string }[] }>('customers.search', { q: '欧阳' })
    expect(found.rows).toEqual([expect.objectContaining({ id: mine.rows[0].id, name: '欧阳娜娜' })])
    const zhang = await office.must<{ rows: { id: number }[] }>('customers.search', { q: '1234' })
    expect(zhang.rows).toHaveLength(1)
    const next = await office.must<{ id: number }>('customers.create', { name: '李娜' })
    expect(next.id).toBeGreaterThan(2)
    const ev = await office.app.db.selectFrom('complaint_evidence').select('bytes').executeTakeFirstOrThrow()
    expect(Buffer.from(ev.bytes).toString('hex')).toBe('ffd8ff0001')
    const ref = await office.app.db
      .selectFrom('customers')
      .select('referrer_id')
      .where('name', '=', '张伟')
      .executeTakeFirstOrThrow()
    expect(ref.referrer_id).toBe(mine.rows[0].id)
    // four TourDesks and a fresh server migrated from nothing: more than the default on a busy machine
  }, 60_000)

  it('is refused when the server already holds TourDesk data, and replaces it only when confirmed', async () => {
    const db = await freshDatabase(pgServer()!)
    const office = await desk(db)
    await office.must('customers.create', { name: '服务器上的客户' })
    await office.app.close()
    open.splice(
      open.findIndex((o) => o.app === office.app),
      1,
    )

    const local = await desk()
    await seed(local)
    await chooseServer(local, db)
    const refused = await local.call('database.copyToServer', { replace: false })
    expect(refused.ok ? null : refused.error.msg.key).toBe('errors.dbHoldsData')

    const report = await local.must<CopyReport>('database.copyToServer', { replace: true })
    expect(counts(report).customers).toBe(2)
    const again = await desk(db, false)
    const all = await again.must<{ rows: { name: string }[] }>('customers.search', {})
    expect(all.rows.map((r) => r.name).sort()).toEqual(['张伟', '欧阳娜娜'])
    // the audit log (append-only on the server) was replaced with the desk's, and is append-only again
    await expect(sql`DELETE FROM audit_log`.execute(again.app.db)).rejects.toThrow(/append-only/)
  })

  it('a failure midway leaves the server exactly as it was', async () => {
    const db = await freshDatabase(pgServer()!)
    const office = await desk(db)
    await office.must('customers.create', { name: '服务器上的客户' })
    await office.app.close()
    open.splice(
      open.findIndex((o) => o.app === office.app),
      1,
    )

    const local = await desk()
    await seed(local)
    // SQLite keeps what PostgreSQL refuses (text in an integer column): the copy fails at customers
    await sql`UPDATE customers SET lunar_year = 'abc' WHERE name = '张伟'`.execute(local.app.db)
    await chooseServer(local, db)
    const r = await local.call('database.copyToServer', { replace: true })
    expect(r.ok ? null : r.error.msg.key).toBe('errors.dbCopyFailed')
    const again = await desk(db, false)
    const all = await again.must<{ rows: { name: string }[] }>('customers.search', {})
    expect(all.rows.map((x) => x.name)).toEqual(['服务器上的客户'])
    expect((await again.app.db.selectFrom('staff').selectAll().execute()).length).toBe(1)
  })
})

describe('the emergency way back', () => {
  let h: Harness
  afterEach(async () => h?.close())

  it('copies the server into a new file on this PC, verified, putting the old file aside', async () => {
    h = await harness()
    const c = (await h.must<{ id: number }>('customers.create', { name: '欧阳娜娜', mobile: '13800001234' }))
      .id
    await complaintWorld(h, c)
    fs.writeFileSync(path.join(h.dir, 'tourdesk.sqlite'), 'an old file')
    const report = await h.must<CopyReport>('database.copyToLocal', { confirm: true })
    for (const t of report.tables) expect(t.target, t.table).toBe(t.source)
    expect(counts(report)).toMatchObject({ customers: 1, trips: 1, staff: 1 })
    expect(report.aside).toMatch(/^tourdesk-before-server-copy-.*\.sqlite$/)
    expect(fs.readFileSync(path.join(h.dir, report.aside!), 'utf8')).toBe('an old file')

    const local = await openApp({ dataDir: h.dir, clock: () => new Date(NOW) })
    open.push({ app: local })
    const s = local.newSession()
    expect((await local.dispatch('auth.signIn', { login: 'admin', password: PASSWORD }, s)).ok).toBe(true)
    const found = await local.dispatch('customers.search', { q: '欧阳' }, s)
    expect(found.ok && (found.value as { rows: { id: number }[] }).rows.map((r) => r.id)).toEqual([c])
  })

  it('is refused on this PC’s own database', async () => {
    const local = await desk()
    const r = await local.call('database.copyToLocal', { confirm: true })
    expect(r.ok ? null : r.error.msg.key).toBe('errors.dbNotOnServer')
  })
})

describe('the list of tables a copy carries', () => {
  it('is every table the migrations create on both stores (store-specific search indexes aside)', async () => {
    const local = await desk()
    const h2 = await harness({ setup: false })
    try {
      const storeOwn = /^(schema_migrations|customer_search|customer_fts.*)$/
      for (const db of [local.app.db, h2.app.db]) {
        const names = (await db.introspection.getTables()).map((t) => t.name).filter((n) => !storeOwn.test(n))
        expect(names.sort()).toEqual(Object.keys(TABLES).sort())
      }
      expect(copiedTables()).not.toContain('customer_grams')
    } finally {
      await h2.close()
    }
  })
})
