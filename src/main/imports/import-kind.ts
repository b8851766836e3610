import type { Kysely, Transaction } from 'kysely'
import type { ImportTarget } from '../../shared/imports/import-fields'
import type { ImportField } from '../../shared/imports/resource-fields'
import type { DB } from '../db/schema'
import type { GroupChoice } from '../../shared/imports/imports.types'
import type { Analysis, Group, RowDisplay, Validated } from './analyse'
import type { Plan } from './customer-import'

/**
 * What differs between importing customers, guides and suppliers; the wizard's steps, the single
 * transaction, progress, cancel, report and audit entry are the same for all (import-run.ts).
 */
export interface ImportKind<I> {
  target: ImportTarget
  /** the entity named in the data.changed broadcast, so open lists reload */
  entity: 'customer' | 'guide' | 'supplier' | 'trip'
  /** the trip a sign-up sheet is imported onto (participants only) */
  tripId?: number
  /** the choices a duplicate group offers, the first being what happens when none is made */
  choicesOf?: (g: Group<I>) => GroupChoice[]
  /** places left (null: no limit); rows beyond them are refused, in sheet order */
  seats?: (db: Kysely<DB> | Transaction<DB>) => Promise<number | null>
  /** every row through the form's own rules; rows numbered as the spreadsheet numbers them */
  validate(
    body: string[][],
    firstRow: number,
    mapping: Record<string, ImportField>,
    today: string,
  ): Validated<I>
  /** duplicates within the file and against kept records, asked of the database afresh */
  group(db: Kysely<DB> | Transaction<DB>, v: Validated<I>): Promise<Analysis<I>>
  display: RowDisplay<I>
  /** writes one batch of created and updated records, and what the undo will need */
  write(trx: Transaction<DB>, plans: Plan<I>[], importId: number, staffId: number, at: string): Promise<void>
}
