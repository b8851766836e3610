import { sql } from 'kysely'
import type { Kysely, RawBuilder } from 'kysely'
import type { Db } from '../db/open'
import type { CustomerRowDb, DB } from '../db/schema'
import type { CustomerSearch } from '../../shared/customers/customers.api'
import type { CustomerRow } from '../../shared/customers/customer.types'
import type { BirthInput, Gender, NeedKind, NeedShown, Tier } from '../../shared/customers/customer.schema'
import { CONFIDENTIAL_NEED, sensitiveNeeds } from '../../shared/customers/customer.schema'
import type { Page } from '../../shared/common/schemas'
import { lunarBirthdaysInSolarMonth } from '../../shared/calendar/lunar'
import { ageFromBirth, nextBirthday } from '../../shared/customers/birthday'
import { matchCondition, matchParts } from './search-index'
import type { MatchParts } from './search-index'
import { birthOf } from './customers.repo'

type Dbx = Kysely<DB>

const sortColumn = {
  name: 'c.name_sort',
  updatedAt: 'c.updated_at',
  createdAt: 'c.created_at',
  tier: 'c.tier_rank',
} as const

export type ParsedSearch = Required<
  Pick<CustomerSearch, 'q' | 'sort' | 'dir' | 'page' | 'pageSize' | 'birthdayThisMonth'>
> &
  Pick<CustomerSearch, 'tag' | 'tier' | 'need' | 'consent'>

type PageRow = Pick<
  CustomerRowDb,
  | 'id'
  | 'name'
  | 'pinyin_name'
  | 'gender'
  | 'birth_calendar'
  | 'birth_date'
  | 'lunar_year'
  | 'lunar_month'
  | 'lunar_day'
  | 'lunar_leap'
  | 'mobile'
  | 'tier'
  | 'marketing_consent'
  | 'do_not_contact'
  | 'updated_at'
> & { tags: string; needs: string }

const PAGE_COLUMNS = sql.raw(
  'c.id, c.name, c.pinyin_name, c.gender, c.birth_calendar, c.birth_date, c.lunar_year, c.lunar_month, ' +
    'c.lunar_day, c.lunar_leap, c.mobile, c.tier, c.marketing_consent, c.do_not_contact, c.updated_at',
)

/** One filter of the search, in the forms the planning below needs (see MatchParts). */
type Cond = MatchParts

function idSetCond(ids: RawBuilder<unknown>): Cond {
  return { where: sql<boolean>`c.id IN (${ids})`, filter: sql<boolean>`+c.id IN (${ids})`, ids, capped: null }
}

function columnCond(where: RawBuilder<boolean>): Cond {
  // unary + keeps a term away from indexes (and from the OR optimisation) without changing its value
  return { where, filter: sql<boolean>`+(${where})`, ids: null, capped: null }
}

function conditions(s: ParsedSearch, today: string): Cond[] {
  const conds: Cond[] = []
  const match = matchParts(s.q)
  if (match) conds.push(match)
  if (s.tier) conds.push(columnCond(sql<boolean>`c.tier = ${s.tier}`))
  // tag and need rows cannot outlive their customer (foreign keys, ON DELETE CASCADE): exact id sets
  if (s.tag) conds.push(idSetCond(sql`SELECT customer_id AS id FROM customer_tags WHERE tag = ${s.tag}`))
  if (s.need) {
    const kinds = s.need === CONFIDENTIAL_NEED ? sensitiveNeeds : [s.need]
    conds.push(
      idSetCond(sql`SELECT customer_id AS id FROM customer_needs WHERE kind IN (${sql.join(kinds)})`),
    )
  }
  if (s.consent === 'marketing')
    conds.push(columnCond(sql<boolean>`c.marketing_consent = ${1} AND c.do_not_contact = ${0}`))
  if (s.consent === 'doNotContact') conds.push(columnCond(sql<boolean>`c.do_not_contact = ${1}`))
  if (s.birthdayThisMonth) {
    const month = today.slice(5, 7)
    const lunarKeys = lunarBirthdaysInSolarMonth(Number(today.slice(0, 4)), Number(month)).map(
      (d) => (d.leap ? 10000 : 0) + d.month * 100 + d.day,
    )
    // Written exactly as the expression indexes of migration 0003, so that they serve it.
    conds.push(
      columnCond(sql<boolean>`((c.birth_calendar = ${'solar'} AND substr(c.birth_date, 6, 2) = ${month}) OR
        (c.birth_calendar = ${'lunar'} AND c.lunar_leap * 10000 + c.lunar_month * 100 + c.lunar_day IN (${sql.join(
          lunarKeys.length ? lunarKeys : [-1],
        )})))`),
    )
  }
  return conds
}

const and = (parts: RawBuilder<boolean>[]): RawBuilder<boolean> =>
  parts.length ? sql.join(parts, sql` AND `) : sql`1`

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

/**
 * The page, with each row's tags and needs, in one statement. The inner query does the matching,
 * ordering and paging; the outer one reads tags and needs for the page's rows only.
 */
function pageQuery(cx: Dbx, where: RawBuilder<boolean>, s: ParsedSearch, order: Order, withTotal: boolean) {
  const by = sql.raw(`sort_key ${order.dir}, id ${order.dir}`)
  const total = withTotal ? sql`, count(*) over () AS total` : sql``
  return sql<PageRow & { total?: number }>`SELECT p.*,
      (SELECT json_group_array(tag ORDER BY tag) FROM customer_tags WHERE customer_id = p.id) AS tags,
      (SELECT json_group_array(kind ORDER BY kind) FROM customer_needs WHERE customer_id = p.id) AS needs
    FROM (SELECT ${PAGE_COLUMNS}, ${sql.raw(order.col)} AS sort_key${total} FROM customers AS c
      WHERE ${where} ORDER BY ${by} LIMIT ${s.pageSize} OFFSET ${s.page * s.pageSize}) AS p
    ORDER BY ${by}`.execute(cx)
}

async function read(db: Db, conds: Cond[], s: ParsedSearch, order: Order): Promise<Page<PageRow>> {
  const capped = conds.length === 1 ? conds[0].capped : null
  if (capped) {
    const page = await pageQuery(db, capped(FEW), s, order, true)
    const n = page.rows[0]?.total
    if (n !== undefined && n <= FEW) return { total: n, rows: page.rows }
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
    return { total: n, rows: page.rows }
  })
}

/**
 * Server-side paged search: the renderer never holds more than one page of customers.
 *
 * A text query alone (search as you type) usually has few matches: one statement fetches them, sorts them,
 * counts them (count(*) over ()) and returns the page, through MatchParts.capped so that a query matching
 * thousands gives up early instead. Otherwise two statements: the count (see countMatches), which decides
 * how the page is read: few matches are fetched and sorted; many are found by walking the sort column's
 * index until the page is full. Every way gives the same rows in the same order.
 */
export async function searchCustomers(
  db: Db,
  s: ParsedSearch,
  today: string,
  seesHealth: boolean,
): Promise<Page<CustomerRow>> {
  const conds = conditions(s, today)
  const order = {
    col: sortColumn[s.sort as keyof typeof sortColumn] ?? sortColumn.updatedAt,
    dir: s.dir === 'asc' ? ('asc' as const) : ('desc' as const),
  }
  const { total, rows } = await read(db, conds, s, order)
  return {
    total,
    rows: rows.map((r) => {
      const birth = birthOf(r)
      const facts = birthFacts(birth, today)
      return {
        id: r.id,
        name: r.name,
        pinyinName: r.pinyin_name,
        gender: r.gender as Gender,
        birth,
        nextBirthday: facts.nextBirthday,
        age: facts.age,
        mobile: r.mobile,
        tier: r.tier as Tier,
        tags: list<string>(r.tags),
        needs: seesHealth ? list<NeedKind>(r.needs) : withoutHealth(list<NeedKind>(r.needs)),
        marketingConsent: r.marketing_consent === 1,
        doNotContact: r.do_not_contact === 1,
        updatedAt: r.updated_at,
      }
    }),
  }
}

/** Health data is need-to-know: other roles learn that a special need exists, not which (issue 6 §3). */
function withoutHealth(needs: NeedKind[]): NeedShown[] {
  const open: NeedShown[] = needs.filter((n) => !sensitiveNeeds.includes(n))
  return open.length === needs.length ? open : [...open, CONFIDENTIAL_NEED]
}

/** A JSON array from json_group_array; most rows have no needs and many no tags. */
const list = <T>(json: string): T[] => (json === '[]' ? [] : (JSON.parse(json) as T[]))

type BirthFacts = { nextBirthday: string | null; age: number | null }

/*
 * nextBirthday and age depend only on the birth fields and today. A lunar birth costs lunar-javascript a
 * year table per conversion (≈ 0.4 ms; it caches one year), and a page holds dozens: memoised per day.
 */
const memo = { today: '', facts: new Map<string, BirthFacts>() }

function birthFacts(birth: BirthInput | null, today: string): BirthFacts {
  if (!birth) return { nextBirthday: nextBirthday(birth, today), age: ageFromBirth(birth, today) }
  if (memo.today !== today || memo.facts.size > 100_000) {
    memo.today = today
    memo.facts.clear()
  }
  const key =
    birth.calendar === 'solar' ? birth.date : `${birth.year}/${birth.month}/${birth.day}/${birth.leap}`
  let facts = memo.facts.get(key)
  if (!facts) {
    facts = { nextBirthday: nextBirthday(birth, today), age: ageFromBirth(birth, today) }
    memo.facts.set(key, facts)
  }
  return facts
}

export async function lookupCustomers(db: Db, text: string, limit: number, today: string) {
  const match = matchCondition(text)
  if (!match) return []
  const rows = await db
    .selectFrom('customers as c')
    .where(match)
    .select([
      'c.id',
      'c.name',
      'c.mobile',
      'c.birth_calendar',
      'c.birth_date',
      'c.lunar_year',
      'c.lunar_month',
      'c.lunar_day',
      'c.lunar_leap',
    ])
    .orderBy('c.name_sort')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ id: r.id, name: r.name, mobile: r.mobile, age: ageFromBirth(birthOf(r), today) }))
}
