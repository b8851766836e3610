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
}

/** Reads answer; a restart where nothing can restart (tests) answers { restarting: false }. */
export const databaseEmptyPayloadOutcome: Record<string, 'ok'> = {
  'database.status': 'ok',
  'database.restart': 'ok',
}
