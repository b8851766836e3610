import type { Generated } from 'kysely'

/** Row shape of migration 0016: what an import of guides or suppliers did to each record. */
export interface ImportResourceItemsTable {
  id: Generated<number>
  import_id: number
  guide_id: number | null
  supplier_id: number | null
  action: 'created' | 'updated'
  version_after: number
  /** JSON: the columns an update overwrote */
  before: string | null
}
