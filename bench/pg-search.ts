import fs from 'node:fs'
import pg from 'pg'
import { searchQuery } from '../src/main/customers/search-index'
import type { SearchQuery } from '../src/main/db/store-sql'
import type { Page } from '../src/shared/common/schemas'
import type { CustomerRow } from '../src/shared/customers/customer.types'
import { serviceOf } from './measure'
import { benchServer, loadCustomersPg, openBenchDesk } from './pg-server'
import type { QueryClass } from './queries'
import { msSince, now, stats } from './stats'
import type { Stats } from './stats'

/*
 * Customer search on PostgreSQL: the real service (customers.search through dispatch, one desk's pool)
 * against the same statements hand-written on a plain pg client — page with count(*) over (), then
 * the page's tags and needs — on a throwaway server loaded with the SQLite bench's customers.
 */
export interface PgSearchRow {
  label: string
  service: Stats
  raw: Stats
  mismatches: number
}

const COLS = `c.id, c.name, c.pinyin_name, c.gender, c.birth_calendar, c.birth_date, c.lunar_year,
  c.lunar_month, c.lunar_day, c.lunar_leap, c.mobile, c.tier, c.marketing_consent, c.do_not_contact,
  c.updated_at`

/** as postgres/store-sql.ts: past this many customers, a gram's page is planned for its value */
const COMMON_GRAM = 1000

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** The text query's condition, as postgres/store-sql.ts writes it, with $-parameters. */
function match(q: SearchQuery): { with: string; where: string; params: unknown[] } {
  if (q.length >= 3) {
    const cols = q.kind === 'han' ? ['name'] : q.kind === 'digits' ? ['phone'] : ['keys', 'name']
    const params: unknown[] = cols.map(() => like(q.text))
    const any = cols.map((c, i) => `${c} LIKE $${i + 1} ESCAPE '\\'`)
    if (q.docKey) {
      params.push(like(q.docKey))
      any.push(`docs LIKE $${params.length} ESCAPE '\\'`)
    }
    return {
      with: `WITH m AS MATERIALIZED (SELECT id FROM customer_search WHERE ${any.join(' OR ')}) `,
      where: 'c.id IN (SELECT id FROM m)',
      params,
    }
  }
  if (q.kind === 'digits') return { with: '', where: `c.mobile LIKE $1 ESCAPE '\\'`, params: [`${q.text}%`] }
  return {
    with: 'WITH m AS MATERIALIZED (SELECT customer_id AS id FROM customer_grams WHERE gram = $1) ',
    where: 'c.id IN (SELECT id FROM m)',
    params: [q.text],
  }
}

/** postgres/store-sql.ts gramPage, by hand: a 1–2 character query counted on its grams, then paged */
/** postgres/store-sql.ts pageWithLists: the page's tags and needs read in the page's own statement */
const withLists = (inner: string) => `SELECT p.*,
    array(SELECT tag FROM customer_tags t WHERE t.customer_id = p.id ORDER BY tag) AS tags,
    array(SELECT kind FROM customer_needs n WHERE n.customer_id = p.id ORDER BY kind) AS needs
  FROM (${inner}) AS p ORDER BY p.sort_key DESC, p.id DESC`

const HEAD = `SELECT ${COLS}, c.updated_at AS sort_key`
const ORDER = 'ORDER BY c.updated_at DESC, c.id DESC LIMIT 50 OFFSET 0'

/** postgres/store-sql.ts gramPage, by hand: a 1–2 character query counted on its grams, then paged */
async function rawGramPage(client: pg.Client, gram: string) {
  const count = await client.query({
    name: 'gram-count',
    text: 'SELECT count(*) AS n FROM customer_grams WHERE gram = $1',
    values: [gram],
  })
  const total = Number(count.rows[0].n)
  if (total === 0) return { total, page: { rows: [] as { id: number }[] } }
  const page =
    total > COMMON_GRAM
      ? // planned for this very gram (unnamed), as the store's PLAN_PER_VALUE statement
        await client.query({
          text: withLists(
            `${HEAD} FROM customers AS c WHERE c.id IN (SELECT customer_id FROM customer_grams WHERE gram = $1) ${ORDER}`,
          ),
          values: [gram],
        })
      : await client.query({
          name: 'gram-page',
          text: `WITH m AS MATERIALIZED (SELECT customer_id FROM customer_grams WHERE gram = $1) ${withLists(
            `${HEAD} FROM customers AS c WHERE c.id IN (SELECT customer_id FROM m) ${ORDER}`,
          )}`,
          values: [gram],
        })
  return { total, page }
}

export async function rawSearch(client: pg.Client, text: string): Promise<{ ids: number[]; total: number }> {
  const q = searchQuery(text)
  if (!q) throw new Error('empty query')
  const gram = q.length < 3 && q.kind !== 'digits' ? await rawGramPage(client, q.text) : null
  const m = match(q)
  const page =
    gram?.page ??
    (await client.query({
      name: `page-${q.length >= 3 ? q.kind + (q.docKey ? 'd' : '') : q.kind === 'digits' ? 'm' : 'g'}`,
      text: `${m.with}${withLists(`${HEAD}, count(*) over () AS total FROM customers AS c WHERE ${m.where} ${ORDER}`)}`,
      values: m.params,
    }))
  const ids = page.rows.map((r: { id: number }) => Number(r.id))
  const total = gram ? gram.total : page.rows.length ? Number((page.rows[0] as { total: number }).total) : 0
  return { ids, total }
}

export async function runPgSearchBench(opts: {
  count: number
  classes: QueryClass[]
  rounds: number
}): Promise<{ rows: PgSearchRow[]; loadMs: number; version: string }> {
  const server = await benchServer()
  const desk = await openBenchDesk(server.connection, true)
  try {
    let last = Date.now()
    const loadMs = await loadCustomersPg(desk.app, desk.admin.staff!.id, opts.count, (done) => {
      if (Date.now() - last > 10_000 || done === opts.count) {
        process.stdout.write(`  loaded ${done}/${opts.count} on PostgreSQL\n`)
        last = Date.now()
      }
    })
    const client = new pg.Client({ ...server.connection, database: server.connection.database })
    await client.connect()
    await client.query('VACUUM ANALYZE')
    const version = String((await client.query('SHOW server_version')).rows[0].server_version)
    const service = serviceOf(desk.app, desk.admin)
    const rows: PgSearchRow[] = []
    for (const cls of opts.classes) {
      let mismatches = 0
      const best = { svc: [] as number[], raw: [] as number[] }
      for (const q of cls.queries) {
        const s = (await service({ q, pageSize: 50 })) as Page<CustomerRow>
        const r = await rawSearch(client, q)
        if (s.total !== r.total || s.rows.map((x) => x.id).join() !== r.ids.join()) mismatches++
        let svc = Infinity
        let raw = Infinity
        // alternate service and raw per round, so drift (other processes, caches) hits both alike
        for (let i = 0; i < opts.rounds; i++) {
          let t = now()
          await service({ q, pageSize: 50 })
          svc = Math.min(svc, msSince(t))
          t = now()
          await rawSearch(client, q)
          raw = Math.min(raw, msSince(t))
        }
        best.svc.push(svc)
        best.raw.push(raw)
      }
      rows.push({ label: cls.label, service: stats(best.svc), raw: stats(best.raw), mismatches })
    }
    await client.end()
    return { rows, loadMs, version }
  } finally {
    await desk.app.close()
    fs.rmSync(desk.dir, { recursive: true, force: true })
    server.stop()
  }
}
