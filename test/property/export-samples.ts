import { STORE } from '../integration/harness'

/** Valid payloads of the export and backup calls; api-fuzz.test.ts derives the bad ones from these. */
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
    'exports.audit': {
      format: 'csv',
      lang: 'en',
      entity: 'customer',
      entityId: null,
      action: 'update',
      staffId: null,
      from: '2026-11-01',
      to: '2026-11-30',
    },
    'backups.status': {},
    'backups.saveSettings': { keepDays: 14, keepMonths: 12, everyHours: 4, secondFolder: null },
    'backups.runNow': {},
    'backups.drill': { name: 'tourdesk-20261125T020000000Z-manual.sqlite' },
    'backups.restore': { name: 'tourdesk-20261125T020000000Z-manual.sqlite' },
  }
}

/** Backups are SQLite's: on PostgreSQL a backup asked for is the server's job (NOT_FOUND). */
export const backupEmptyPayloadOutcome: Record<string, 'ok' | 'NOT_FOUND'> = {
  'backups.status': 'ok',
  'backups.runNow': STORE === 'sqlite' ? 'ok' : 'NOT_FOUND',
}
