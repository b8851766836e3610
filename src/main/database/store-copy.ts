/* eslint-disable @typescript-eslint/no-explicit-any -- table names known only at run time (the copy walks every table, the probe reads a server that may lack them): Kysely<any>, as the migrations are written */
import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema'
import type { Db } from '../db/open'
import { dialectOf } from '../db/dialect'
import { emptyTables, foreignKeys, resetIdentities } from '../db/copy-sql'
import type { ForeignKey } from '../db/copy-sql'
import { sqlFor } from '../db/store-sql'
import { buildSearchRow } from '../customers/search-index'
import { AppError } from '../../shared/api/envelope'
import type { CopyProgress, TableCount } from '../../shared/database/database.api'

/**
 * Every table of the schema and what a copy does with it. Typed against DB: a table added to the
 * schema without an entry here does not compile, so a future table cannot be left behind (and
 * test/pg/database-copy.test.ts compares this with the tables the migrations actually create).
 * 'rebuilt': derived from other tables (the search grams), written again on the target instead.
 */
export const TABLES: Record<keyof DB, 'copy' | 'rebuilt'> = {
  settings: 'copy',
  staff: 'copy',
  audit_log: 'copy',
  customers: 'copy',
  customer_tags: 'copy',
  customer_needs: 'copy',
  customer_contacts: 'copy',
  customer_documents: 'copy',
  customer_relations: 'copy',
  communications: 'copy',
  customer_grams: 'rebuilt',
  guides: 'copy',
  suppliers: 'copy',
  routes: 'copy',
  trips: 'copy',
  trip_status_history: 'copy',
  trip_days: 'copy',
  trip_items: 'copy',
  trip_participants: 'copy',
  trip_roster_events: 'copy',
  trip_guides: 'copy',
  trip_bookings: 'copy',
  complaint_policy: 'copy',
  complaints: 'copy',
  complaint_complainants: 'copy',
  complaint_parties: 'copy',
  complaint_status_history: 'copy',
  complaint_remedies: 'copy',
  complaint_evidence: 'copy',
  reminders: 'copy',
  reminder_deliveries: 'copy',
  reminder_flags: 'copy',
  trip_charges: 'copy',
  trip_payments: 'copy',
  trip_money_policy: 'copy',
  import_runs: 'copy',
  import_items: 'copy',
  import_mappings: 'copy',
  feedback_templates: 'copy',
  feedback_policy: 'copy',
  feedback_sheets: 'copy',
  feedback_answers: 'copy',
  import_resource_items: 'copy',
  trip_rooms: 'copy',
  customer_pair_dismissals: 'copy',
  customer_merges: 'copy',
  restricted_files: 'copy',
  destruction_records: 'copy',
  complaint_trip_changes: 'copy',
  import_participant_items: 'copy',
}

export const copiedTables = (): string[] =>
  Object.entries(TABLES)
    .filter(([, how]) => how === 'copy')
    .map(([t]) => t)

/** Parents before children, by the database's own foreign keys; a table's references to itself aside. */
export function fkOrder(tables: string[], fks: ForeignKey[]): string[] {
  const deps = new Map(tables.map((t) => [t, new Set<string>()]))
  for (const fk of fks)
    if (fk.from !== fk.to && deps.has(fk.from) && deps.has(fk.to)) deps.get(fk.from)!.add(fk.to)
  const done: string[] = []
  const placed = new Set<string>()
  while (done.length < tables.length) {
    const next = tables.find((t) => !placed.has(t) && [...deps.get(t)!].every((d) => placed.has(d)))
    if (!next)
      throw new Error(`foreign keys form a cycle among ${tables.filter((t) => !placed.has(t)).join(', ')}`)
    placed.add(next)
    done.push(next)
  }
  return done
}

// PostgreSQL takes at most 65,535 parameters per statement, SQLite 32,766
const PARAMS = 30_000
const PAGE = 500
const INDEX_CHUNK = 1000

type Row = Record<string, unknown>

export interface CopyOptions {
  onProgress?: (p: CopyProgress) => void
}

async function count(db: Kysely<any> | Transaction<any>, table: string): Promise<number> {
  const r = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst()
  return Number((r as { n: number | string } | undefined)?.n ?? 0)
}

/** The source's rows in pages: by id where there is one, else the whole (small, keyless) table at once. */
async function* pages(src: Transaction<any>, table: string, hasId: boolean): AsyncGenerator<Row[]> {
  if (!hasId) {
    yield (await src.selectFrom(table).selectAll().execute()) as Row[]
    return
  }
  let last = -Infinity
  for (;;) {
    let q = src.selectFrom(table).selectAll().orderBy('id').limit(PAGE)
    if (last !== -Infinity) q = q.where('id', '>', last)
    const rows = (await q.execute()) as Row[]
    if (!rows.length) return
    yield rows
    last = rows[rows.length - 1].id as number
    if (rows.length < PAGE) return
  }
}

/** The target's search index, built from the copied customers the way every save builds it. */
async function rebuildSearchIndex(trx: Transaction<any>): Promise<void> {
  const docs = new Map<number, string[]>()
  for (const d of await trx.selectFrom('customer_documents').select(['customer_id', 'number']).execute()) {
    const list = docs.get(d.customer_id) ?? []
    list.push(d.number)
    docs.set(d.customer_id, list)
  }
  const customers = await trx.selectFrom('customers').select(['id', 'name', 'mobile']).orderBy('id').execute()
  for (let i = 0; i < customers.length; i += INDEX_CHUNK) {
    const rows = customers
      .slice(i, i + INDEX_CHUNK)
      .map((c: { id: number; name: string; mobile: string | null }) => ({
        id: c.id,
        ...buildSearchRow({ name: c.name, mobile: c.mobile, documents: docs.get(c.id) ?? [] }),
      }))
    await sqlFor(trx as unknown as Kysely<DB>).indexNewCustomers(trx as unknown as Transaction<DB>, rows)
  }
}

/**
 * Copies every table from `source` to `target` in ONE target transaction, reading one consistent
 * snapshot of the source: the target's TourDesk tables are emptied, rows inserted parents first with
 * their ids, references of a table to itself set once all its rows are there, the search index
 * rebuilt, identity sequences moved past the ids, and the row counts of every table compared. Any
 * failure (or a count that differs) rolls the target back whole: nothing is ever half-copied.
 * Both databases must already be migrated to the same schema.
 */
export async function copyStore(from: Db, to: Db, opts: CopyOptions = {}): Promise<TableCount[]> {
  // table names come from TABLES at run time: the copy works on the untyped database
  const source = from as unknown as Kysely<any>
  const target = to as unknown as Kysely<any>
  const tables = copiedTables()
  const fks = await foreignKeys(source)
  const order = fkOrder(tables, fks)
  const meta = new Map(
    (await source.introspection.getTables()).map((t) => [t.name, t.columns.map((c) => c.name)]),
  )
  const snapshot =
    dialectOf(source as Kysely<unknown>) === 'postgres'
      ? source.transaction().setIsolationLevel('repeatable read')
      : source.transaction()
  return snapshot.execute(async (src) =>
    target.transaction().execute(async (trx) => {
      await emptyTables(trx, [...order, 'customer_grams'])
      const totals = new Map<string, number>()
      for (const t of order) totals.set(t, await count(src, t))
      for (const table of order) {
        const columns = meta.get(table)
        if (!columns) throw new Error(`table ${table} is missing on the source`)
        const selfRefs = fks.filter((f) => f.from === table && f.to === table).map((f) => f.column)
        const later: { id: unknown; column: string; value: unknown }[] = []
        const batch = Math.max(1, Math.min(PAGE, Math.floor(PARAMS / columns.length)))
        const total = totals.get(table)!
        let done = 0
        for await (const rows of pages(src, table, columns.includes('id'))) {
          for (const row of rows) {
            for (const c of selfRefs) {
              if (row[c] == null) continue
              later.push({ id: row.id, column: c, value: row[c] })
              row[c] = null
            }
          }
          for (let i = 0; i < rows.length; i += batch) {
            await trx
              .insertInto(table)
              .values(rows.slice(i, i + batch))
              .execute()
          }
          done += rows.length
          opts.onProgress?.({ table, done, total })
        }
        for (const l of later) {
          await trx
            .updateTable(table)
            .set({ [l.column]: l.value })
            .where('id', '=', l.id)
            .execute()
        }
        if (!total) opts.onProgress?.({ table, done: 0, total: 0 })
      }
      await rebuildSearchIndex(trx)
      await resetIdentities(trx, order)
      const report: TableCount[] = []
      for (const table of order) {
        report.push({ table, source: totals.get(table)!, target: await count(trx, table) })
      }
      const wrong = report.find((r) => r.source !== r.target)
      if (wrong) throw new AppError('CONFLICT', 'errors.dbCountMismatch', { table: wrong.table })
      return report
    }),
  )
}
