import type { Db } from '../db/open'
import { sqlFor } from '../db/store-sql'
import type { CustomerSearch } from '../../shared/customers/customers.api'
import type { CustomerRow } from '../../shared/customers/customer.types'
import type { BirthInput, Gender, NeedKind, Tier } from '../../shared/customers/customer.schema'
import { needsShown } from '../../shared/customers/needs-shown'
import type { Page } from '../../shared/common/schemas'
import { ageFromBirth, nextBirthday } from '../../shared/customers/birthday'
import { searchQuery } from './search-index'
import { birthOf } from './customers.repo'

export type ParsedSearch = Required<
  Pick<CustomerSearch, 'q' | 'sort' | 'dir' | 'page' | 'pageSize' | 'birthdayThisMonth'>
> &
  Pick<CustomerSearch, 'tag' | 'tier' | 'need' | 'consent'>

/**
 * Server-side paged search: the renderer never holds more than one page of customers. Each store plans
 * the query its own way (src/main/db/sqlite/customer-search.ts, postgres/store-sql.ts); every way gives
 * the same rows in the same order.
 */
export async function searchCustomers(
  db: Db,
  s: ParsedSearch,
  today: string,
  seesHealth: boolean,
): Promise<Page<CustomerRow>> {
  const { q, ...rest } = s
  const { total, rows } = await sqlFor(db).searchCustomers(
    db,
    { ...rest, query: searchQuery(q), dir: s.dir === 'asc' ? 'asc' : 'desc' },
    today,
  )
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
        tags: r.tags,
        needs: needsShown(r.needs as NeedKind[], seesHealth),
        marketingConsent: r.marketing_consent === 1,
        doNotContact: r.do_not_contact === 1,
        updatedAt: r.updated_at,
      }
    }),
  }
}

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
  const query = searchQuery(text)
  if (!query) return []
  const match = sqlFor(db).customerMatch(query)
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
