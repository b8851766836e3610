import type { Generated } from 'kysely'

/** Row shape of migration 0024: a participant row a sign-up sheet import made. */
export interface ImportParticipantItemsTable {
  id: Generated<number>
  import_id: number
  participant_id: number
}
