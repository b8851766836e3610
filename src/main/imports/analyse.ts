import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import type { CustomerCreate } from '../../shared/customers/customer.schema'
import { validateIdCard } from '../../shared/customers/id-card'
import { maskDocNumber, maskPhone } from '../../shared/customers/mask'
import type { ColumnMapping } from '../../shared/imports/customer-rows'
import { customerFromRow } from '../../shared/imports/customer-rows'
import { nameBirthKey } from '../../shared/duplicates/birth-key'
import { BIRTH_COLUMNS, birthOf } from '../customers/customers.repo'
import { sqlFor } from '../db/store-sql'
import type { DryRun, DuplicateGroup, GroupChoice, RejectedRow } from '../../shared/imports/imports.types'

type Dbx = Kysely<DB> | Transaction<DB>

export interface ValidRow<I = CustomerCreate> {
  row: number
  input: I
}

export interface Existing {
  id: number
  name: string
  mobile: string | null
}

export interface Group<I = CustomerCreate> {
  key: string
  rows: ValidRow<I>[]
  existing: Existing[]
}

/** the file as the import will see it: valid rows, rejected rows, and the duplicate groups */
export interface Analysis<I = CustomerCreate> {
  total: number
  valid: ValidRow<I>[]
  rejected: RejectedRow[]
  groups: Group<I>[]
  groupOf: Map<ValidRow<I>, Group<I>>
}

/** values per lookup: one bound list each (StoreSql.inList), so a large chunk is one cheap statement */
const CHUNK = 10_000

function keysOf(input: CustomerCreate): string[] {
  const keys = input.documents.map((d) => `d:${d.number}`)
  if (input.mobile) keys.push(`m:${input.mobile}`)
  // the duplicates screen's third rule: same name and birth date, solar or lunar
  const born = nameBirthKey(input.name, input.birth)
  if (born) keys.push(`b:${born}`)
  return keys
}

async function existingByKey(db: Dbx, mobiles: string[], numbers: string[], births: string[]) {
  const { inList } = sqlFor(db)
  const found: ExistingByKey = new Map()
  const add = (key: string, r: Existing) => {
    let m = found.get(key)
    if (!m) found.set(key, (m = new Map()))
    m.set(r.id, { id: r.id, name: r.name, mobile: r.mobile })
  }
  for (let i = 0; i < mobiles.length; i += CHUNK) {
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'name', 'mobile'])
      .where(inList('mobile', mobiles.slice(i, i + CHUNK)))
      .execute()
    for (const r of rows) add(`m:${r.mobile}`, r)
  }
  for (let i = 0; i < numbers.length; i += CHUNK) {
    const rows = await db
      .selectFrom('customer_documents as d')
      .innerJoin('customers as c', 'c.id', 'd.customer_id')
      .select(['c.id', 'c.name', 'c.mobile', 'd.number'])
      .where(inList('d.number', numbers.slice(i, i + CHUNK)))
      .execute()
    for (const r of rows) add(`d:${r.number}`, r)
  }
  // by name (customers_name_birth leads with it), the birth compared here with the rule's own key
  const wanted = new Set(births)
  const names = [...new Set(births.map((b) => b.slice(0, b.indexOf('\u0000'))))]
  for (let i = 0; i < names.length; i += CHUNK) {
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'name', 'mobile', ...BIRTH_COLUMNS])
      .where(inList('name', names.slice(i, i + CHUNK)))
      .where('birth_calendar', 'is not', null)
      .execute()
    for (const r of rows) {
      const born = nameBirthKey(r.name, birthOf(r))
      if (born && wanted.has(born)) add(`b:${born}`, r)
    }
  }
  return found
}

/**
 * Validates every row with the customer form's rules and groups the valid ones that are one person:
 * rows sharing a mobile, an identity number, or a name and birth date (solar or lunar) with each other
 * (transitively) or with a kept file.
 * Rows are numbered as Excel shows them. Empty rows are not data and are neither imported nor reported.
 */
export interface Validated<I = CustomerCreate> {
  total: number
  valid: ValidRow<I>[]
  rejected: RejectedRow[]
}

export function validateRows(
  body: string[][],
  firstRow: number,
  mapping: ColumnMapping,
  today: string,
): Validated {
  const valid: ValidRow[] = []
  const rejected: RejectedRow[] = []
  const nameCol = Object.entries(mapping).find(([, f]) => f === 'name')?.[0]
  let total = 0
  body.forEach((cells, i) => {
    if (!cells.some((c) => c.trim())) return
    total++
    const row = firstRow + i
    const r = customerFromRow(cells, mapping)
    if (!r.ok) {
      rejected.push({ row, name: (cells[Number(nameCol)] ?? '').trim().slice(0, 50), problems: r.problems })
      return
    }
    const futureId = r.input.documents.find(
      (d) => d.kind === 'id_card' && !validateIdCard(d.number, today).ok,
    )
    if (futureId)
      rejected.push({
        row,
        name: r.input.name,
        problems: [{ field: 'idCard', msg: { key: 'errors.idCard.birthdate' } }],
      })
    else valid.push({ row, input: r.input })
  })
  return { total, valid, rejected }
}

/** the kept records each duplicate key (e.g. `m:<mobile>`) already belongs to */
export type ExistingByKey = Map<string, Map<number, Existing>>

/**
 * Groups the valid rows that are one person. Always asked of the database afresh: a dry run's
 * validation can be reused by the import, but another desk may have added a file in between.
 */
export async function groupRows(db: Dbx, v: Validated): Promise<Analysis> {
  // each row's keys once: the lookups and the grouping read the same lists
  const keys: string[][] = []
  const mobiles = new Set<string>()
  const numbers = new Set<string>()
  const births = new Set<string>()
  for (const { input } of v.valid) {
    keys.push(keysOf(input))
    if (input.mobile) mobiles.add(input.mobile)
    for (const d of input.documents) numbers.add(d.number)
    const born = nameBirthKey(input.name, input.birth)
    if (born) births.add(born)
  }
  const existing = await existingByKey(db, [...mobiles], [...numbers], [...births])
  return groupByKeys(v, keysOf, existing, keys)
}

/**
 * Rows sharing a key with each other (transitively, union-find) or with a kept record form a
 * group; a row alone with no kept match is not a duplicate. Used for every kind of record, each
 * with its own keys (customers: mobile, identity number, name + birth date; guides: licence, mobile; suppliers: name+type).
 */
export function groupByKeys<I>(
  { total, valid, rejected }: Validated<I>,
  keysOf: (input: I) => string[],
  existing: ExistingByKey,
  known?: string[][],
): Analysis<I> {
  const keys = known ?? valid.map((v) => keysOf(v.input))
  const parent = new Int32Array(valid.length)
  for (let i = 0; i < parent.length; i++) parent[i] = i
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]]
    return i
  }
  const firstWith = new Map<string, number>()
  for (let i = 0; i < keys.length; i++)
    for (const k of keys[i]) {
      const j = firstWith.get(k)
      if (j === undefined) firstWith.set(k, i)
      else parent[find(i)] = find(j)
    }
  // most rows are alone and match no kept record: nothing is built for them
  const size = new Int32Array(valid.length)
  for (let i = 0; i < valid.length; i++) size[find(i)]++
  const members = new Map<number, number[]>()
  for (let i = 0; i < valid.length; i++) {
    const root = find(i)
    if (size[root] < 2 && !keys[i].some((k) => existing.has(k))) continue
    const m = members.get(root)
    if (m) m.push(i)
    else members.set(root, [i])
  }
  const groups: Group<I>[] = []
  const groupOf = new Map<ValidRow<I>, Group<I>>()
  for (const idx of members.values()) {
    const rows = idx.map((i) => valid[i])
    const kept = new Map<number, Existing>()
    for (const i of idx) for (const k of keys[i]) for (const [id, e] of existing.get(k) ?? []) kept.set(id, e)
    const g: Group<I> = {
      key: `r${rows[0].row}`,
      rows,
      existing: [...kept.values()].sort((a, b) => a.id - b.id),
    }
    groups.push(g)
    for (const v of rows) groupOf.set(v, g)
  }
  return { total, valid, rejected, groups, groupOf }
}

/** how a row is shown in a duplicate group: identity numbers and phones masked */
export type RowDisplay<I> = (input: I) => { name: string; mobile: string | null; document: string | null }

export const customerDisplay: RowDisplay<CustomerCreate> = (i) => ({
  name: i.name,
  mobile: i.mobile ? maskPhone(i.mobile) : null,
  document: i.documents[0] ? maskDocNumber(i.documents[0].number) : null,
})

/** skip, update (only when exactly one kept record matches) or create: the first is the default */
export const defaultChoices = <I>(g: Group<I>): GroupChoice[] =>
  g.existing.length === 1 ? ['skip', 'update', 'create'] : ['skip', 'create']

export function dryRunOf<I>(
  a: Analysis<I>,
  display: RowDisplay<I>,
  choicesOf: (g: Group<I>) => GroupChoice[] = defaultChoices,
): DryRun {
  return {
    total: a.total,
    valid: a.valid.length,
    rejected: a.rejected,
    groups: a.groups.map((g): DuplicateGroup => ({
      key: g.key,
      rows: g.rows.map((v) => ({ row: v.row, ...display(v.input) })),
      existing: g.existing.map((e) => ({ ...e, mobile: e.mobile ? maskPhone(e.mobile) : null })),
      choices: choicesOf(g),
    })),
  }
}
