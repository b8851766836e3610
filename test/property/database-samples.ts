/** One valid payload per Settings → 数据库 call, merged into validSamples. */
export const databaseSamples: Record<string, Record<string, unknown>> = {
  'database.status': {},
  'database.save': {
    kind: 'postgres',
    server: {
      host: '192.168.1.10',
      port: 5432,
      database: 'tourdesk',
      user: 'tourdesk',
      password: 'pw',
      ssl: false,
    },
  },
  'database.test': { host: '192.168.1.10', port: 5432, database: 'tourdesk', user: 'tourdesk', ssl: true },
  'database.copyToServer': { replace: false },
  'database.copyToLocal': { confirm: true },
  'database.restart': {},
  'database.fallback': {},
  'database.retryServer': {},
}

/**
 * Reads answer; a restart where nothing can restart (tests) answers { restarting: false }; retrying
 * the server where TourDesk did not fall back to this PC is refused.
 */
export const databaseEmptyPayloadOutcome: Record<string, 'ok' | 'CONFLICT'> = {
  'database.status': 'ok',
  'database.restart': 'ok',
  'database.fallback': 'ok',
  'database.retryServer': 'CONFLICT',
}
