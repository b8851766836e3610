import type { Generated } from 'kysely'

/** migration 0015: a file kept only for the legal record after a deletion request */
export interface RestrictedFilesTable {
  id: Generated<number>
  /** opaque, e.g. RF-000012: what the destruction record keeps */
  reference: string
  name: string
  last_trip_end: string
  /** the first agency day the file may be destroyed */
  destroy_from: string
  /** JSON of the sealed record (PersonCopy sections); never shown outside the restricted list */
  record: string
  restricted_at: string
  restricted_by: number | null
}

/** migration 0015: that something was destroyed — never what it held */
export interface DestructionRecordsTable {
  id: Generated<number>
  kind: string
  reference: string
  destroyed_at: string
  approved_by: number | null
}
