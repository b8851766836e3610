import { defineConfig } from 'vitest/config'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// The agency's zone, for every test process: set here so the workers inherit it from their start
// (Node reads TZ at start and again whenever it is assigned). Tests that need another zone set
// process.env.TZ themselves and restore it (see test/unit/dates-any-zone.test.ts).
process.env.TZ = 'Asia/Shanghai'

/*
 * Two projects run in one `vitest run`: every test on SQLite, and the integration and property suites
 * again on PostgreSQL (test/pg/global-setup.ts starts a throwaway cluster). Files about SQLite's file
 * itself (pragmas, upgrade copies, its own migrations) run on SQLite only.
 */
const sqliteOnly = [
  'test/integration/database.test.ts',
  'test/integration/electron-shell.test.ts',
  'test/integration/electron-desktop.test.ts',
  'test/integration/migration-0007.test.ts',
  'test/integration/upgrade-copies.test.ts',
]

/*
 * The PostgreSQL lane is never skipped silently: without server binaries the run says so, and in CI
 * (CI set) it fails instead of running SQLite alone.
 */
function hasPostgresBinaries(): boolean {
  const dirs = (process.env.PATH ?? '').split(path.delimiter)
  if (fs.existsSync('/usr/lib/postgresql')) {
    for (const v of fs.readdirSync('/usr/lib/postgresql'))
      dirs.push(path.join('/usr/lib/postgresql', v, 'bin'))
  }
  return ['initdb', 'pg_ctl'].every((bin) => dirs.some((d) => fs.existsSync(path.join(d, bin))))
}
const pgMissing = !hasPostgresBinaries()
if (pgMissing) {
  const msg =
    '[tourdesk] PostgreSQL server binaries (initdb, pg_ctl) not found: the PostgreSQL lane cannot run.'
  if (process.env.CI) throw new Error(`${msg} Install the postgresql package (.ci/run does).`)
  console.warn(
    `\n${msg}\n[tourdesk] Only SQLite is tested in this run. Install postgresql to test both stores.\n`,
  )
}

export default defineConfig({
  test: {
    environment: 'node',
    env: { TZ: 'Asia/Shanghai' },
    testTimeout: 30_000,
    hookTimeout: 30_000,
    /*
     * Speed on a 2-core machine: vitest would use one worker there (cores − 1), and give every file a
     * fresh module graph — importing all of src/main again, 98 times, was most of the run. Test files
     * here share no module state they change (each harness opens its own app and database; the few
     * that change TZ or fake Date put them back), so one graph per worker: 217 s → 118 s.
     */
    isolate: false,
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/property/**/*.test.ts'],
        },
      },
      ...(pgMissing
        ? []
        : [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: [
                  'test/integration/**/*.test.ts',
                  'test/property/**/*.test.ts',
                  'test/pg/**/*.test.ts',
                ],
                exclude: sqliteOnly,
                globalSetup: ['test/pg/global-setup.ts'],
                // Bad payloads are refused by the schemas before any SQL runs, the same on both stores;
                // the SQLite lane tries 60 per call, this lane enough to prove the server unchanged too.
                env: { TZ: 'Asia/Shanghai', FUZZ_RUNS: process.env.FUZZ_RUNS ?? '15' },
              },
            },
          ]),
    ],
  },
})
