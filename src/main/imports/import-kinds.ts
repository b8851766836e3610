import type { ImportTarget } from '../../shared/imports/import-fields'
import { customerKind } from './customer-import'
import type { ImportKind } from './import-kind'
import { guideKind, supplierKind } from './resource-import'

export const importKinds: Record<ImportTarget, ImportKind<{ name: string }>> = {
  customers: customerKind as unknown as ImportKind<{ name: string }>,
  guides: guideKind as unknown as ImportKind<{ name: string }>,
  suppliers: supplierKind as unknown as ImportKind<{ name: string }>,
}
