import fs from 'node:fs'
import path from 'node:path'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { STORE, harness } from './harness'
import type { Harness } from './harness'
import { ID_2, ID_X, auditRows, createCustomer, editable, names } from './fixtures'

/**
 * PIPL: when a customer asks to be forgotten, the admin deletes the file and it must be gone —
 * from search, from the index tables and from the bytes on disk, not just unlinked.
 */
let h: Harness
let id: number
let friend: number
let referred: number
const NAME = '欧阳娜娜'
const OLD_NAME = '欧阳菲菲'
const MOBILE = '13812345678'

beforeEach(async () => {
  h = await harness()
  // enough other customers that the tables span several pages
  for (let i = 0; i < 40; i++) {
    await createCustomer(h, { name: `李明${i}`, mobile: `1390000${String(i).padStart(4, '0')}` })
  }
  id = await createCustomer(h, {
    name: OLD_NAME,
    mobile: MOBILE,
    pinyinName: 'OUYANG NANA',
    notes: '对海鲜过敏',
    documents: [
      { kind: 'id_card', number: ID_X },
      { kind: 'passport', number: 'E87654321' },
    ],
    emergencyContacts: [{ name: '欧阳父', phone: '13911112222' }],
  })
  // renamed once: the old name must be gone too
  await h.must('customers.update', { ...editable(await h.must('customers.get', { id })), name: NAME })
  friend = await createCustomer(h, { name: '刘芳' })
  referred = await createCustomer(h, {
    name: '周杰',
    referrerId: id,
    documents: [{ kind: 'id_card', number: ID_2 }],
  })
  await h.must('customers.addRelation', { customerId: id, otherId: friend, kind: 'friend' })
  await h.must('customers.addRelation', { customerId: referred, otherId: id, kind: 'colleague' })
  await h.must('customers.logCommunication', {
    customerId: id,
    channel: 'phone',
    direction: 'inbound',
    summary: '欧阳娜娜来电',
  })
})
afterEach(async () => {
  await h.close()
})

const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
  Number((await query.execute(h.app.db)).rows[0].n)

describe('deleting a customer', () => {
  it('is findable before, and by no search afterwards', async () => {
    const queries = [
      NAME,
      '娜娜',
      '阳',
      'ouyangnana',
      'nana',
      'oynn',
      'yn',
      MOBILE.slice(-4),
      ID_X.slice(-4),
      '4321',
    ]
    for (const q of queries) expect(await names(h, { q }), q).toContain(NAME)
    await h.must('customers.remove', { id })
    for (const q of queries) expect(await names(h, { q }), q).not.toContain(NAME)
    expect(await h.must('customers.lookup', { q: '娜娜' })).toEqual([])
    expect(await h.call('customers.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('leaves no row in the search index tables', async () => {
    expect(
      await count(sql`SELECT count(*) AS n FROM customer_grams WHERE customer_id = ${id}`),
    ).toBeGreaterThan(0)
    // SQLite keeps the trigram keys in an FTS5 table, PostgreSQL in customer_search (pg_trgm)
    const keyRows = () =>
      STORE === 'postgres'
        ? count(sql`SELECT count(*) AS n FROM customer_search WHERE id = ${id}`)
        : count(sql`SELECT count(*) AS n FROM customer_fts WHERE rowid = ${id}`)
    const nameRows = () =>
      STORE === 'postgres'
        ? count(sql`SELECT count(*) AS n FROM customer_search WHERE name LIKE ${'%欧阳娜%'}`)
        : count(sql`SELECT count(*) AS n FROM customer_fts WHERE customer_fts MATCH ${'"欧阳娜"'}`)
    expect(await keyRows()).toBe(1)
    expect(await nameRows()).toBe(1)
    await h.must('customers.remove', { id })
    expect(await count(sql`SELECT count(*) AS n FROM customer_grams WHERE customer_id = ${id}`)).toBe(0)
    expect(await keyRows()).toBe(0)
    expect(await nameRows()).toBe(0)
  })

  it('cascades documents, relations, contacts and communications; clears the referrer link of others', async () => {
    await h.must('customers.remove', { id })
    for (const [table, col] of [
      ['customer_documents', 'customer_id'],
      ['customer_contacts', 'customer_id'],
      ['customer_tags', 'customer_id'],
      ['customer_needs', 'customer_id'],
      ['communications', 'customer_id'],
      ['customer_relations', 'a_id'],
      ['customer_relations', 'b_id'],
    ]) {
      expect(
        await count(sql`SELECT count(*) AS n FROM ${sql.id(table)} WHERE ${sql.id(col)} = ${id}`),
        table,
      ).toBe(0)
    }
    const r = await h.must('customers.get', { id: referred })
    expect(r.referrer).toBeNull()
    expect(r.relations).toEqual([])
    expect(r.documents).toHaveLength(1)
    expect((await h.must('customers.get', { id: friend })).relations).toEqual([])
    // the referred customer's file can still be saved
    await h.must('customers.update', editable(r))
  })

  it('the audit entry keeps only who, when and which id — no values', async () => {
    h.clock.now = new Date('2026-11-26T09:30:00.000Z')
    await h.must('customers.remove', { id })
    const entry = (await auditRows(h.app.db)).at(-1)!
    expect(entry).toEqual({
      id: expect.any(Number),
      at: '2026-11-26T09:30:00.000Z',
      staff_id: 1,
      action: 'delete',
      entity: 'customer',
      entity_id: id,
      fields: '[]',
    })
  })

  // A desk's own file; on an office server the bytes are the server's (its VACUUM and backups)
  it.skipIf(STORE === 'postgres')(
    'after closing, the database files on disk no longer hold the name, ID number or mobile',
    async () => {
      await h.must('customers.remove', { id })
      await h.app.close()
      const files = fs.readdirSync(h.dir).filter((f) => f.startsWith('tourdesk.sqlite'))
      expect(files).toContain('tourdesk.sqlite')
      for (const f of files) {
        const bytes = fs.readFileSync(path.join(h.dir, f))
        for (const secret of [
          NAME,
          OLD_NAME,
          ID_X,
          'E87654321',
          MOBILE,
          '13911112222',
          '对海鲜过敏',
          'OUYANG NANA',
        ]) {
          expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${f}`).toBe(false)
        }
        // the others are still there: the check reads the right bytes
        if (f === 'tourdesk.sqlite') expect(bytes.includes(Buffer.from('刘芳', 'utf8'))).toBe(true)
      }
    },
  )

  it('only an administrator may delete, and an unknown id is NOT_FOUND', async () => {
    const mgr = await h.signedIn('manager')
    expect(await h.call('customers.remove', { id }, mgr)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await names(h, { q: NAME })).toEqual([NAME])
    expect(await h.call('customers.remove', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})
