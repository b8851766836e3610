import type { Generated } from 'kysely'

/** Row shapes of the import tables (migration 0011). */
export interface ImportRunsTable {
  id: Generated<number>
  target: string
  file_name: string
  encoding: string
  created_at: string
  created_by: number | null
  created_count: number
  updated_count: number
  skipped_count: number
  rejected_count: number
  undone_at: string | null
  undone_by: number | null
  version: Generated<number>
  /** the trip a sign-up sheet was imported onto (migration 0024); null for other imports */
  trip_id: Generated<number | null>
}

export interface ImportItemsTable {
  id: Generated<number>
  import_id: number
  customer_id: number
  action: 'created' | 'updated'
  version_after: number
  /** JSON: the columns and tags an update overwrote, and the documents it added */
  before: string | null
}

export interface ImportMappingsTable {
  target: string
  signature: string
  /** JSON ColumnMapping */
  mapping: string
  updated_at: string
}
