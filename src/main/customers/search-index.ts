import { sql } from 'kysely'
import type { Kysely, RawBuilder, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import type { SearchKeySets } from '../../shared/search/pinyin-keys'
import { normalizeQuery, searchKeySets } from '../../shared/search/pinyin-keys'
import { getSetting, setSetting } from '../settings/settings.repo'

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

// Saving a customer asks for the same name's keys twice in a row (nameSortKey, then buildSearchRow), and
// they cost a pinyin conversion: keep the last answer. Callers only read it.
let lastKeys: { name: string; keys: SearchKeySets } | null = null

function keysOf(name: string): SearchKeySets {
  if (lastKeys?.name !== name) lastKeys = { name, keys: searchKeySets(name) }
  return lastKeys.keys
}

/*
 * Identity numbers are shown masked (110***********1234), so search must not answer questions about their
 * hidden middle: a number is found only by its last 4, 5 or 6 characters or as a whole. Each of those is
 * stored between ^ and $, and a query is matched as ^query$ (see matchParts), so a trigram phrase can
 * only hit one of them entirely, never a substring. Migration 0006 writes the same form in SQL.
 */
export const DOC_TAILS = [4, 5, 6] as const

export function docNumberKey(num: string): string {
  return num.toLowerCase().replace(/\s+/g, '')
}

export function docKeys(numbers: string[]): string {
  const keys = new Set<string>()
  for (const raw of numbers) {
    const n = docNumberKey(raw)
    if (!n) continue
    keys.add(n)
    for (const t of DOC_TAILS) if (n.length > t) keys.add(n.slice(-t))
  }
  return [...keys].map((k) => `^${k}$`).join(' | ')
}

export function buildSearchRow(src: SearchSource) {
  const name = src.name.toLowerCase()
  const { full, initials, mixed } = keysOf(src.name)
  const g = new Set<string>()
  grams(name.replace(/\s+/g, ''), g)
  for (const k of initials) grams(k, g)
  for (const k of full) g.add(k.slice(0, 2))
  return {
    name,
    // separators keep trigrams from spanning two keys
    keys: [...full, ...initials, ...mixed].join(' | '),
    phone: src.mobile ?? '',
    docs: docKeys(src.documents),
    grams: [...g].filter(Boolean),
  }
}

/** First full pinyin key: the order of the name column. */
export function nameSortKey(name: string): string {
  return keysOf(name).full[0] ?? name.toLowerCase()
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
    // one short statement whatever the number of grams (a VALUES list would be a new statement each time)
    await sql`INSERT INTO customer_grams(gram, customer_id)
      SELECT value, ${id} FROM json_each(${JSON.stringify(row.grams)})`.execute(trx)
  }
}

/**
 * When the way name keys are made has changed (migration 0006 marks it), rewrites every customer's keys
 * once, in one transaction with the removal of the mark, so an interrupted start simply does it again.
 * Only the keys column: grams, phone and documents do not depend on it. Returns how many were rewritten.
 */
export async function refreshStaleNameKeys(db: Kysely<DB>): Promise<number> {
  if (!(await getSetting(db, 'search_keys_stale'))) return 0
  return db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('customers').select(['id', 'name']).execute()
    for (const r of rows) {
      const { keys } = buildSearchRow({ name: r.name, mobile: null, documents: [] })
      await sql`UPDATE customer_fts SET keys = ${keys} WHERE rowid = ${r.id}`.execute(trx)
    }
    await setSetting(trx, 'search_keys_stale', null)
    return rows.length
  })
}

export async function unindexCustomer(trx: Transaction<DB> | Kysely<DB>, id: number): Promise<void> {
  await sql`DELETE FROM customer_fts WHERE rowid = ${id}`.execute(trx)
  await sql`DELETE FROM customer_grams WHERE customer_id = ${id}`.execute(trx)
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

/** How a query is matched, in pieces the search service can combine and plan around. */
export interface MatchParts {
  /** condition on `c` that an index can serve (drives the query from the matches) */
  where: RawBuilder<boolean>
  /** the same condition, kept away from indexes (for walking the sort column's index instead) */
  filter: RawBuilder<boolean>
  /**
   * The matching customer ids as `SELECT … AS id`, read without touching customers, when that is exact:
   * neither index can hold a row whose customer is gone (customer_grams: foreign key ON DELETE CASCADE;
   * customer_fts: the trigger of migration 0003). Null when the condition is on customers itself.
   */
  ids: RawBuilder<unknown> | null
  /**
   * A condition that holds for exactly the matches when there are at most `limit` of them; when there
   * are more, it holds for none of them or for more than `limit` of them (never for anything else). Lets
   * one statement fetch, sort and count the few matches a typed query usually has, without paying for
   * thousands. Null for the mobile prefix, which has no id set.
   */
  capped: ((limit: number) => RawBuilder<boolean>) | null
}

function idSet(ids: RawBuilder<unknown>, capped: (limit: number) => RawBuilder<boolean>): MatchParts {
  return { where: sql<boolean>`c.id IN (${ids})`, filter: sql<boolean>`+c.id IN (${ids})`, ids, capped }
}

/**
 * The pieces of matchCondition's condition, or null for an empty query. 3+ characters go to the trigram
 * index (on the column that kind of query is about); shorter ones to the gram table, read through its
 * WITHOUT ROWID primary key (gram, customer_id), which covers the lookup.
 */
export function matchParts(raw: string): MatchParts | null {
  const q = normalizeQuery(raw)
  if (!q) return null
  const kind = classify(q)
  const len = [...q].length
  if (len >= 3) {
    const cols = kind === 'han' ? 'name' : kind === 'digits' ? 'phone' : '{keys name}'
    // phones are shown in full, so any part of one may match; identity numbers only whole or by their tail
    const doc = kind !== 'han' && len >= DOC_TAILS[0] ? ` OR docs : ${phrase(`^${docNumberKey(q)}$`)}` : ''
    const m = `${cols} : ${phrase(q)}${doc}`
    const ids = sql`SELECT rowid AS id FROM customer_fts WHERE customer_fts MATCH ${m}`
    // counting trigram matches costs as much as finding them: stop after limit + 1
    return idSet(ids, (limit) => sql<boolean>`c.id IN (${ids} LIMIT ${limit + 1})`)
  }
  if (kind === 'digits') {
    const glob = q + '*'
    return {
      where: sql<boolean>`c.mobile GLOB ${glob}`,
      filter: sql<boolean>`+c.mobile GLOB ${glob}`,
      ids: null,
      capped: null,
    }
  }
  // counting grams is cheap (the primary key): the set is empty when it would exceed the limit
  return idSet(
    sql`SELECT customer_id AS id FROM customer_grams WHERE gram = ${q}`,
    (limit) => sql<boolean>`c.id IN (SELECT customer_id FROM customer_grams WHERE gram = ${q}
      AND (SELECT count(*) FROM customer_grams WHERE gram = ${q}) <= ${limit})`,
  )
}

/**
 * A condition on `c.id` matching the query, or null for an empty query. 3+ characters go to the
 * trigram index (on the column that kind of query is about); shorter ones to the gram table.
 */
export function matchCondition(raw: string): RawBuilder<boolean> | null {
  return matchParts(raw)?.where ?? null
}
