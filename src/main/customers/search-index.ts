import { sql } from 'kysely'
import type { Kysely, RawBuilder, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { normalizeQuery, searchKeys } from '../../shared/search/pinyin-keys'

/*
 * The one SQLite-specific piece of customer search (FTS5 trigram + a 1–2 character gram table).
 * A PostgreSQL build would swap this module for pg_trgm; services only call these functions.
 */

export interface SearchSource {
  name: string
  mobile: string | null
  documents: string[]
}

const HAN = /\p{Script=Han}/u

function grams(s: string, into: Set<string>): void {
  const chars = [...s]
  for (let i = 0; i < chars.length; i++) {
    into.add(chars[i])
    if (i + 1 < chars.length) into.add(chars[i] + chars[i + 1])
  }
}

export function buildSearchRow(src: SearchSource) {
  const name = src.name.toLowerCase()
  const { full, initials } = searchKeys(src.name)
  const g = new Set<string>()
  grams(name.replace(/\s+/g, ''), g)
  for (const k of initials) grams(k, g)
  for (const k of full) g.add(k.slice(0, 2))
  return {
    name,
    // separators keep trigrams from spanning two keys
    keys: [...full, ...initials].join(' | '),
    phone: src.mobile ?? '',
    docs: src.documents.join(' | '),
    grams: [...g].filter(Boolean),
  }
}

/** First full pinyin key: the order of the name column. */
export function nameSortKey(name: string): string {
  return searchKeys(name).full[0] ?? name.toLowerCase()
}

export async function indexCustomer(
  trx: Transaction<DB> | Kysely<DB>,
  id: number,
  src: SearchSource,
): Promise<void> {
  await unindexCustomer(trx, id)
  const row = buildSearchRow(src)
  await sql`INSERT INTO customer_fts(rowid, name, keys, phone, docs) VALUES (${id}, ${row.name}, ${row.keys}, ${row.phone}, ${row.docs})`.execute(
    trx,
  )
  if (row.grams.length) {
    await trx
      .insertInto('customer_grams')
      .values(row.grams.map((gram) => ({ gram, customer_id: id })))
      .execute()
  }
}

export async function unindexCustomer(trx: Transaction<DB> | Kysely<DB>, id: number): Promise<void> {
  await sql`DELETE FROM customer_fts WHERE rowid = ${id}`.execute(trx)
  await trx.deleteFrom('customer_grams').where('customer_id', '=', id).execute()
}

function phrase(s: string): string {
  return `"${s.replace(/"/g, '""')}"`
}

export type QueryKind = 'han' | 'digits' | 'latin'

export function classify(q: string): QueryKind {
  if (HAN.test(q)) return 'han'
  if (/^[0-9]+x?$/i.test(q)) return 'digits'
  return 'latin'
}

/**
 * A condition on `c.id` matching the query, or null for an empty query. 3+ characters go to the
 * trigram index (on the column that kind of query is about); shorter ones to the gram table.
 */
export function matchCondition(raw: string): RawBuilder<boolean> | null {
  const q = normalizeQuery(raw)
  if (!q) return null
  const kind = classify(q)
  const len = [...q].length
  if (len >= 3) {
    const cols = kind === 'han' ? 'name' : kind === 'digits' ? '{phone docs}' : '{keys name}'
    const m = `${cols} : ${phrase(q)}`
    return sql<boolean>`c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ${m})`
  }
  if (kind === 'digits') return sql<boolean>`c.mobile GLOB ${q + '*'}`
  return sql<boolean>`c.id IN (SELECT customer_id FROM customer_grams WHERE gram = ${q})`
}
