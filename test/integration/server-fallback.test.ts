import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import { StartupError, openApp } from '../../src/main/app'
import type { OpenAppOptions, TourDeskApp } from '../../src/main/app'
import { CONFIG_FILE, writeDatabaseConfig } from '../../src/main/database/database-config'
import { startShell } from '../../src/main/electron/shell'
import { safeStorageSecrets } from '../../src/main/electron/secrets'
import type { ServerFallback } from '../../src/shared/database/database.api'
import { fakeElectron } from '../fakes/electron'
import type { FakeElectron } from '../fakes/electron'
import { pgServer } from '../pg/server'
import { STORE, harness } from './harness'
import type { Harness } from './harness'

/*
 * The saved office server cannot be reached at start-up: the shell asks (Retry / Start on this PC
 * instead / Quit) through dialog.showMessageBox of the recording electron fake, with real opens
 * (a refused port, a missing database on the throwaway cluster), and the desk that falls back tells
 * everyone through database.fallback, with database.retryServer to try again.
 */
const NOW = new Date('2026-11-25T02:00:00.000Z')
const mainDir = path.resolve(__dirname, '../../out/main')
/** nothing listens on port 1 of this machine: refused at once */
const REFUSED = { host: '127.0.0.1', port: 1, database: 'tourdesk', user: 'desk', ssl: false }
const ANSWER = { retry: 0, local: 1, quit: 2 }

const cores: TourDeskApp[] = []
const dirs: string[] = []
let h: Harness | null = null
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close().catch(() => {})
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  await h?.close()
  h = null
})

interface Run {
  fake: FakeElectron
  dir: string
  /** the options of every openApp the shell made, in order */
  opens: OpenAppOptions[]
  core: () => TourDeskApp | undefined
  configBytes: string
}

async function startWithServer(
  server: typeof REFUSED,
  opts: {
    answers: number[]
    locale?: string
    localFile?: Date
    open?: (o: OpenAppOptions) => Promise<TourDeskApp>
  },
): Promise<Run> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-fallback-'))
  dirs.push(dir)
  const fake = fakeElectron({ locale: opts.locale })
  if (opts.localFile) {
    // this PC's file from before the office server: an agency with its administrator
    const local = await openApp({ dataDir: dir, clock: () => NOW })
    await local.dispatch(
      'auth.setup',
      { agencyName: '山水国旅', adminName: '管理员', login: 'admin', password: 'correct-horse-9' },
      local.newSession(),
    )
    await local.close()
    fs.utimesSync(path.join(dir, 'tourdesk.sqlite'), opts.localFile, opts.localFile)
  }
  const passwordEnc = safeStorageSecrets(fake.electron).encrypt('s3cret-pw')
  writeDatabaseConfig(dir, { kind: 'postgres', server: { ...server, passwordEnc } })
  const configBytes = fs.readFileSync(path.join(dir, CONFIG_FILE), 'utf8')
  fake.rec.messageBoxAnswers.push(...opts.answers)
  const opens: OpenAppOptions[] = []
  let opened: TourDeskApp | undefined
  await startShell(fake.electron, {
    openApp: async (o) => {
      opens.push(o)
      const app = await (opts.open ?? ((x) => openApp({ ...x, clock: () => NOW })))(o)
      cores.push(app)
      opened = app
      return app
    },
    env: { TOURDESK_USER_DATA: dir },
    platform: 'win32',
    mainDir,
  })
  return { fake, dir, opens, core: () => opened, configBytes }
}

const kinds = (r: Run) => r.opens.map((o) => o.database?.kind)

describe('a saved server that cannot be reached at start-up', () => {
  it('Quit: the question names the server and the reason, nothing opens, nothing is written', async () => {
    const r = await startWithServer(REFUSED, { answers: [ANSWER.quit] })
    expect(r.fake.rec.messageBoxes).toHaveLength(1)
    const box = r.fake.rec.messageBoxes[0]
    expect(box.message).toBe('连接不上办公室服务器')
    expect(box.buttons).toEqual(['重试', '改用本机数据', '退出'])
    expect(box.detail).toContain('服务器：desk@127.0.0.1:1/tourdesk')
    expect(box.detail).toContain('原因：连接不上服务器')
    // there is no local file: the person is told an empty database would open
    expect(box.detail).toContain('这台电脑上还没有自己的数据')
    expect(box.detail).not.toContain('s3cret-pw')
    expect(r.fake.rec.exitCodes).toEqual([0])
    expect(r.fake.rec.errorBoxes).toEqual([])
    expect(r.fake.rec.windows).toEqual([])
    expect(r.fake.rec.ipc.size).toBe(0)
    expect(kinds(r)).toEqual(['postgres'])
    expect(fs.existsSync(path.join(r.dir, 'tourdesk.sqlite'))).toBe(false)
    expect(fs.readFileSync(path.join(r.dir, CONFIG_FILE), 'utf8')).toBe(r.configBytes)
  })

  it('Retry tries the server again, as often as asked', async () => {
    const r = await startWithServer(REFUSED, { answers: [ANSWER.retry, ANSWER.retry, ANSWER.quit] })
    expect(r.fake.rec.messageBoxes).toHaveLength(3)
    expect(kinds(r)).toEqual(['postgres', 'postgres', 'postgres'])
    expect(r.opens.every((o) => o.serverFallback === undefined)).toBe(true)
    expect(r.fake.rec.exitCodes).toEqual([0])
  })

  it('Start on this PC instead: this PC’s file opens with the banner state, the saved choice stays, and Retry restarts', async () => {
    const lastWritten = new Date('2026-11-20T01:12:00.000Z')
    const r = await startWithServer(REFUSED, { answers: [ANSWER.local], localFile: lastWritten })
    const box = r.fake.rec.messageBoxes[0]
    // stale data said plainly, with when it was last written (Beijing time)
    expect(box.detail).toContain('最后一次写入是 2026-11-20 09:12（北京时间），可能不是最新的')
    expect(box.detail).toContain('管理员保存的服务器设置不变')
    expect(kinds(r)).toEqual(['postgres', 'sqlite'])
    const fallback: ServerFallback = {
      server: 'desk@127.0.0.1:1/tourdesk',
      reason: 'unreachable',
      localModified: lastWritten.toISOString(),
    }
    expect(r.opens[1].serverFallback).toEqual(fallback)
    expect(r.fake.rec.windows).toHaveLength(1)
    expect(r.fake.rec.exitCodes).toEqual([])

    const core = r.core()!
    const signedOut = core.newSession()
    // the banner shows before sign-in too: this PC's staff list may be older than the server's
    expect(await core.dispatch('database.fallback', {}, signedOut)).toEqual({ ok: true, value: fallback })
    const admin = core.newSession()
    await core.dispatch('auth.signIn', { login: 'admin', password: 'correct-horse-9' }, admin)
    expect(await core.dispatch('database.status', {}, admin)).toMatchObject({
      ok: true,
      value: { running: 'sqlite', chosen: 'postgres', server: { host: '127.0.0.1', hasPassword: true } },
    })
    expect(fs.readFileSync(path.join(r.dir, CONFIG_FILE), 'utf8')).toBe(r.configBytes)
    expect(await core.dispatch('database.retryServer', {}, signedOut)).toEqual({
      ok: true,
      value: { restarting: true },
    })
    await expect.poll(() => r.fake.rec.calls.includes('relaunch'), { timeout: 5000 }).toBe(true)
  })

  it('asks in the system’s language', async () => {
    const r = await startWithServer(REFUSED, { answers: [ANSWER.quit], locale: 'en-US' })
    const box = r.fake.rec.messageBoxes[0]
    expect(box.message).toBe('The office server cannot be reached')
    expect(box.buttons).toEqual(['Retry', 'Start on this PC instead', 'Quit'])
    expect(box.detail).toContain('Reason: Cannot reach the server')
    expect(box.detail).toContain('This PC has no data of its own yet')
  })

  it('a server upgraded by a newer TourDesk is not a reason to work elsewhere: it says so and quits', async () => {
    const r = await startWithServer(REFUSED, {
      answers: [],
      open: async () => {
        throw new StartupError('newer', 'postgresql://desk@127.0.0.1:1/tourdesk', null, '0099_future')
      },
    })
    expect(r.fake.rec.messageBoxes).toEqual([])
    expect(r.fake.rec.errorBoxes).toHaveLength(1)
    expect(r.fake.rec.errorBoxes[0].body).toContain('更新')
    expect(r.fake.rec.exitCodes).toEqual([1])
  })

  it.runIf(STORE === 'postgres')(
    'on a real server: a missing database is named, and Retry opens it once the admin has made it',
    async () => {
      const server = pgServer()!
      const name = `later_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
      const admin = new pg.Client({ ...server, database: 'postgres' })
      await admin.connect()
      const target = { host: server.host, port: server.port, database: name, user: server.user, ssl: false }
      let made = false
      try {
        const r = await startWithServer(target, {
          answers: [ANSWER.retry],
          open: async (o) => {
            try {
              return await openApp({ ...o, clock: () => NOW })
            } finally {
              // while the question is on screen, the admin creates the database
              if (!made) {
                made = true
                await admin.query(`CREATE DATABASE ${name}`)
              }
            }
          },
        })
        expect(r.fake.rec.messageBoxes).toHaveLength(1)
        expect(r.fake.rec.messageBoxes[0].detail).toContain('原因：服务器上没有这个数据库')
        expect(kinds(r)).toEqual(['postgres', 'postgres'])
        expect(r.fake.rec.windows).toHaveLength(1)
        const core = r.core()!
        expect(await core.dispatch('database.fallback', {}, core.newSession())).toEqual({
          ok: true,
          value: null,
        })
      } finally {
        for (const core of cores.splice(0)) await core.close().catch(() => {})
        await admin.query(`DROP DATABASE IF EXISTS ${name}`)
        await admin.end()
      }
    },
  )
})

describe('the banner state on a desk working on its own server or file as chosen', () => {
  it('no fallback: nothing to show, and retrying the server is refused for everyone', async () => {
    h = await harness()
    const signedOut = h.app.newSession()
    expect(await h.call('database.fallback', {}, signedOut)).toEqual({ ok: true, value: null })
    const r = await h.call('database.retryServer', {}, signedOut)
    expect(r.ok ? 'ok' : r.error).toEqual({ code: 'CONFLICT', msg: { key: 'errors.dbNotInFallback' } })
  })
})
