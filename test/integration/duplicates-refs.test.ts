import { sql } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { customerRefs } from '../../src/main/duplicates/customer-refs'

/*
 * A merge moves what customerRefs lists. This reads the migrated schema of the store under test —
 * every foreign key to customers(id), and every column named customer_id or *_customer_id even
 * without one — and fails when one is missing from the list, so a new feature's link to a customer
 * file cannot be left pointing at a merged-away file (or silently cascade-deleted with it).
 */
let h: Harness
beforeAll(async () => {
  h = await harness({ setup: false })
})
afterAll(async () => {
  await h.close()
})

async function referencesToCustomers(): Promise<string[]> {
  if (h.store === 'postgres') {
    const fks = await sql<{ t: string; c: string }>`
      SELECT cl.relname AS t, a.attname AS c
      FROM pg_constraint k
      JOIN pg_class cl ON cl.oid = k.conrelid
      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
      WHERE k.contype = 'f' AND k.confrelid = 'customers'::regclass`.execute(h.app.db)
    const named = await sql<{ t: string; c: string }>`
      SELECT table_name AS t, column_name AS c FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name LIKE '%customer_id'`.execute(h.app.db)
    return [...fks.rows, ...named.rows].map((r) => `${r.t}.${r.c}`)
  }
  const tables = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`.execute(h.app.db)
  const out: string[] = []
  for (const { name } of tables.rows) {
    const fks = await sql<{ table: string; from: string }>`
      SELECT "table", "from" FROM pragma_foreign_key_list(${name})`.execute(h.app.db)
    for (const fk of fks.rows) if (fk.table === 'customers') out.push(`${name}.${fk.from}`)
    const cols = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${name})`.execute(h.app.db)
    for (const c of cols.rows) if (/(^|_)customer_id$/.test(c.name)) out.push(`${name}.${c.name}`)
  }
  return out
}

it('lists every column that points at a customer file', async () => {
  const found = [...new Set(await referencesToCustomers())].sort()
  const listed = new Set(customerRefs.map((r) => `${r.table}.${r.column}`))
  expect(found.length).toBeGreaterThan(12)
  expect(found.filter((f) => !listed.has(f))).toEqual([])
})
