import Database from 'better-sqlite3'
import { normalizeQuery } from '../src/shared/search/pinyin-keys'
import { lunarBirthdaysInSolarMonth } from '../src/shared/calendar/lunar'

/**
 * The baseline: what customers.search does, hand-written as raw SQL on better-sqlite3 prepared
 * statements (page query with its total, then the tags and needs of the page's ids). No zod, no
 * query builder, no per-row JS beyond grouping tags and needs.
 */
export interface RawSpec {
  q: string
  tier?: string
  tag?: string
  birthdayThisMonth?: boolean
  sort?: 'name' | 'updatedAt'
  dir?: 'asc' | 'desc'
  pageSize: number
}

const COLS = `c.id, c.name, c.pinyin_name, c.gender, c.birth_calendar, c.birth_date, c.lunar_year,
  c.lunar_month, c.lunar_day, c.lunar_leap, c.mobile, c.tier, c.marketing_consent, c.do_not_contact,
  c.updated_at`

const HAN = /\p{Script=Han}/u
const FEW = 1000

interface Cond {
  where: string
  filter: string
  /** an exact id set read without touching customers (index rows die with their customer) */
  ids: string | null
  params: unknown[]
  /** the text query's condition over at most FEW matches (see MatchParts.capped), with its parameters */
  capped?: { where: string; params: unknown[] }
}

const idSet = (ids: string, params: unknown[]): Cond => ({
  where: `c.id IN (${ids})`,
  filter: `+c.id IN (${ids})`,
  ids,
  params,
})

/** The condition matching the text query (null: none), as search-index.ts builds it. */
function matchCond(raw: string): Cond | null {
  const q = normalizeQuery(raw)
  if (!q) return null
  const kind = HAN.test(q) ? 'han' : /^[0-9]+x?$/i.test(q) ? 'digits' : 'latin'
  if ([...q].length >= 3) {
    const cols = kind === 'han' ? 'name' : kind === 'digits' ? 'phone' : '{keys name}'
    const phrase = (s: string) => `"${s.replace(/"/g, '""')}"`
    // identity numbers: only whole or by their last 4–6 characters, stored as ^…$ (search-index.ts)
    const doc = kind !== 'han' && [...q].length >= 4 ? ` OR docs : ${phrase(`^${q}$`)}` : ''
    const m = `${cols} : ${phrase(q)}${doc}`
    const ids = 'SELECT rowid AS id FROM customer_fts WHERE customer_fts MATCH ?'
    return { ...idSet(ids, [m]), capped: { where: `c.id IN (${ids} LIMIT ${FEW + 1})`, params: [m] } }
  }
  if (kind === 'digits')
    return { where: 'c.mobile GLOB ?', filter: '+c.mobile GLOB ?', ids: null, params: [q + '*'] }
  const capped = `c.id IN (SELECT customer_id FROM customer_grams WHERE gram = ?
    AND (SELECT count(*) FROM customer_grams WHERE gram = ?) <= ${FEW})`
  return {
    ...idSet('SELECT customer_id AS id FROM customer_grams WHERE gram = ?', [q]),
    capped: { where: capped, params: [q, q] },
  }
}

function conditions(spec: RawSpec, today: string): Cond[] {
  const conds: Cond[] = []
  const m = matchCond(spec.q)
  if (m) conds.push(m)
  if (spec.tier) conds.push({ where: 'c.tier = ?', filter: '+c.tier = ?', ids: null, params: [spec.tier] })
  if (spec.tag) conds.push(idSet('SELECT customer_id AS id FROM customer_tags WHERE tag = ?', [spec.tag]))
  if (spec.birthdayThisMonth) {
    const month = today.slice(5, 7)
    const keys = lunarBirthdaysInSolarMonth(Number(today.slice(0, 4)), Number(month)).map(
      (d) => (d.leap ? 10000 : 0) + d.month * 100 + d.day,
    )
    const where = `((c.birth_calendar = 'solar' AND substr(c.birth_date, 6, 2) = ?) OR
      (c.birth_calendar = 'lunar' AND c.lunar_leap * 10000 + c.lunar_month * 100 + c.lunar_day
        IN (${keys.map(() => '?').join(',')})))`
    conds.push({ where, filter: `+(${where})`, ids: null, params: [month, ...keys] })
  }
  return conds
}

export interface RawResult {
  total: number
  rows: { id: number }[]
  tags: Map<number, string[]>
  needs: Map<number, string[]>
}

export class RawSearch {
  readonly db: Database.Database
  private stmts = new Map<string, Database.Statement>()

  constructor(file: string) {
    this.db = new Database(file, { readonly: true })
    this.db.pragma('busy_timeout = 5000')
  }

  private stmt(sql: string): Database.Statement {
    let s = this.stmts.get(sql)
    if (!s) {
      s = this.db.prepare(sql)
      this.stmts.set(sql, s)
    }
    return s
  }

  private page(where: string, params: unknown[], spec: RawSpec, withTotal: boolean) {
    const col = spec.sort === 'name' ? 'c.name_sort' : 'c.updated_at'
    const dir = spec.dir === 'asc' ? 'asc' : 'desc'
    const by = `sort_key ${dir}, id ${dir}`
    return this.stmt(
      `SELECT p.*,
        (SELECT json_group_array(tag ORDER BY tag) FROM customer_tags WHERE customer_id = p.id) AS tags,
        (SELECT json_group_array(kind ORDER BY kind) FROM customer_needs WHERE customer_id = p.id) AS needs
      FROM (SELECT ${COLS}, ${col} AS sort_key${withTotal ? ', count(*) over () AS total' : ''}
        FROM customers AS c WHERE ${where} ORDER BY ${by} LIMIT ? OFFSET ?) AS p
      ORDER BY ${by}`,
    ).all(...params, spec.pageSize, 0) as { id: number; tags: string; needs: string; total?: number }[]
  }

  private result(total: number, rows: { id: number; tags: string; needs: string }[]): RawResult {
    const tags = new Map<number, string[]>()
    const needs = new Map<number, string[]>()
    for (const r of rows) {
      tags.set(r.id, JSON.parse(r.tags))
      needs.set(r.id, JSON.parse(r.needs))
    }
    return { total, rows, tags, needs }
  }

  /**
   * The statements the service runs. A text query alone: one statement that fetches, sorts and counts
   * the matches when there are at most FEW. Otherwise (or when there were more): the count with the
   * number of customers, then the page driven by the matches or walking the sort index.
   */
  search(spec: RawSpec, today: string): RawResult {
    const conds = conditions(spec, today)
    const params = conds.flatMap((c) => c.params)
    const capped = conds.length === 1 ? conds[0].capped : undefined
    if (capped) {
      const rows = this.page(capped.where, capped.params, spec, true)
      if (rows.length && rows[0].total! <= FEW) return this.result(rows[0].total!, rows)
    }
    let n: string
    if (!conds.length) n = '"all"'
    else if (conds.every((c) => c.ids)) {
      const [first, ...rest] = conds
      n = `(SELECT count(*) FROM (${first.ids}) AS m WHERE ${rest.map((c) => `m.id IN (${c.ids})`).join(' AND ') || '1'})`
    } else n = `(SELECT count(*) FROM customers AS c WHERE ${conds.map((c) => c.where).join(' AND ')})`
    const count = this.stmt(`SELECT ${n} AS n, "all" FROM (SELECT count(*) AS "all" FROM customers)`).get(
      ...params,
    ) as {
      n: number
      all: number
    }
    if (!count.n) return this.result(0, [])
    const walk = count.n * count.n > spec.pageSize * count.all * (conds.every((c) => c.ids) ? 0.25 : 1)
    const where = conds.map((c) => (walk ? c.filter : c.where)).join(' AND ') || '1'
    return this.result(count.n, this.page(where, params, spec, false))
  }

  /**
   * The form the issue describes (and the service used before): one page query with count(*) over (),
   * then the tags and the needs of the page's ids.
   */
  searchNaive(spec: RawSpec, today: string): RawResult {
    const conds = conditions(spec, today)
    const where = conds.map((c) => c.where).join(' AND ') || '1'
    const col = spec.sort === 'name' ? 'c.name_sort' : 'c.updated_at'
    const dir = spec.dir === 'asc' ? 'asc' : 'desc'
    const rows = this.stmt(
      `SELECT ${COLS}, count(*) over () AS total FROM customers c WHERE ${where}
      ORDER BY ${col} ${dir}, c.id ${dir} LIMIT ? OFFSET ?`,
    ).all(...conds.flatMap((c) => c.params), spec.pageSize, 0) as { id: number; total: number }[]
    const ids = rows.map((r) => r.id)
    const tags = new Map<number, string[]>()
    const needs = new Map<number, string[]>()
    if (ids.length) {
      const ph = ids.map(() => '?').join(',')
      type Kv = { customer_id: number; v: string }
      const t = this.stmt(
        `SELECT customer_id, tag AS v FROM customer_tags WHERE customer_id IN (${ph}) ORDER BY tag`,
      ).all(...ids) as Kv[]
      for (const r of t) tags.set(r.customer_id, [...(tags.get(r.customer_id) ?? []), r.v])
      const n = this.stmt(
        `SELECT customer_id, kind AS v FROM customer_needs WHERE customer_id IN (${ph})`,
      ).all(...ids) as Kv[]
      for (const r of n) needs.set(r.customer_id, [...(needs.get(r.customer_id) ?? []), r.v])
    }
    return { total: rows[0]?.total ?? 0, rows, tags, needs }
  }

  close(): void {
    this.db.close()
  }
}
