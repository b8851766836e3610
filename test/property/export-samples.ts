/** Valid payloads of the export calls; api-fuzz.test.ts derives the bad ones from these. */
export function exportSamples(ids: { trip: number }): Record<string, Record<string, unknown>> {
  return {
    'exports.customers': {
      format: 'xlsx',
      lang: 'zh-CN',
      fullIdNumbers: false,
      search: { q: '王', tier: 'gold', need: 'elderly', sort: 'name', dir: 'asc' },
    },
    'exports.participants': {
      format: 'csv',
      lang: 'en',
      tripId: ids.trip,
      audience: 'insurer',
      fullIdNumbers: true,
    },
    'exports.guides': { format: 'xlsx', q: '张', includeInactive: true, fullIdNumbers: false },
    'exports.suppliers': { format: 'csv', kind: 'hotel', includeInactive: false, q: '' },
  }
}
