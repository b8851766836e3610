import type { Kysely, Transaction } from 'kysely'
import { maskPhone } from '../../shared/customers/mask'
import type { ResourceRow } from '../../shared/imports/resource-rows'
import { guideFromRow, supplierFromRow } from '../../shared/imports/resource-rows'
import type { GuideFields, SupplierFields } from '../../shared/trips/trip.schema'
import type { DB } from '../db/schema'
import { guideColumns, guideView } from '../trips/guides.handlers'
import { supplierColumns, supplierView } from '../trips/suppliers.handlers'
import type { Existing, ExistingByKey, RowDisplay, Validated, ValidRow } from './analyse'
import { groupByKeys } from './analyse'
import type { Plan } from './customer-import'
import type { ImportKind } from './import-kind'
import type { RejectedRow } from '../../shared/imports/imports.types'

type Trx = Transaction<DB>
type Table = 'guides' | 'suppliers'
type Row = Record<string, unknown> & { id: number; name: string; version: number }

/** what tells a guide or a supplier apart, and how its form's fields become its columns */
interface ResourceSpec<I> {
  target: Table
  entity: 'guide' | 'supplier'
  itemColumn: 'guide_id' | 'supplier_id'
  fromRow(cells: readonly string[], mapping: Record<string, string>): ResourceRow<I>
  keysOf(input: I): string[]
  /** the kept record's form fields, onto which an update lays the cells a row filled */
  fieldsOf(row: Row): I
  columns(input: I): Record<string, unknown>
  display: RowDisplay<I>
  phoneOf(row: Row): string | null
}

/** the same name however it was spaced or typed (full-width letters, case) */
const nameKey = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '')

const supplierSpec: ResourceSpec<SupplierFields> = {
  target: 'suppliers',
  entity: 'supplier',
  itemColumn: 'supplier_id',
  fromRow: supplierFromRow,
  // one business can be both a hotel and a restaurant: a supplier is its name within its type
  keysOf: (s) => [`n:${nameKey(s.name)}|${s.kind}`],
  fieldsOf: (r) => supplierView(r as never),
  columns: (s) => supplierColumns(s),
  display: (s) => ({ name: s.name, mobile: s.phone ? maskPhone(s.phone) : null, document: null }),
  phoneOf: (r) => r.phone as string | null,
}

const guideSpec: ResourceSpec<GuideFields> = {
  target: 'guides',
  entity: 'guide',
  itemColumn: 'guide_id',
  fromRow: guideFromRow,
  keysOf: (g) => [
    ...(g.licenceNo ? [`l:${nameKey(g.licenceNo)}`] : []),
    ...(g.mobile ? [`m:${g.mobile}`] : []),
  ],
  // passport and permit numbers are not in the sheet: left undefined, the stored ones stay
  fieldsOf: (r) => ({ ...guideView(r as never), passportNo: undefined, permitNo: undefined }) as never,
  columns: (g) => guideColumns(g),
  display: (g) => ({ name: g.name, mobile: g.mobile ? maskPhone(g.mobile) : null, document: g.licenceNo }),
  phoneOf: (r) => r.mobile as string | null,
}

// Kysely cannot type a query on a table chosen at run time; each spec's columns are checked per table.
const generic = (db: Kysely<DB> | Trx) => db as unknown as Kysely<Record<string, Row>>

/** cells the row filled win over the kept record's; an empty cell never blanks it, nor does an import reactivate */
function merged<I extends object>(current: I, input: I): I {
  const out = { ...current } as Record<string, unknown>
  for (const [k, v] of Object.entries(input)) {
    if (k === 'active' || v == null || v === '' || (Array.isArray(v) && !v.length)) continue
    out[k] = v
  }
  return out as I
}

function resourceKind<I extends { name: string }>(spec: ResourceSpec<I>): ImportKind<I> {
  return {
    target: spec.target,
    entity: spec.entity,
    display: spec.display,

    validate(body, firstRow, mapping) {
      const valid: ValidRow<I>[] = []
      const rejected: RejectedRow[] = []
      const nameCol = Object.entries(mapping).find(([, f]) => f === 'name')?.[0]
      let total = 0
      body.forEach((cells, i) => {
        if (!cells.some((c) => c.trim())) return
        total++
        const r = spec.fromRow(cells, mapping)
        if (r.ok) valid.push({ row: firstRow + i, input: r.input })
        else
          rejected.push({
            row: firstRow + i,
            name: (cells[Number(nameCol)] ?? '').trim().slice(0, 50),
            problems: r.problems,
          })
      })
      return { total, valid, rejected }
    },

    // guides and suppliers are a few hundred rows: one query for all, keys compared in memory
    async group(db, v: Validated<I>) {
      const rows = (await generic(db).selectFrom(spec.target).selectAll().execute()) as Row[]
      const existing: ExistingByKey = new Map()
      for (const r of rows)
        for (const k of spec.keysOf(spec.fieldsOf(r))) {
          const phone = spec.phoneOf(r)
          const e: Existing = { id: r.id, name: r.name, mobile: phone ? maskPhone(phone) : null }
          if (!existing.has(k)) existing.set(k, new Map())
          existing.get(k)!.set(r.id, e)
        }
      return groupByKeys(v, spec.keysOf, existing)
    },

    async write(trx, plans: Plan<I>[], importId, staffId, at) {
      const stamps = { created_at: at, updated_at: at, created_by: staffId, updated_by: staffId }
      const creates = plans.filter((p) => p.kind === 'create')
      if (creates.length) {
        const made = await generic(trx)
          .insertInto(spec.target)
          .values(creates.map((p) => ({ ...spec.columns(p.v.input), ...stamps }) as never))
          .returning('id')
          .execute()
        await trx
          .insertInto('import_resource_items')
          .values(
            made.map((m) => ({
              import_id: importId,
              [spec.itemColumn]: m.id,
              action: 'created' as const,
              version_after: 1,
              before: null,
            })),
          )
          .execute()
      }
      for (const p of plans) {
        if (p.kind !== 'update') continue
        const cur = (await generic(trx)
          .selectFrom(spec.target)
          .selectAll()
          .where('id', '=', p.id)
          .executeTakeFirstOrThrow()) as Row
        const set = spec.columns(merged(spec.fieldsOf(cur), p.v.input))
        // the undo puts back every column the update wrote (the version check makes that exact)
        const before = Object.fromEntries(Object.keys(set).map((k) => [k, cur[k]]))
        const row = await generic(trx)
          .updateTable(spec.target)
          .set(
            (eb) =>
              ({ ...set, updated_at: at, updated_by: staffId, version: eb('version', '+', 1) }) as never,
          )
          .where('id', '=', p.id)
          .returning('version')
          .executeTakeFirstOrThrow()
        await trx
          .insertInto('import_resource_items')
          .values({
            import_id: importId,
            [spec.itemColumn]: p.id,
            action: 'updated',
            version_after: row.version,
            before: JSON.stringify(before),
          })
          .execute()
      }
    },
  }
}

export const supplierKind = resourceKind(supplierSpec)
export const guideKind = resourceKind(guideSpec)
