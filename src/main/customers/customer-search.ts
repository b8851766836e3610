import { sql } from 'kysely'
import type { Db } from '../db/open'
import type { CustomerSearch } from '../../shared/customers/customers.api'
import type { CustomerRow } from '../../shared/customers/customer.types'
import type { Gender, Tier } from '../../shared/customers/customer.schema'
import type { Page } from '../../shared/common/schemas'
import { lunarBirthdaysInSolarMonth } from '../../shared/calendar/lunar'
import { ageFromBirth, nextBirthday } from '../../shared/customers/birthday'
import { matchCondition } from './search-index'
import { birthOf, needsFor, tagsFor } from './customers.repo'

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

/** Server-side paged search: the renderer never holds more than one page of customers. */
export async function searchCustomers(db: Db, s: ParsedSearch, today: string): Promise<Page<CustomerRow>> {
  let q = db.selectFrom('customers as c')
  const match = matchCondition(s.q)
  if (match) q = q.where(match)
  if (s.tier) q = q.where('c.tier', '=', s.tier)
  if (s.tag)
    q = q.where('c.id', 'in', (eb) =>
      eb.selectFrom('customer_tags').select('customer_id').where('tag', '=', s.tag!),
    )
  if (s.need)
    q = q.where('c.id', 'in', (eb) =>
      eb.selectFrom('customer_needs').select('customer_id').where('kind', '=', s.need!),
    )
  if (s.consent === 'marketing') q = q.where('c.marketing_consent', '=', 1).where('c.do_not_contact', '=', 0)
  if (s.consent === 'doNotContact') q = q.where('c.do_not_contact', '=', 1)
  if (s.birthdayThisMonth) {
    const month = today.slice(5, 7)
    const lunarKeys = lunarBirthdaysInSolarMonth(Number(today.slice(0, 4)), Number(month)).map(
      (d) => (d.leap ? 10000 : 0) + d.month * 100 + d.day,
    )
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('c.birth_calendar', '=', 'solar'), eb(sql`substr(c.birth_date, 6, 2)`, '=', month)]),
        eb.and([
          eb('c.birth_calendar', '=', 'lunar'),
          eb(
            sql`c.lunar_leap * 10000 + c.lunar_month * 100 + c.lunar_day`,
            'in',
            lunarKeys.length ? lunarKeys : [-1],
          ),
        ]),
      ]),
    )
  }
  const col = sortColumn[s.sort as keyof typeof sortColumn] ?? sortColumn.updatedAt
  const rows = await q
    .select([
      'c.id',
      'c.name',
      'c.pinyin_name',
      'c.gender',
      'c.birth_calendar',
      'c.birth_date',
      'c.lunar_year',
      'c.lunar_month',
      'c.lunar_day',
      'c.lunar_leap',
      'c.mobile',
      'c.tier',
      'c.marketing_consent',
      'c.do_not_contact',
      'c.updated_at',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .orderBy(col, s.dir)
    .orderBy('c.id', s.dir)
    .limit(s.pageSize)
    .offset(s.page * s.pageSize)
    .execute()

  let total = rows[0]?.total ?? 0
  if (!rows.length && s.page > 0) {
    const r = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    total = Number(r.n)
  }
  const ids = rows.map((r) => r.id)
  const [tags, needs] = await Promise.all([tagsFor(db, ids), needsFor(db, ids)])
  return {
    total,
    rows: rows.map((r) => {
      const birth = birthOf(r)
      return {
        id: r.id,
        name: r.name,
        pinyinName: r.pinyin_name,
        gender: r.gender as Gender,
        birth,
        nextBirthday: nextBirthday(birth, today),
        age: ageFromBirth(birth, today),
        mobile: r.mobile,
        tier: r.tier as Tier,
        tags: tags.get(r.id) ?? [],
        needs: needs.get(r.id) ?? [],
        marketingConsent: r.marketing_consent === 1,
        doNotContact: r.do_not_contact === 1,
        updatedAt: r.updated_at,
      }
    }),
  }
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
