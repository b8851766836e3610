import { sql } from 'kysely'
import type { Kysely, RawBuilder } from 'kysely'
import type { DB } from '../schema'
import type { Page } from '../../../shared/common/schemas'
import type { CustomerPageRow, ParsedSearch, SearchQuery } from '../store-sql'
import { PAGE_COLUMNS, and, customerFilters, pageRow, sortColumn } from '../customer-filters'

/*
 * Customer search on SQLite: FTS5 trigram (customer_fts) for 3+ characters, the 1–2 character gram
 * table (customer_grams) for shorter queries, and a planner that picks, per query, between driving from
 * the matches and walking the sort column's index.
 */
type Dbx = Kysely<DB>

/** How a query is matched, in pieces the planner can combine. */
interface Cond {
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

function idSet(ids: RawBuilder<unknown>, capped: Cond['capped'] = null): Cond {
  return { where: sql<boolean>`c.id IN (${ids})`, filter: sql<boolean>`+c.id IN (${ids})`, ids, capped }
}

function columnCond(where: RawBuilder<boolean>): Cond {
  // unary + keeps a term away from indexes (and from the OR optimisation) without changing its value
  return { where, filter: sql<boolean>`+(${where})`, ids: null, capped: null }
}

function phrase(s: string): string {
  return `"${s.replace(/"/g, '""')}"`
}

/**
 * 3+ characters go to the trigram index (on the column that kind of query is about); shorter ones to
 * the gram table, read through its WITHOUT ROWID primary key (gram, customer_id), which covers the lookup.
 * Identity numbers match only as a whole `^number$` entry (see search-index.ts docKeys).
 */
export function matchParts(q: SearchQuery): Cond {
  if (q.length >= 3) {
    const cols = q.kind === 'han' ? 'name' : q.kind === 'digits' ? 'phone' : '{keys name}'
    const doc = q.docKey ? ` OR docs : ${phrase(q.docKey)}` : ''
    const m = `${cols} : ${phrase(q.text)}${doc}`
    const ids = sql`SELECT rowid AS id FROM customer_fts WHERE customer_fts MATCH ${m}`
    // counting trigram matches costs as much as finding them: stop after limit + 1
    return idSet(ids, (limit) => sql<boolean>`c.id IN (${ids} LIMIT ${limit + 1})`)
  }
  if (q.kind === 'digits') {
    // GLOB is case-sensitive, so it walks the mobile index by prefix
    const glob = q.text + '*'
    return {
      where: sql<boolean>`c.mobile GLOB ${glob}`,
      filter: sql<boolean>`+c.mobile GLOB ${glob}`,
      ids: null,
      capped: null,
    }
  }
  // counting grams is cheap (the primary key): the set is empty when it would exceed the limit
  return idSet(
    sql`SELECT customer_id AS id FROM customer_grams WHERE gram = ${q.text}`,
    (limit) => sql<boolean>`c.id IN (SELECT customer_id FROM customer_grams WHERE gram = ${q.text}
      AND (SELECT count(*) FROM customer_grams WHERE gram = ${q.text}) <= ${limit})`,
  )
}

function conditions(s: ParsedSearch, today: string): Cond[] {
  const conds: Cond[] = s.query ? [matchParts(s.query)] : []
  for (const f of customerFilters(s, today)) conds.push('ids' in f ? idSet(f.ids) : columnCond(f.where))
  return conds
}

/**
 * How many customers match (the total shown to users) and how many customers there are, in one statement.
 * When every condition is an exact id set, the count never reads a customer row.
 */
async function countMatches(db: Dbx, conds: Cond[]): Promise<{ n: number; all: number }> {
  const sets = conds.map((c) => c.ids)
  let n: RawBuilder<number>
  if (!conds.length) n = sql`"all"`
  else if (sets.every((ids) => ids !== null)) {
    const [first, ...rest] = sets as RawBuilder<unknown>[]
    n = sql`(SELECT count(*) FROM (${first}) AS m WHERE ${and(rest.map((ids) => sql<boolean>`m.id IN (${ids})`))})`
  } else n = sql`(SELECT count(*) FROM customers AS c WHERE ${and(conds.map((c) => c.where))})`
  const r = await sql<{ n: number; all: number }>`SELECT ${n} AS n, "all"
    FROM (SELECT count(*) AS "all" FROM customers)`.execute(db)
  return r.rows[0]
}

/** Up to this many matches, a text query alone is answered in one statement that also counts them. */
const FEW = 1000

type Order = { col: string; dir: 'asc' | 'desc' }
type RawPageRow = Omit<CustomerPageRow, 'tags' | 'needs'> & { tags: string; needs: string; total?: number }

/**
 * The page, with each row's tags and needs, in one statement. The inner query does the matching,
 * ordering and paging; the outer one reads tags and needs for the page's rows only.
 */
function pageQuery(cx: Dbx, where: RawBuilder<boolean>, s: ParsedSearch, order: Order, withTotal: boolean) {
  const by = sql.raw(`sort_key ${order.dir}, id ${order.dir}`)
  const total = withTotal ? sql`, count(*) over () AS total` : sql``
  return sql<RawPageRow>`SELECT p.*,
      (SELECT json_group_array(tag ORDER BY tag) FROM customer_tags WHERE customer_id = p.id) AS tags,
      (SELECT json_group_array(kind ORDER BY kind) FROM customer_needs WHERE customer_id = p.id) AS needs
    FROM (SELECT ${PAGE_COLUMNS}, ${sql.raw(order.col)} AS sort_key${total} FROM customers AS c
      WHERE ${where} ORDER BY ${by} LIMIT ${s.pageSize} OFFSET ${s.page * s.pageSize}) AS p
    ORDER BY ${by}`.execute(cx)
}

/** A JSON array from json_group_array; most rows have no needs and many no tags. */
const list = (json: string): string[] => (json === '[]' ? [] : (JSON.parse(json) as string[]))

function rowsOf(rows: RawPageRow[]): CustomerPageRow[] {
  return rows.map((r) => pageRow(r, list(r.tags), list(r.needs)))
}

/**
 * A text query alone (search as you type) usually has few matches: one statement fetches them, sorts them,
 * counts them (count(*) over ()) and returns the page, through Cond.capped so that a query matching
 * thousands gives up early instead. Otherwise two statements: the count (see countMatches), which decides
 * how the page is read: few matches are fetched and sorted; many are found by walking the sort column's
 * index until the page is full. Every way gives the same rows in the same order.
 */
export async function searchCustomersSqlite(
  db: Dbx,
  s: ParsedSearch,
  today: string,
): Promise<Page<CustomerPageRow>> {
  const conds = conditions(s, today)
  const order = { col: sortColumn[s.sort] ?? sortColumn.updatedAt, dir: s.dir }
  const capped = conds.length === 1 ? conds[0].capped : null
  if (capped) {
    const page = await pageQuery(db, capped(FEW), s, order, true)
    const n = page.rows[0]?.total
    if (n !== undefined && n <= FEW) return { total: n, rows: rowsOf(page.rows) }
  }
  // one connection for both statements, so the total and the page agree
  return db.connection().execute(async (cx) => {
    const { n, all } = await countMatches(cx, conds)
    const offset = s.page * s.pageSize
    if (n <= offset) return { total: n, rows: [] }
    // Driving costs about a row read per match; walking, a step per index entry until the page is full:
    // (offset + limit) × all / n steps, each a row read, or ≈ 1/4 of one when every condition is an id
    // set (tested on the index entry's rowid, without reading the row).
    const stepCost = conds.every((c) => c.ids) ? 0.25 : 1
    const walk = n * n > (offset + s.pageSize) * all * stepCost
    const page = await pageQuery(cx, and(conds.map((c) => (walk ? c.filter : c.where))), s, order, false)
    return { total: n, rows: rowsOf(page.rows) }
  })
}
