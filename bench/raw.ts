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

/** The condition on `c` matching the query, and its parameter (null: no text query). */
function matchSource(raw: string): { where: string; param: string } | null {
  const q = normalizeQuery(raw)
  if (!q) return null
  const kind = HAN.test(q) ? 'han' : /^[0-9]+x?$/i.test(q) ? 'digits' : 'latin'
  if ([...q].length >= 3) {
    const cols = kind === 'han' ? 'name' : kind === 'digits' ? '{phone docs}' : '{keys name}'
    return {
      where: 'c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)',
      param: `${cols} : "${q.replace(/"/g, '""')}"`,
    }
  }
  if (kind === 'digits') return { where: 'c.mobile GLOB ?', param: q + '*' }
  return { where: 'c.id IN (SELECT customer_id FROM customer_grams WHERE gram = ?)', param: q }
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

  private byIds(sql: (ph: string) => string, ids: number[]): { customer_id: number; v: string }[] {
    return this.stmt(sql(ids.map(() => '?').join(','))).all(...ids) as { customer_id: number; v: string }[]
  }

  search(spec: RawSpec, today: string) {
    const where: string[] = []
    const params: unknown[] = []
    const m = matchSource(spec.q)
    if (m) {
      where.push(m.where)
      params.push(m.param)
    }
    if (spec.tier) {
      where.push('c.tier = ?')
      params.push(spec.tier)
    }
    if (spec.tag) {
      where.push('c.id IN (SELECT customer_id FROM customer_tags WHERE tag = ?)')
      params.push(spec.tag)
    }
    if (spec.birthdayThisMonth) {
      const month = today.slice(5, 7)
      const keys = lunarBirthdaysInSolarMonth(Number(today.slice(0, 4)), Number(month)).map(
        (d) => (d.leap ? 10000 : 0) + d.month * 100 + d.day,
      )
      where.push(`((c.birth_calendar = 'solar' AND substr(c.birth_date, 6, 2) = ?) OR
        (c.birth_calendar = 'lunar' AND c.lunar_leap * 10000 + c.lunar_month * 100 + c.lunar_day
          IN (${keys.map(() => '?').join(',')})))`)
      params.push(month, ...keys)
    }
    const col = spec.sort === 'name' ? 'c.name_sort' : 'c.updated_at'
    const dir = spec.dir === 'asc' ? 'asc' : 'desc'
    const sql = `SELECT ${COLS}, count(*) over () AS total FROM customers c
      ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
      ORDER BY ${col} ${dir}, c.id ${dir} LIMIT ? OFFSET ?`
    const rows = this.stmt(sql).all(...params, spec.pageSize, 0) as { id: number; total: number }[]
    const ids = rows.map((r) => r.id)
    const tags = new Map<number, string[]>()
    const needs = new Map<number, string[]>()
    if (ids.length) {
      const t = this.byIds(
        (ph) => `SELECT customer_id, tag AS v FROM customer_tags WHERE customer_id IN (${ph}) ORDER BY tag`,
        ids,
      )
      for (const r of t) tags.set(r.customer_id, [...(tags.get(r.customer_id) ?? []), r.v])
      const n = this.byIds(
        (ph) => `SELECT customer_id, kind AS v FROM customer_needs WHERE customer_id IN (${ph})`,
        ids,
      )
      for (const r of n) needs.set(r.customer_id, [...(needs.get(r.customer_id) ?? []), r.v])
    }
    return { total: rows[0]?.total ?? 0, rows, tags, needs }
  }

  close(): void {
    this.db.close()
  }
}
