import type { Expression, Kysely, RawBuilder, Transaction } from 'kysely'
import type { CustomerSearch } from '../../shared/customers/customers.api'
import type { Page } from '../../shared/common/schemas'
import type { CustomerRowDb, DB } from './schema'
import { dialectOf } from './dialect'
import { sqliteSql } from './sqlite/store-sql'
import { postgresSql } from './postgres/store-sql'

type Dbx = Kysely<DB> | Transaction<DB>

/** What the customer search index holds for one customer (built by customers/search-index.ts). */
export interface SearchRow {
  name: string
  keys: string
  phone: string
  docs: string
  grams: string[]
}

/** A search box query, normalised and classified by the service (customers/search-index.ts). */
export interface SearchQuery {
  text: string
  kind: 'han' | 'digits' | 'latin'
  length: number
  /** `^number$` as stored for identity numbers, when the query may be a whole number or its tail */
  docKey: string | null
}

export type ParsedSearch = Required<
  Pick<CustomerSearch, 'page' | 'pageSize' | 'birthdayThisMonth'> & {
    sort: 'name' | 'updatedAt' | 'createdAt' | 'tier'
    dir: 'asc' | 'desc'
  }
> &
  Pick<CustomerSearch, 'tag' | 'tier' | 'need' | 'consent'> & { query: SearchQuery | null }

export type CustomerPageRow = Pick<
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
> & { tags: string[]; needs: string[] }

/** Numbers handed out in sequence, each series locked on its own. */
export type NumberSeries = 'trip-code' | 'case-number'

/** What differs between the stores, one implementation each in sqlite/ and postgres/. */
export interface StoreSql {
  indexCustomer(trx: Dbx, id: number, row: SearchRow): Promise<void>
  unindexCustomer(trx: Dbx, id: number): Promise<void>
  /** the search rows of many files just created (none indexed yet), in two statements */
  indexNewCustomers(trx: Dbx, rows: (SearchRow & { id: number })[]): Promise<void>
  setNameKeys(trx: Dbx, id: number, keys: string): Promise<void>
  /** a condition on `customers AS c` for the query (the quick lookup of participants, links…) */
  customerMatch(q: SearchQuery): RawBuilder<boolean>
  /** one page of the customer list and the number of matches; `today` decides "birthday this month" */
  searchCustomers(db: Kysely<DB>, s: ParsedSearch, today: string): Promise<Page<CustomerPageRow>>
  /**
   * Makes numbering in one series (团号 per departure date, complaint case numbers per year) wait for
   * another desk's until its transaction ends, so parallel desks do not all compute the same next
   * number and retry (SQLite has one writer anyway).
   */
  lockNumbering(trx: Transaction<DB>, series: NumberSeries, key: string): Promise<void>
  /** every trip code starting with `prefix`, compared case-sensitively */
  tripCodesStartingWith(db: Dbx, prefix: string): Promise<string[]>
  /**
   * `column` is one of `values`, with the whole list bound as ONE parameter (SQLite: a JSON array read
   * by json_each; PostgreSQL: an array, `= any`): the statement's text stays the same whatever the
   * list's length (one prepared statement), and thousands of values cost no query tree of thousands
   * of nodes. For the imports' duplicate lookups.
   */
  inList(column: string, values: readonly (string | number)[]): RawBuilder<boolean>
  /**
   * Something that changes whenever anything is written to the database, or null when the store
   * cannot tell (PostgreSQL: other desks write without this desk knowing). Equal markers mean no
   * write happened in between.
   */
  writeMarker(db: Kysely<DB>): Promise<string | null>
  /** the column as a sort key the planner will not walk an index for (sorting few matches is cheaper) */
  sortedNotWalked(column: string): Expression<unknown>
  /** after deleting personal data: make sure it is gone from disk, not just unlinked */
  purgeDeleted(db: Kysely<DB>): Promise<void>
}

export function sqlFor(db: Kysely<unknown> | Kysely<DB>): StoreSql {
  return dialectOf(db as Kysely<unknown>) === 'postgres' ? postgresSql : sqliteSql
}
