import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import type { CustomerCreate } from '../../shared/customers/customer.schema'
import type { CustomerImportField } from '../../shared/imports/import-fields'
import type { GroupChoice } from '../../shared/imports/imports.types'
import { customerColumns, documentNumbers, insertDocument } from '../customers/customers.repo'
import { buildSearchRow, indexCustomer } from '../customers/search-index'
import { sqlFor } from '../db/store-sql'
import { insertMany, insertManyReturningIds } from '../db/bulk-insert'
import type { ColumnMapping } from '../../shared/imports/customer-rows'
import type { Analysis, Group, ValidRow } from './analyse'
import { customerDisplay, defaultChoices, groupRows, validateRows } from './analyse'
import type { ImportKind } from './import-kind'

export type Plan<I = CustomerCreate> =
  | { kind: 'create'; v: ValidRow<I> }
  | { kind: 'update'; v: ValidRow<I>; id: number }
  | { kind: 'skip'; v: ValidRow<I> }

/**
 * What happens to each valid row, from the choice made per duplicate group (skip when none was
 * made). Skip: rows matching a kept file are not imported; rows that only repeat each other are
 * imported once (the first). Update: the first row is written onto the one kept file it matches.
 * Create: every row becomes a file of its own.
 */
export function planRows<I>(
  a: Analysis<I>,
  decisions: Record<string, GroupChoice>,
  choicesOf: (g: Group<I>) => GroupChoice[] = defaultChoices,
): Plan<I>[] {
  const firstOf = new Set(a.groups.map((g) => g.rows[0]))
  return a.valid.map((v): Plan<I> => {
    const g = a.groupOf.get(v)
    if (!g) return { kind: 'create', v }
    const choice = decisions[g.key] ?? choicesOf(g)[0]
    if (choice === 'create') return { kind: 'create', v }
    if (choice === 'update' && g.existing.length === 1)
      return firstOf.has(v) ? { kind: 'update', v, id: g.existing[0].id } : { kind: 'skip', v }
    if (g.existing.length === 0 && firstOf.has(v)) return { kind: 'create', v }
    return { kind: 'skip', v }
  })
}

/** the customers columns each import field writes: an update touches only the columns the sheet filled */
const columnsOf: Partial<Record<CustomerImportField, string[]>> = {
  name: ['name', 'name_sort'],
  pinyinName: ['pinyin_name'],
  gender: ['gender'],
  mobile: ['mobile'],
  birth: ['birth_calendar', 'birth_date', 'lunar_year', 'lunar_month', 'lunar_day', 'lunar_leap'],
  lunarBirth: ['birth_calendar', 'birth_date', 'lunar_year', 'lunar_month', 'lunar_day', 'lunar_leap'],
  wechat: ['wechat'],
  email: ['email'],
  address: ['address'],
  occupation: ['occupation'],
  employer: ['employer'],
  notes: ['notes'],
}

/** the fields a row actually filled (an empty cell never blanks what the file holds) */
function filled(input: CustomerCreate): CustomerImportField[] {
  const f: CustomerImportField[] = ['name']
  if (input.pinyinName) f.push('pinyinName')
  if (input.gender !== 'unknown') f.push('gender')
  if (input.mobile) f.push('mobile')
  if (input.birth) f.push('birth')
  for (const k of ['wechat', 'email', 'address', 'occupation', 'employer', 'notes'] as const)
    if (input[k]) f.push(k)
  return f
}

export interface UpdateBefore {
  columns: Record<string, unknown>
  tags: string[]
  addedDocuments: number[]
}

/**
 * Writes a row onto a kept file: the filled columns, its tags added to the file's, its documents
 * added when the file lacks that number. Returns what it overwrote, for the undo, and the new version.
 */
export async function updateFromRow(
  trx: Transaction<DB>,
  id: number,
  input: CustomerCreate,
  staffId: number,
  at: string,
): Promise<{ before: UpdateBefore; version: number }> {
  const cur = await trx.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  const all = customerColumns(input) as Record<string, unknown>
  const set: Record<string, unknown> = {}
  const columns: Record<string, unknown> = {}
  for (const f of filled(input))
    for (const c of columnsOf[f] ?? []) {
      set[c] = all[c]
      columns[c] = (cur as Record<string, unknown>)[c]
    }
  const tags = (
    await trx.selectFrom('customer_tags').select('tag').where('customer_id', '=', id).execute()
  ).map((t) => t.tag)
  const newTags = input.tags.filter((t) => !tags.includes(t)).slice(0, Math.max(0, 20 - tags.length))
  if (newTags.length)
    await trx
      .insertInto('customer_tags')
      .values(newTags.map((tag) => ({ customer_id: id, tag })))
      .execute()
  const have = await documentNumbers(trx, id)
  const addedDocuments: number[] = []
  for (const d of input.documents.filter((d) => !have.includes(d.number))) {
    addedDocuments.push(await insertDocument(trx, id, d, staffId, at))
  }
  const row = await trx
    .updateTable('customers')
    .set((eb) => ({ ...set, updated_at: at, updated_by: staffId, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .returning(['version', 'name', 'mobile'])
    .executeTakeFirstOrThrow()
  await indexCustomer(trx, id, {
    name: row.name,
    mobile: row.mobile,
    documents: await documentNumbers(trx, id),
  })
  return { before: { columns, tags, addedDocuments }, version: row.version }
}

const DOCUMENT_COLUMNS = [
  'customer_id',
  'kind',
  'number',
  'issue_date',
  'issue_place',
  'expiry_date',
  'created_at',
  'updated_at',
  'created_by',
  'updated_by',
] as const

/**
 * Creates many files at once, the way a clerk's form would (same columns, tags, documents, search
 * keys), in one multi-row insert per table (bulk-insert.ts) instead of a dozen statements per file.
 * Pinyin keys are computed once per name (columns and search row in a row, see keysOf's one-entry
 * cache). One import record stands for all of them in the audit log (the import's items say which
 * files it made). Returns the new ids in input order.
 */
export async function createMany(
  trx: Transaction<DB>,
  inputs: CustomerCreate[],
  importId: number,
  staffId: number,
  at: string,
): Promise<number[]> {
  if (!inputs.length) return []
  // in one pass: the search row reuses the keys customerColumns just made for name_sort
  const cols: ReturnType<typeof customerColumns>[] = []
  const search: ReturnType<typeof buildSearchRow>[] = []
  for (const c of inputs) {
    cols.push(customerColumns(c))
    search.push(
      buildSearchRow({ name: c.name, mobile: c.mobile, documents: c.documents.map((d) => d.number) }),
    )
  }
  const names = Object.keys(cols[0]) as (keyof (typeof cols)[number])[]
  const ids = await insertManyReturningIds(
    trx,
    'customers',
    [...names, 'health_consent_at', 'created_at', 'updated_at', 'created_by', 'updated_by'],
    cols.map((c) => [...names.map((n) => c[n]), null, at, at, staffId, staffId]),
  )
  await insertMany(
    trx,
    'customer_tags',
    ['customer_id', 'tag'],
    inputs.flatMap((c, i) => c.tags.map((tag) => [ids[i], tag])),
  )
  await insertMany(
    trx,
    'customer_documents',
    DOCUMENT_COLUMNS,
    inputs.flatMap((c, i) =>
      c.documents.map((d) => [
        ids[i],
        d.kind,
        d.number,
        d.issueDate,
        d.issuePlace,
        d.expiryDate,
        at,
        at,
        staffId,
        staffId,
      ]),
    ),
  )
  await insertMany(
    trx,
    'import_items',
    ['import_id', 'customer_id', 'action', 'version_after', 'before'],
    ids.map((id) => [importId, id, 'created', 1, null]),
  )
  await sqlFor(trx).indexNewCustomers(
    trx,
    search.map((row, i) => ({ ...row, id: ids[i] })),
  )
  return ids
}

/** customer files: the first kind the import knew, and the one with documents, tags and a search index */
export const customerKind: ImportKind<CustomerCreate> = {
  target: 'customers',
  entity: 'customer',
  // the api checked that the mapping names customer fields only
  validate: (body, firstRow, mapping, today) => validateRows(body, firstRow, mapping as ColumnMapping, today),
  group: groupRows,
  display: customerDisplay,
  async write(trx, plans, importId, staffId, at) {
    await createMany(
      trx,
      plans.filter((p) => p.kind === 'create').map((p) => p.v.input),
      importId,
      staffId,
      at,
    )
    for (const p of plans) {
      if (p.kind !== 'update') continue
      const u = await updateFromRow(trx, p.id, p.v.input, staffId, at)
      await trx
        .insertInto('import_items')
        .values({
          import_id: importId,
          customer_id: p.id,
          action: 'updated',
          version_after: u.version,
          before: JSON.stringify(u.before),
        })
        .execute()
    }
  },
}
