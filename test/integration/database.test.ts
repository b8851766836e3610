import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { StartupError, openApp } from '../../src/main/app'
import type { TourDeskApp } from '../../src/main/app'
import { DB_FILE, kyselyFor, openSqlite } from '../../src/main/db/open'
import { runMigrations } from '../../src/main/db/migrate'
import { migrations } from '../../src/main/db/migrations'
import { PASSWORD } from './harness'

const dirs: string[] = []
const apps: TourDeskApp[] = []
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-db-'))
  dirs.push(d)
  return d
}
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close()
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

const clockAt = (iso: string) => () => new Date(iso)

async function open(dir: string, at = '2026-11-25T02:00:00.000Z'): Promise<TourDeskApp> {
  const app = await openApp({ dataDir: dir, clock: clockAt(at) })
  apps.push(app)
  return app
}

async function closeApp(app: TourDeskApp): Promise<void> {
  apps.splice(apps.indexOf(app), 1)
  await app.close()
}

/** A set-up database with one customer, closed (WAL folded in), in its own folder. */
async function populated(): Promise<{ dir: string; file: string }> {
  const dir = tempDir()
  const app = await open(dir)
  const s = app.newSession()
  await app.dispatch(
    'auth.setup',
    { agencyName: '山水', adminName: '王', login: 'admin', password: PASSWORD },
    s,
  )
  const r = await app.dispatch('customers.create', { name: '王建国', mobile: '13812345678' }, s)
  expect(r.ok).toBe(true)
  await closeApp(app)
  return { dir, file: path.join(dir, DB_FILE) }
}

async function startupError(dir: string): Promise<StartupError> {
  const e = await openApp({ dataDir: dir }).then(
    (a) => {
      apps.push(a)
      throw new Error('openApp should have refused this database')
    },
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(StartupError)
  return e as StartupError
}

const pragma = async (db: Kysely<any>, name: string) =>
  Object.values((await sql.raw<Record<string, unknown>>(`PRAGMA ${name}`).execute(db)).rows[0])[0]

describe('opening', () => {
  it('sets the safety pragmas', async () => {
    const app = await open(tempDir())
    expect(await pragma(app.db, 'journal_mode')).toBe('wal')
    expect(await pragma(app.db, 'synchronous')).toBe(2)
    expect(await pragma(app.db, 'foreign_keys')).toBe(1)
    expect(await pragma(app.db, 'secure_delete')).toBe(1)
  })

  it('records every migration in schema_migrations', async () => {
    const app = await open(tempDir())
    const rows = await app.db
      .selectFrom('schema_migrations' as any)
      .selectAll()
      .orderBy('name')
      .execute()
    expect(rows).toEqual(
      Object.keys(migrations).map((name) => ({ name, applied_at: '2026-11-25T02:00:00.000Z' })),
    )
  })

  it('reopening keeps the data, does not re-run migrations and takes no backup', async () => {
    const { dir } = await populated()
    const app = await open(dir, '2027-01-01T00:00:00.000Z')
    const applied = await app.db
      .selectFrom('schema_migrations' as any)
      .select('applied_at')
      .execute()
    expect(applied.map((r: any) => r.applied_at)).toEqual(
      Object.keys(migrations).map(() => '2026-11-25T02:00:00.000Z'),
    )
    expect((await app.db.selectFrom('customers').select('name').execute()).map((r) => r.name)).toEqual([
      '王建国',
    ])
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([])
  })
})

describe('refusing a database it cannot open safely', () => {
  it('a corrupted file: StartupError, the file untouched and not left open', async () => {
    const { file } = await populated()
    const dir = tempDir()
    const copy = path.join(dir, DB_FILE)
    const bytes = fs.readFileSync(file)
    expect(bytes.length).toBeGreaterThan(8 * 4096)
    const mid = Math.floor(bytes.length / 2)
    for (let i = 0; i < 4096; i++) bytes[mid + i] = (i * 37 + 11) & 0xff
    fs.writeFileSync(copy, bytes)

    const e = await startupError(dir)
    expect(['integrity', 'open']).toContain(e.kind)
    expect(e.file).toBe(copy)
    expect(e.backup).toBeNull()
    expect(Buffer.compare(fs.readFileSync(copy), bytes)).toBe(0)
    // no -wal / -shm left behind: the handle was closed, so the user can copy the file for support
    expect(fs.readdirSync(dir)).toEqual([DB_FILE])
  })

  it('a database written by a newer TourDesk (unknown migration): StartupError, file untouched', async () => {
    const { dir, file } = await populated()
    const raw = new Database(file)
    raw
      .prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)')
      .run('9999_future', '2030-01-01')
    raw.close()
    const bytes = fs.readFileSync(file)
    const e = await startupError(dir)
    expect(e.message).toMatch(/9999_future/)
    expect(Buffer.compare(fs.readFileSync(file), bytes)).toBe(0)
    expect(fs.readdirSync(dir)).toEqual([DB_FILE])
  })
})

describe('migrations', () => {
  it('a failing migration is rolled back whole; the ones before it stay applied', async () => {
    const sqlite = openSqlite(path.join(tempDir(), 'm.sqlite'))
    const db = kyselyFor(sqlite)
    try {
      const custom = {
        '0001_first': {
          up: async (trx: Kysely<any>) => {
            await sql`CREATE TABLE first_table (id INTEGER PRIMARY KEY)`.execute(trx)
          },
        },
        '0002_broken': {
          up: async (trx: Kysely<any>) => {
            await sql`CREATE TABLE half_done (id INTEGER PRIMARY KEY)`.execute(trx)
            await sql`INSERT INTO half_done (id) VALUES (1)`.execute(trx)
            throw new Error('boom in 0002')
          },
        },
      }
      await expect(runMigrations(db, custom, clockAt('2026-11-25T00:00:00Z'))).rejects.toThrow('boom in 0002')
      const tables = (
        await sql<{
          name: string
        }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db)
      ).rows.map((r) => r.name)
      expect(tables).toEqual(['first_table', 'schema_migrations'])
      const done = await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(db)
      expect(done.rows).toEqual([{ name: '0001_first' }])
    } finally {
      await db.destroy()
    }
  })

  it('backs the file up before migrating an existing database, and the copy holds the old data', async () => {
    const dir = tempDir()
    const file = path.join(dir, DB_FILE)
    const first = Object.keys(migrations).sort()[0]
    const db = kyselyFor(openSqlite(file))
    await runMigrations(db, { [first]: migrations[first] }, clockAt('2026-01-01T00:00:00Z'))
    await sql`INSERT INTO settings (key, value) VALUES ('agency_name', '老版本旅行社')`.execute(db)
    await db.destroy()

    const app = await open(dir, '2026-11-25T02:00:00.000Z')
    const baks = fs.readdirSync(dir).filter((f) => f.endsWith('.bak'))
    const pendingName = Object.keys(migrations).sort()[1]
    expect(baks).toEqual([`${DB_FILE}.before-${pendingName}-20261125T020000.bak`])

    const backup = new Database(path.join(dir, baks[0]), { readonly: true })
    try {
      expect(backup.prepare('SELECT name FROM schema_migrations').all()).toEqual([{ name: first }])
      expect(backup.prepare(`SELECT value FROM settings WHERE key = 'agency_name'`).get()).toEqual({
        value: '老版本旅行社',
      })
      expect(backup.prepare(`SELECT name FROM sqlite_master WHERE name = 'customer_fts'`).all()).toEqual([])
    } finally {
      backup.close()
    }
    // the live database is migrated and kept its data
    const applied = await app.db
      .selectFrom('schema_migrations' as any)
      .select('name')
      .orderBy('name')
      .execute()
    expect(applied.map((r: any) => r.name)).toEqual(Object.keys(migrations).sort())
    const s = app.newSession()
    expect(await app.dispatch('auth.status', {}, s)).toMatchObject({
      ok: true,
      value: { agencyName: '老版本旅行社' },
    })
  })
})
