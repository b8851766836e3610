import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Secrets } from '../../src/main/effects'
import { CONFIG_FILE, readDatabaseConfig } from '../../src/main/database/database-config'
import { openApp } from '../../src/main/app'
import { startShell } from '../../src/main/electron/shell'
import { databaseCalls } from '../../src/shared/database/database.api'
import type { DatabaseStatus, ServerProbe } from '../../src/shared/database/database.api'
import { fakeElectron } from '../fakes/electron'
import { STORE, harness } from './harness'
import type { Harness } from './harness'

/*
 * Settings → 数据库 on both stores: the configuration file (password encrypted, never sent back),
 * a damaged file, who may call, and Test connection's messages. The copies themselves run against
 * a real server in test/pg/database-copy.test.ts.
 */
const SECRET = 'Sh4nshui-pw-2026'
const secrets: Secrets & { encrypted: number } = {
  encrypted: 0,
  available: () => true,
  encrypt(p) {
    this.encrypted++
    return Buffer.from(`enc:${[...p].reverse().join('')}`).toString('base64')
  },
  decrypt: (s) => {
    const t = Buffer.from(s, 'base64').toString()
    if (!t.startsWith('enc:')) throw new Error('cannot decrypt')
    return [...t.slice(4)].reverse().join('')
  },
}
const effects = { notify() {}, openExternal: async () => {}, print: async () => ({ done: false }), secrets }
const office = { host: '192.168.1.10', port: 5432, database: 'tourdesk', user: 'tourdesk', ssl: true }

let h: Harness
afterEach(async () => h?.close())

describe('the configuration file', () => {
  it('keeps the server with its password encrypted, never in the file or the answers, and keeps it when left empty', async () => {
    h = await harness({ effects })
    const saved = await h.must<DatabaseStatus>('database.save', {
      kind: 'postgres',
      server: { ...office, password: SECRET },
    })
    expect(saved).toMatchObject({
      chosen: 'postgres',
      running: STORE,
      server: { ...office, hasPassword: true },
    })
    const file = fs.readFileSync(path.join(h.dir, CONFIG_FILE), 'utf8')
    expect(file).not.toContain(SECRET)
    expect(JSON.stringify(saved)).not.toContain(SECRET)
    expect(JSON.stringify(await h.must('database.status', {}))).not.toContain(SECRET)
    const read = readDatabaseConfig(h.dir, secrets)
    expect(read.problem).toBeNull()
    expect(read.option).toEqual({ kind: 'postgres', connection: { ...office, password: SECRET } })

    // saved again without typing the password: the stored one stays
    await h.must('database.save', { kind: 'postgres', server: { ...office, port: 5433 } })
    expect(readDatabaseConfig(h.dir, secrets).option).toMatchObject({
      connection: { port: 5433, password: SECRET },
    })
    // back to this PC: the server stays filled in for next time, the store to open is SQLite
    const back = await h.must<DatabaseStatus>('database.save', { kind: 'sqlite' })
    expect(back).toMatchObject({ chosen: 'sqlite', server: { host: office.host, hasPassword: true } })
    expect(readDatabaseConfig(h.dir, secrets).option).toEqual({ kind: 'sqlite' })
    const audit = await h.app.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'database')
      .execute()
    expect(audit).toHaveLength(3)
  })

  it('refuses to store a password where nothing can encrypt it', async () => {
    h = await harness({ effects: { ...effects, secrets: { ...secrets, available: () => false } } })
    const r = await h.call('database.save', { kind: 'postgres', server: { ...office, password: SECRET } })
    expect(r.ok ? null : r.error.msg.key).toBe('errors.dbNoSafeStorage')
    expect(fs.existsSync(path.join(h.dir, CONFIG_FILE))).toBe(false)
  })

  it('a damaged file, or a password this PC cannot decrypt, starts on this PC’s database with a reason', async () => {
    h = await harness({ effects })
    const file = path.join(h.dir, CONFIG_FILE)
    fs.writeFileSync(file, '{"version":1,"kind":"postg')
    expect(readDatabaseConfig(h.dir, secrets)).toMatchObject({
      option: { kind: 'sqlite' },
      problem: expect.stringContaining(CONFIG_FILE),
    })
    fs.writeFileSync(
      file,
      JSON.stringify({ version: 1, kind: 'postgres', server: { ...office, passwordEnc: 'bm90LW91cnM=' } }),
    )
    expect(readDatabaseConfig(h.dir, secrets)).toMatchObject({
      option: { kind: 'sqlite' },
      problem: expect.stringContaining('password'),
    })
    fs.rmSync(file)
    expect(readDatabaseConfig(h.dir, secrets)).toEqual({
      config: { kind: 'sqlite', server: null },
      option: { kind: 'sqlite' },
      problem: null,
    })
  })

  it.runIf(STORE === 'sqlite')(
    'the shell reads it at start-up: a damaged file warns and opens SQLite; restart goes through app.relaunch',
    async () => {
      h = await harness({ effects })
      const dir = path.join(h.dir, 'shell')
      fs.mkdirSync(dir)
      fs.writeFileSync(path.join(dir, CONFIG_FILE), 'not json')
      const fake = fakeElectron()
      const opened: Awaited<ReturnType<typeof openApp>>[] = []
      await startShell(fake.electron, {
        openApp: async (o) => {
          expect(o.database).toEqual({ kind: 'sqlite' })
          expect(o.effects?.secrets?.available()).toBe(true)
          const app = await openApp({ ...o, clock: () => h.clock.now })
          opened.push(app)
          return app
        },
        env: { TOURDESK_USER_DATA: dir },
        platform: 'win32',
        mainDir: path.resolve(__dirname, '../../out/main'),
      })
      const core = opened[0]
      try {
        expect(fake.rec.messageBoxes.map((m) => m.message)).toEqual([expect.stringContaining('数据库设置')])
        expect(fs.existsSync(path.join(dir, 'tourdesk.sqlite'))).toBe(true)
        const s = core.newSession()
        await core.dispatch(
          'auth.setup',
          { agencyName: 'a', adminName: 'b', login: 'admin', password: 'correct-horse-9' },
          s,
        )
        expect(await core.dispatch('database.status', {}, s)).toMatchObject({
          ok: true,
          value: { configProblem: true },
        })
        // the real safeStorage wiring: the file holds the fake DPAPI's bytes, not the password
        await core.dispatch('database.save', { kind: 'postgres', server: { ...office, password: SECRET } }, s)
        expect(fs.readFileSync(path.join(dir, CONFIG_FILE), 'utf8')).not.toContain(SECRET)
        expect(await core.dispatch('database.restart', {}, s)).toEqual({
          ok: true,
          value: { restarting: true },
        })
        await expect.poll(() => fake.rec.calls.includes('relaunch'), { timeout: 5000 }).toBe(true)
      } finally {
        await core.close()
      }
    },
  )
})

describe('who may', () => {
  it('only an administrator sees or changes the database', async () => {
    h = await harness({ effects })
    for (const role of ['manager', 'frontdesk'] as const) {
      const s = await h.signedIn(role)
      // fallback and retryServer are public: the banner of a desk working on its own file shows to all
      const guarded = Object.entries(databaseCalls).filter(([, c]) => c.access !== 'public')
      for (const [name] of guarded) {
        const r = await h.call(`database.${name}`, {}, s)
        expect(r.ok ? 'ok' : r.error.code, `${role} database.${name}`).toBe('FORBIDDEN')
      }
    }
    expect(fs.existsSync(path.join(h.dir, CONFIG_FILE))).toBe(false)
  })
})

describe('test connection', () => {
  it('says which part is wrong, quickly', async () => {
    h = await harness({ effects })
    // nothing listens on port 1 of this machine
    const refused = await h.call('database.test', { ...office, host: '127.0.0.1', port: 1, ssl: false })
    expect(refused.ok ? null : refused.error).toMatchObject({
      code: 'UNAVAILABLE',
      msg: { key: 'errors.dbHostUnreachable' },
    })
    const bad = await h.call('database.test', { ...office, host: 'no server here', port: 0 })
    expect(bad.ok ? null : bad.error.fields).toEqual({
      host: { key: 'errors.dbHost' },
      port: { key: 'errors.dbPort', params: { min: 1 } },
    })
  })

  it.runIf(STORE === 'postgres')(
    'on a real server: version, TourDesk data, schema; a wrong database or TLS named',
    async () => {
      h = await harness({ effects })
      const c = h.location.database!.kind === 'postgres' ? h.location.database!.connection : null
      const server = { host: c!.host, port: c!.port, database: c!.database, user: c!.user, ssl: false }
      const probe = await h.must<ServerProbe>('database.test', server)
      expect(probe).toMatchObject({
        version: expect.stringMatching(/^\d+/),
        hasSchema: true,
        holdsData: true,
        newer: false,
      })
      expect(probe.schemaVersion).toMatch(/^\d{4}_/)
      const noDb = await h.call('database.test', { ...server, database: 'no_such_db' })
      expect(noDb.ok ? null : noDb.error.msg).toEqual({
        key: 'errors.dbDatabase',
        params: { database: 'no_such_db' },
      })
      const tls = await h.call('database.test', { ...server, ssl: true })
      expect(tls.ok ? null : tls.error.msg.key).toBe('errors.dbTls')
    },
  )
})
