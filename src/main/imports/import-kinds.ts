import type { ImportTarget } from '../../shared/imports/import-fields'
import type { Dbx } from '../trips/trips.repo'
import { customerKind } from './customer-import'
import type { ImportKind } from './import-kind'
import { participantKindFor } from './participant-import'
import { guideKind, supplierKind } from './resource-import'

export const importKinds: Record<Exclude<ImportTarget, 'participants'>, ImportKind<{ name: string }>> = {
  customers: customerKind as unknown as ImportKind<{ name: string }>,
  guides: guideKind as unknown as ImportKind<{ name: string }>,
  suppliers: supplierKind as unknown as ImportKind<{ name: string }>,
}

/** the kind of a call's target; a sign-up sheet's is bound to its trip, which must exist */
export async function importKindOf(
  db: Dbx,
  input: { target: ImportTarget; tripId?: number },
): Promise<ImportKind<{ name: string }>> {
  if (input.target !== 'participants') return importKinds[input.target]
  return (await participantKindFor(db, input.tripId)) as unknown as ImportKind<{ name: string }>
}
