import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp } from '../../src/main/app'
import { harness } from './harness'
import type { Harness } from './harness'
import { ID_2, ID_X, createCustomer, names } from './fixtures'

const PASSPORT = 'E87654321'

/** Queries whose answer would tell a clerk something about the hidden middle of a masked number. */
function middlePieces(num: string): string[] {
  const out = new Set<string>()
  for (let len = 3; len < num.length; len++) {
    for (let start = 0; start + len <= num.length; start++) {
      const piece = num.slice(start, start + len)
      const isAllowedTail = start + len === num.length && len >= 4 && len <= 6
      if (!isAllowedTail) out.add(piece)
    }
  }
  return [...out]
}

describe('search does not reveal masked identity numbers', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
    // phones share no three digits in a row with the documents, so only the documents could match
    await createCustomer(h, {
      name: '王建国',
      mobile: '13866666666',
      documents: [{ kind: 'id_card', number: ID_X }],
    })
    await createCustomer(h, {
      name: '李明',
      mobile: '13877777777',
      documents: [{ kind: 'passport', number: PASSPORT, expiryDate: '2030-01-01' }],
    })
  })
  afterAll(async () => {
    await h.close()
  })

  it('finds nobody by a piece from the middle of an ID or passport number', async () => {
    const pieces = [...middlePieces(ID_X), ...middlePieces(PASSPORT)].filter(
      (p) => !'13866666666 13877777777'.includes(p),
    )
    expect(pieces.length).toBeGreaterThan(150)
    for (const q of pieces) {
      expect(await names(h, { q }), q).toEqual([])
      expect(await h.must('customers.lookup', { q }), q).toEqual([])
    }
  })

  it('finds a number whole or by its last 4, 5 or 6 characters', async () => {
    for (const t of [4, 5, 6]) {
      expect(await names(h, { q: ID_X.slice(-t) })).toEqual(['王建国'])
      expect(await names(h, { q: PASSPORT.slice(-t) })).toEqual(['李明'])
    }
    expect(await names(h, { q: ID_X })).toEqual(['王建国'])
    expect(await names(h, { q: ID_X.toLowerCase() })).toEqual(['王建国'])
    expect(await names(h, { q: PASSPORT })).toEqual(['李明'])
    expect(await names(h, { q: PASSPORT.toLowerCase() })).toEqual(['李明'])
    expect(await h.must('customers.lookup', { q: PASSPORT.slice(-4) })).toMatchObject([{ name: '李明' }])
  })

  it('still finds phones by prefix and tail as they are typed', async () => {
    for (const q of ['1', '13', '138', '1386', '13866666666', '6666', '7777777']) {
      expect(await names(h, { q }), q).not.toEqual([])
    }
    expect(await names(h, { q: '138666' })).toEqual(['王建国'])
    expect(await names(h, { q: '77777' })).toEqual(['李明'])
  })

  it('follows a changed document: the old number is no longer found', async () => {
    const id = await createCustomer(h, {
      name: '赵云',
      mobile: '13900000000',
      documents: [{ kind: 'id_card', number: ID_2 }],
    })
    expect(await names(h, { q: ID_2.slice(-4) })).toEqual(['赵云'])
    const profile = await h.must<{ documents: { id: number }[] }>('customers.get', { id })
    await h.must('customers.removeDocument', { id: profile.documents[0].id })
    expect(await names(h, { q: ID_2.slice(-4) })).toEqual([])
    expect(await names(h, { q: ID_2 })).toEqual([])
  })
})

describe('search by any mix of full syllables and initials', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
    for (const [name, mobile] of [
      ['张三丰', '13900000001'],
      ['王建国', '13900000002'],
      ['李明', '13900000003'],
      ['单田芳', '13900000004'],
      ['吕布', '13900000005'],
    ]) {
      await createCustomer(h, { name, mobile })
    }
  })
  afterAll(async () => {
    await h.close()
  })

  it.each([
    ['zhangsf', ['张三丰']],
    ['zsanf', ['张三丰']],
    ['zhangsanf', ['张三丰']],
    ['zsf', ['张三丰']],
    ['zsanfeng', ['张三丰']],
    ['wangjg', ['王建国']],
    ['wjguo', ['王建国']],
    ['wjianguo', ['王建国']],
    ['lming', ['李明']],
    ['lim', ['李明']],
    ['shantf', ['单田芳']],
    ['stianf', ['单田芳']],
    ['lvb', ['吕布']],
    ['lbu', ['吕布']],
    ['sanzhang', []],
    ['wangjm', []],
  ])('%s finds %j', async (q, expected) => {
    expect(await names(h, { q })).toEqual(expected)
    expect((await h.must<{ name: string }[]>('customers.lookup', { q })).map((r) => r.name)).toEqual(expected)
  })
})

describe('migration 0006', () => {
  it('rewrites document numbers indexed whole before it and name keys without mixes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-0006-'))
    const clock = () => new Date('2026-11-25T02:00:00.000Z')
    try {
      let app = await openApp({ dataDir: dir, clock })
      const admin = app.newSession()
      await app.dispatch(
        'auth.setup',
        { agencyName: '山水国旅', adminName: '管理员', login: 'admin', password: 'correct-horse-9' },
        admin,
      )
      const created = await app.dispatch(
        'customers.create',
        { name: '王建国', mobile: '13866666666', documents: [{ kind: 'id_card', number: ID_X }] },
        admin,
      )
      expect(created.ok).toBe(true)
      // the index as the releases before 0006 wrote it: numbers whole, names without mixed keys
      await sql`UPDATE customer_fts SET docs = ${ID_X}, keys = 'wangjianguo | wjg'`.execute(app.db)
      await sql`DELETE FROM schema_migrations WHERE name = '0006_document_search_tails'`.execute(app.db)
      await app.close()

      app = await openApp({ dataDir: dir, clock })
      const docs = await sql<{ docs: string }>`SELECT docs FROM customer_fts`.execute(app.db)
      expect(docs.rows[0].docs.split(' | ').sort()).toEqual(
        [ID_X, ID_X.slice(-4), ID_X.slice(-5), ID_X.slice(-6)].map((k) => `^${k.toLowerCase()}$`).sort(),
      )
      const s = app.newSession()
      await app.dispatch('auth.signIn', { login: 'admin', password: 'correct-horse-9' }, s)
      const search = async (q: string) => {
        const r = await app.dispatch('customers.search', { q }, s)
        if (!r.ok) throw new Error(JSON.stringify(r.error))
        return (r.value as { rows: { name: string }[] }).rows.map((row) => row.name)
      }
      expect(await search(ID_X.slice(3, 9))).toEqual([])
      expect(await search(ID_X.slice(-4))).toEqual(['王建国'])
      expect(await search(ID_X)).toEqual(['王建国'])
      // the name keys were rewritten once at start, with the mixes
      expect(await search('wangjg')).toEqual(['王建国'])
      expect(await search('wjguo')).toEqual(['王建国'])
      const stale = await sql`SELECT 1 FROM settings WHERE key = 'search_keys_stale'`.execute(app.db)
      expect(stale.rows).toEqual([])
      await app.close()
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
