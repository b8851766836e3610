import { sql } from 'kysely'
import type { Kysely, RawBuilder } from 'kysely'
import type { DB } from '../schema'
import type { CustomerPageRow, NumberSeries, ParsedSearch, SearchQuery, StoreSql } from '../store-sql'
import { PAGE_COLUMNS, and, customerFilters, pageRow, sortColumn } from '../customer-filters'
import { insertMany } from '../bulk-insert'
import type { Page } from '../../../shared/common/schemas'
import { PLAN_PER_VALUE } from './named-statements'

/*
 * PostgreSQL's side of the store seam. customer_search (pg_trgm GIN indexes) stands in for FTS5: a
 * LIKE '%q%' there has the trigram semantics of FTS5's phrase query, identity numbers included (only a
 * whole `^number$` entry can match). The gram table answers 1–2 characters, as on SQLite.
 */
/** The first key of the two-key advisory locks that serialise each numbering series (see lockNumbering). */
const NUMBERING_LOCKS: Record<NumberSeries, number> = { 'trip-code': 7_406_352, 'case-number': 7_406_353 }

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

function containing(column: string, text: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} LIKE ${`%${escapeLike(text)}%`} ESCAPE '\\'`
}

/**
 * The text query: the ids it matches (a subquery on the search tables), or a plain condition (a mobile
 * prefix walks the mobile index).
 */
function matchParts(
  q: SearchQuery,
): { ids: RawBuilder<unknown>; gram?: string } | { where: RawBuilder<boolean> } {
  if (q.length >= 3) {
    const cols = q.kind === 'han' ? ['name'] : q.kind === 'digits' ? ['phone'] : ['keys', 'name']
    const any = cols.map((col) => containing(col, q.text))
    if (q.docKey) any.push(containing('docs', q.docKey))
    return { ids: sql`SELECT id FROM customer_search WHERE ${sql.join(any, sql` OR `)}` }
  }
  // collation "C": a prefix LIKE walks the mobile index
  if (q.kind === 'digits')
    return { where: sql<boolean>`c.mobile LIKE ${`${escapeLike(q.text)}%`} ESCAPE '\\'` }
  return { ids: sql`SELECT customer_id AS id FROM customer_grams WHERE gram = ${q.text}`, gram: q.text }
}

/** The text query as one condition on customers AS c (other statements than the page use it). */
function customerMatch(q: SearchQuery): RawBuilder<boolean> {
  const p = matchParts(q)
  return 'ids' in p ? sql<boolean>`c.id IN (${p.ids})` : p.where
}

/** a page row as the statements return it: the columns, its sort key, its tags and needs */
type PageRow = CustomerPageRow & { sort_key: unknown }

/**
 * A 1–2 character query with no other filter has exactly its gram rows as matches (one per
 * customer; they cannot outlive it), so the total is counted on the gram index alone. The page then
 * depends on how common the gram is: a rare one is fetched by its ids (MATERIALIZED, as below); a
 * common one ("zh": one customer in nine) is cheaper found by walking the sort order until the page
 * is full, which only a plan made for that very gram can know, so that statement is planned per value.
 */
const COMMON_GRAM = 1000

/**
 * The page statement around an inner one that matches, sorts and pages (exposing its sort column as
 * sort_key): each row's tags and needs as arrays, read for the page's rows only (the inner LIMIT keeps
 * the planner from reading them for every match). One round trip instead of three, which on an
 * office network is most of a search's time.
 */
function pageWithLists(inner: RawBuilder<unknown>, dir: RawBuilder<unknown>) {
  return sql`SELECT p.*,
      array(SELECT tag FROM customer_tags t WHERE t.customer_id = p.id ORDER BY tag) AS tags,
      array(SELECT kind FROM customer_needs n WHERE n.customer_id = p.id ORDER BY kind) AS needs
    FROM (${inner}) AS p ORDER BY p.sort_key ${dir}, p.id ${dir}`
}

async function gramPage(cx: Kysely<DB>, gram: string, s: ParsedSearch): Promise<Page<CustomerPageRow>> {
  const count = await sql<{
    n: number
  }>`SELECT count(*) AS n FROM customer_grams WHERE gram = ${gram}`.execute(cx)
  const total = Number(count.rows[0].n)
  if (total <= s.page * s.pageSize) return { total, rows: [] }
  const col = sql.raw(sortColumn[s.sort] ?? sortColumn.updatedAt)
  const dir = sql.raw(s.dir)
  const ids = sql`SELECT customer_id FROM customer_grams WHERE gram = ${gram}`
  const head = sql`SELECT ${PAGE_COLUMNS}, ${col} AS sort_key FROM customers AS c`
  const order = sql`ORDER BY ${col} ${dir}, c.id ${dir} LIMIT ${s.pageSize} OFFSET ${s.page * s.pageSize}`
  const page =
    total > COMMON_GRAM
      ? await sql<PageRow>`${sql.raw(PLAN_PER_VALUE)}${pageWithLists(
          sql`${head} WHERE c.id IN (${ids}) ${order}`,
          dir,
        )}`.execute(cx)
      : await sql<PageRow>`WITH m AS MATERIALIZED (${ids}) ${pageWithLists(
          sql`${head} WHERE c.id IN (SELECT customer_id FROM m) ${order}`,
          dir,
        )}`.execute(cx)
  return { total, rows: page.rows.map((r) => pageRow(r, r.tags, r.needs)) }
}

/**
 * Otherwise one statement for the page, its total (count(*) over ()) and the rows' tags and needs.
 * PostgreSQL's planner chooses between the GIN indexes and the sort column's index itself.
 */
async function searchCustomers(db: Kysely<DB>, s: ParsedSearch, today: string) {
  const m = s.query ? matchParts(s.query) : null
  const filters = customerFilters(s, today)
  if (m && 'gram' in m && m.gram !== undefined && filters.length === 0) {
    const gram = m.gram
    return db.connection().execute((cx) => gramPage(cx, gram, s))
  }
  /*
   * The matches are taken first (MATERIALIZED): with count(*) over () and ORDER BY updated_at, the
   * planner otherwise walks all customers by updated_at and probes the search table for each (at
   * 100,000 customers ≈ 300,000 buffers for any query, against 1,000–14,000 this way).
   */
  const matches = m && 'ids' in m ? sql`WITH m AS MATERIALIZED (${m.ids}) ` : sql``
  const conds: RawBuilder<boolean>[] = m
    ? ['ids' in m ? sql<boolean>`c.id IN (SELECT id FROM m)` : m.where]
    : []
  for (const f of filters) conds.push('ids' in f ? sql<boolean>`c.id IN (${f.ids})` : f.where)
  const col = sql.raw(sortColumn[s.sort] ?? sortColumn.updatedAt)
  const dir = sql.raw(s.dir)
  const where = and(conds)
  const page = await sql<PageRow & { total: number }>`${matches}${pageWithLists(
    sql`SELECT ${PAGE_COLUMNS}, ${col} AS sort_key, count(*) over () AS total FROM customers AS c
      WHERE ${where} ORDER BY ${col} ${dir}, c.id ${dir} LIMIT ${s.pageSize} OFFSET ${s.page * s.pageSize}`,
    dir,
  )}`.execute(db)
  // past the last page: no row to carry the total
  const total = page.rows.length
    ? Number(page.rows[0].total)
    : Number(
        (
          await sql<{ n: number }>`${matches}SELECT count(*) AS n FROM customers AS c WHERE ${where}`.execute(
            db,
          )
        ).rows[0].n,
      )
  return { total, rows: page.rows.map((r) => pageRow(r, r.tags, r.needs)) }
}

export const postgresSql: StoreSql = {
  async indexCustomer(trx, id, row) {
    await this.unindexCustomer(trx, id)
    await sql`INSERT INTO customer_search (id, name, keys, phone, docs)
      VALUES (${id}, ${row.name}, ${row.keys}, ${row.phone}, ${row.docs})`.execute(trx)
    if (row.grams.length) {
      await sql`INSERT INTO customer_grams(gram, customer_id)
        SELECT g, ${id}::integer FROM unnest(${row.grams}::text[]) AS g`.execute(trx)
    }
  },
  async unindexCustomer(trx, id) {
    await sql`DELETE FROM customer_search WHERE id = ${id}`.execute(trx)
    await sql`DELETE FROM customer_grams WHERE customer_id = ${id}`.execute(trx)
  },
  async indexNewCustomers(trx, rows) {
    await insertMany(
      trx,
      'customer_search',
      ['id', 'name', 'keys', 'phone', 'docs'],
      rows.map((r) => [r.id, r.name, r.keys, r.phone, r.docs]),
    )
    await insertMany(
      trx,
      'customer_grams',
      ['gram', 'customer_id'],
      rows.flatMap((r) => r.grams.map((g) => [g, r.id])),
    )
  },
  async setNameKeys(trx, id, keys) {
    await sql`UPDATE customer_search SET keys = ${keys} WHERE id = ${id}`.execute(trx)
  },
  customerMatch,
  searchCustomers,
  async lockNumbering(trx, series, key) {
    await sql`SELECT pg_advisory_xact_lock(${NUMBERING_LOCKS[series]}, hashtext(${key}))`.execute(trx)
  },
  async tripCodesStartingWith(db, prefix) {
    // LIKE is case-sensitive here, and collation "C" lets it walk the code index by prefix
    const r = await sql<{
      code: string
    }>`SELECT code FROM trips WHERE code LIKE ${`${escapeLike(prefix)}%`} ESCAPE '\\'`.execute(db)
    return r.rows.map((x) => x.code)
  },
  writeMarker: async () => null,
  // text[] / int[] as the values are: a mixed list never reaches here (one column, one type)
  inList: (column, values) => sql<boolean>`${sql.ref(column)} = any(${[...values]})`,
  sortedNotWalked: (column) => sql.ref(column),
  // deleted rows are not readable through the server; VACUUM reclaims their space on its own schedule
  purgeDeleted: async () => {},
}
