import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { sqlFor } from '../db/store-sql'
import type { SearchQuery } from '../db/store-sql'
import type { SearchKeySets } from '../../shared/search/pinyin-keys'
import { normalizeQuery, searchKeySets } from '../../shared/search/pinyin-keys'
import { getSetting, setSetting } from '../settings/settings.repo'

/*
 * What customer search matches, built the same for every store: the name, its pinyin keys, the mobile,
 * identity numbers in their searchable form, and the 1–2 character grams of the name. How each store
 * indexes and queries them is in src/main/db (sqlite/, postgres/).
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
 * stored between ^ and $, and a query is matched as ^query$ (see searchQuery), so a trigram phrase can
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
  await sqlFor(trx).indexCustomer(trx, id, buildSearchRow(src))
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
      await sqlFor(trx).setNameKeys(trx, r.id, keys)
    }
    await setSetting(trx, 'search_keys_stale', null)
    return rows.length
  })
}

export async function unindexCustomer(trx: Transaction<DB> | Kysely<DB>, id: number): Promise<void> {
  await sqlFor(trx).unindexCustomer(trx, id)
}

export type QueryKind = SearchQuery['kind']

export function classify(q: string): QueryKind {
  if (HAN.test(q)) return 'han'
  if (/^[0-9]+x?$/i.test(q)) return 'digits'
  return 'latin'
}

/**
 * The search box's text as the stores match it, or null for an empty query: normalised, classified (the
 * kind of query decides which keys it is matched against), and with the `^number$` form under which an
 * identity number may be found whole or by its last 4–6 characters (never a piece of its middle).
 */
export function searchQuery(raw: string): SearchQuery | null {
  const text = normalizeQuery(raw)
  if (!text) return null
  const kind = classify(text)
  const length = [...text].length
  const docKey = kind !== 'han' && length >= DOC_TAILS[0] ? `^${docNumberKey(text)}$` : null
  return { text, kind, length, docKey }
}
