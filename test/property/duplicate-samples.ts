/** Valid payloads of the duplicates calls, merged into validSamples (api-fuzz breaks one thing at a time). */
export function duplicateSamples(ids: {
  customer: number
  other: number
}): Record<string, Record<string, unknown>> {
  return {
    'duplicates.groups': { limit: 50 },
    'duplicates.count': {},
    'duplicates.pair': { aId: ids.customer, bId: ids.other },
    'duplicates.dismiss': { aId: ids.customer, bId: ids.other },
    // versions no fixture file reaches: run as is (audit-ledger runs every sample) it is refused STALE
    // rather than merging away a file the other samples point at
    'duplicates.merge': {
      keepId: ids.customer,
      keepVersion: 7,
      mergeId: ids.other,
      mergeVersion: 7,
      take: ['name', 'mobile'],
    },
    'duplicates.mergedInto': { id: ids.customer },
  }
}

/** Calls whose every field has a default: an empty payload is a valid request. */
export const duplicateEmptyPayloadOutcome = {
  'duplicates.groups': 'ok',
  'duplicates.count': 'ok',
} as const
