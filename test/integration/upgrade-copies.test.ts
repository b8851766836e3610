import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { StartupError, openApp } from '../../src/main/app'
import type { TourDeskApp } from '../../src/main/app'
import { DB_FILE } from '../../src/main/db/open'
import { migrations } from '../../src/main/db/migrations'
import { PASSWORD } from './harness'

/*
 * The next TourDesk's upgrade: a no-op migration that this file adds to the in-code list after the
 * database was made, so a start upgrades it exactly as a newer version would (re-running a real
 * migration would clash with the tables it already made).
 */
const LAST = '9000_next_version'
const withNextVersion = (on: boolean) => {
  if (on) migrations[LAST] = { up: async () => {} }
  else delete migrations[LAST]
}
afterAll(() => withNextVersion(false))
const T0 = '2026-11-25T02:00:00.000Z'
const COPY = `${DB_FILE}.before-${LAST}-20261125T020000.bak`
const later = (days: number, minutes = 0) =>
  new Date(Date.parse(T0) + days * 86_400_000 + minutes * 60_000).toISOString()

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true })
})

async function open(dir: string, at: string): Promise<TourDeskApp> {
  return openApp({ dataDir: dir, clock: () => new Date(at) })
}

const copies = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.bak'))

/**
 * A database one upgrade behind, holding customer 王建国: made by this version, then the next
 * version's migration is added, so the next start upgrades it and copies it first.
 */
async function oneUpgradeBehind(): Promise<string> {
  withNextVersion(false)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-copies-'))
  dirs.push(dir)
  const app = await open(dir, '2026-11-01T02:00:00.000Z')
  const s = app.newSession()
  await app.dispatch(
    'auth.setup',
    { agencyName: '山水国旅', adminName: '管理员', login: 'admin', password: PASSWORD },
    s,
  )
  const r = await app.dispatch('customers.create', { name: '王建国', mobile: '13812345678' }, s)
  expect(r.ok).toBe(true)
  await app.close()
  withNextVersion(true)
  return dir
}

describe('copies taken before a schema upgrade', () => {
  it('are kept for 7 days after the upgrade, then deleted at the next clean start', async () => {
    const dir = await oneUpgradeBehind()
    let app = await open(dir, T0)
    expect(copies(dir)).toEqual([COPY])
    // the copy holds the customers as they were, so one deleted now survives in it
    const s = app.newSession()
    await app.dispatch('auth.signIn', { login: 'admin', password: PASSWORD }, s)
    expect(await app.dispatch('customers.remove', { id: 1 }, s)).toMatchObject({ ok: true })
    await app.close()
    const copy = new Database(path.join(dir, COPY), { readonly: true })
    expect(copy.prepare('SELECT name FROM customers').all()).toEqual([{ name: '王建国' }])
    copy.close()

    for (const at of [later(1), later(6, 24 * 60 - 1)]) {
      app = await open(dir, at)
      await app.close()
      expect(copies(dir), at).toEqual([COPY])
    }
    app = await open(dir, later(7))
    await app.close()
    expect(copies(dir)).toEqual([])
  })

  it('are kept when the database does not open cleanly, however old', async () => {
    const dir = await oneUpgradeBehind()
    await (await open(dir, T0)).close()
    expect(copies(dir)).toEqual([COPY])
    // a damaged database: the copy may be all that is left
    const file = path.join(dir, DB_FILE)
    const bytes = fs.readFileSync(file)
    bytes.fill(0x5a, 0, 100)
    fs.writeFileSync(file, bytes)
    await expect(open(dir, later(30))).rejects.toBeInstanceOf(StartupError)
    expect(copies(dir)).toEqual([COPY])
  })

  it('keeps copies for upgrades this version has not applied, and files it does not know', async () => {
    const dir = await oneUpgradeBehind()
    await (await open(dir, T0)).close()
    const others = [
      `${DB_FILE}.before-9999_from_a_newer_version-20200101T000000.bak`,
      `${DB_FILE}.before-${LAST}-not-a-date.bak`,
      `${DB_FILE}.bak`,
      `other.sqlite.before-${LAST}-20200101T000000.bak`,
    ]
    for (const f of others) fs.writeFileSync(path.join(dir, f), 'x')
    await (await open(dir, later(8))).close()
    expect(copies(dir).sort()).toEqual([...others].sort())
  })

  it('keeps a copy dated after the clock (a clock set back)', async () => {
    const dir = await oneUpgradeBehind()
    await (await open(dir, T0)).close()
    await (await open(dir, '2026-11-01T00:00:00.000Z')).close()
    expect(copies(dir)).toEqual([COPY])
  })
})
