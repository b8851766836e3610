import { sql } from 'kysely'
import type { RawBuilder } from 'kysely'
import { CONFIDENTIAL_NEED, sensitiveNeeds } from '../../shared/customers/customer.schema'
import { lunarBirthdaysInSolarMonth } from '../../shared/calendar/lunar'
import type { CustomerPageRow, ParsedSearch } from './store-sql'

/**
 * The customer list's filters besides the text query, in SQL both stores read alike: either an exact
 * set of customer ids (tag and need rows cannot outlive their customer: ON DELETE CASCADE) or a
 * condition on `customers AS c`. Each store plans around these forms in its own way.
 */
export type Filter = { ids: RawBuilder<unknown> } | { where: RawBuilder<boolean> }

export function customerFilters(s: ParsedSearch, today: string): Filter[] {
  const out: Filter[] = []
  if (s.tier) out.push({ where: sql<boolean>`c.tier = ${s.tier}` })
  if (s.tag) out.push({ ids: sql`SELECT customer_id AS id FROM customer_tags WHERE tag = ${s.tag}` })
  if (s.need) {
    const kinds = s.need === CONFIDENTIAL_NEED ? sensitiveNeeds : [s.need]
    out.push({ ids: sql`SELECT customer_id AS id FROM customer_needs WHERE kind IN (${sql.join(kinds)})` })
  }
  if (s.consent === 'marketing')
    out.push({ where: sql<boolean>`c.marketing_consent = ${1} AND c.do_not_contact = ${0}` })
  if (s.consent === 'doNotContact') out.push({ where: sql<boolean>`c.do_not_contact = ${1}` })
  if (s.birthdayThisMonth) {
    const month = today.slice(5, 7)
    const lunarKeys = lunarBirthdaysInSolarMonth(Number(today.slice(0, 4)), Number(month)).map(
      (d) => (d.leap ? 10000 : 0) + d.month * 100 + d.day,
    )
    // Written exactly as the expression indexes (SQLite 0003, the PostgreSQL baseline), so that they serve it.
    out.push({
      where: sql<boolean>`((c.birth_calendar = ${'solar'} AND substr(c.birth_date, 6, 2) = ${month}) OR
        (c.birth_calendar = ${'lunar'} AND c.lunar_leap * 10000 + c.lunar_month * 100 + c.lunar_day IN (${sql.join(
          lunarKeys.length ? lunarKeys : [-1],
        )})))`,
    })
  }
  return out
}

export const sortColumn = {
  name: 'c.name_sort',
  updatedAt: 'c.updated_at',
  createdAt: 'c.created_at',
  tier: 'c.tier_rank',
} as const

export const PAGE_COLUMNS = sql.raw(
  'c.id, c.name, c.pinyin_name, c.gender, c.birth_calendar, c.birth_date, c.lunar_year, c.lunar_month, ' +
    'c.lunar_day, c.lunar_leap, c.mobile, c.tier, c.marketing_consent, c.do_not_contact, c.updated_at',
)

export const and = (parts: RawBuilder<boolean>[]): RawBuilder<boolean> =>
  parts.length ? sql.join(parts, sql` AND `) : sql<boolean>`1 = 1`

/**
 * A page row as the stores return it, from a result row holding PAGE_COLUMNS (and whatever else the
 * statement added: a total, a sort key). Field by field: an object rest ({ total, ...r }) takes V8's
 * slow path, about 2 µs a row, as much as the rest of a small search's JavaScript.
 */
export function pageRow(
  r: Omit<CustomerPageRow, 'tags' | 'needs'>,
  tags: string[],
  needs: string[],
): CustomerPageRow {
  return {
    id: r.id,
    name: r.name,
    pinyin_name: r.pinyin_name,
    gender: r.gender,
    birth_calendar: r.birth_calendar,
    birth_date: r.birth_date,
    lunar_year: r.lunar_year,
    lunar_month: r.lunar_month,
    lunar_day: r.lunar_day,
    lunar_leap: r.lunar_leap,
    mobile: r.mobile,
    tier: r.tier,
    marketing_consent: r.marketing_consent,
    do_not_contact: r.do_not_contact,
    updated_at: r.updated_at,
    tags,
    needs,
  }
}
