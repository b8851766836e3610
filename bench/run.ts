/*
 * TourDesk search benchmark: bulk load, search-as-you-type latency and first-page list latency through the
 * real service (customers.search via dispatch), side by side with hand-written raw SQL on the same file.
 * It reports PASS/MISS per target; it never fails the process on a miss.
 *
 * Latencies: p50/p95 over the sampled queries, each query at its best of the timed rounds (so that other
 * processes on the machine do not decide the p95); the "all" columns are over every timed call.
 *
 *   npx tsx bench/run.ts [--customers 100000] [--per-class 200] [--rounds 5] [--keep] [--reuse file.sqlite]
 *
 * --reuse copies an already-loaded tourdesk.sqlite (admin / correct-horse-9) instead of loading; --keep
 * leaves the temp folder in place and prints its path (to feed a later --reuse). --no-trips skips the
 * trip benchmark, --no-reminders the reminder benchmark (bench/reminders.ts), --no-postgres the
 * PostgreSQL search benchmark and the 10-desk load test (bench/pg-*.ts; DESKS_SECONDS shortens it),
 * --no-imports the import benchmark (bench/imports.ts), --no-complaints the complaint list benchmark
 * (bench/complaints.ts), --no-feedback the feedback benchmark (bench/feedback.ts), --no-duplicates the
 * duplicates screen benchmark (bench/duplicates.ts).
 */
import { runTripBench } from './trips'
import { runReminderBench } from './reminders'
import { printPgSearch } from './pg-report'
import { runPgSearchBench } from './pg-search'
import { runDeskLoad } from './pg-desks'
import { runImportBench } from './imports'
import { runComplaintBench } from './complaints'
import { runFeedbackBench } from './feedback'
import { runDuplicateBench } from './duplicates'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { sql } from 'kysely'
import { openApp } from '../src/main/app'
import { DB_FILE } from '../src/main/db/open'
import { loadCustomers, TODAY } from './load'
import type { Loaded } from './load'
import { sampleQueries } from './queries'
import { RawSearch } from './raw'
import { measurePair, serviceOf } from './measure'
import type { Case, Pair } from './measure'
import { ms, table, verdict } from './stats'

const TARGET_SEARCH_P95 = 5
const TARGET_RATIO = 1.3
const TARGET_LIST_P95 = 10

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  if (i < 0) return fallback
  const v = process.argv[i + 1]
  return v === undefined || v.startsWith('--') ? 'true' : v
}

async function reuse(from: string): Promise<Loaded> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-bench-'))
  const file = path.join(dir, DB_FILE)
  fs.copyFileSync(from, file)
  const app = await openApp({ dataDir: dir, clock: () => new Date(`${TODAY}T02:00:00.000Z`) })
  const admin = app.newSession()
  const r = await app.dispatch('auth.signIn', { login: 'admin', password: 'correct-horse-9' }, admin)
  if (!r.ok) throw new Error(`auth.signIn failed: ${JSON.stringify(r.error)}`)
  const { n } = await app.db
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(app.db)
  return { app, admin, dir, file, count: Number(n), generateMs: NaN, loadMs: NaN, checkpointMs: NaN }
}

function pairRows(pairs: Pair[], target: number, ratioTarget: number | null): string[][] {
  const head = ['query class', 'n', 'rows', 'total', 'svc p50', 'svc p95', 'raw p50', 'raw p95', 'p95 ×']
  head.push('svc p95 all', 'raw p95 all', '1st p95', 'naive p95', `p95≤${target}ms`)
  if (ratioTarget) head.push(`≤${ratioTarget}× raw`)
  const out = [head]
  for (const p of pairs) {
    const ratio = p.service.p95 / p.raw.p95
    const row = [
      p.label + (p.mismatches ? ` (${p.mismatches} DIFF)` : ''),
      String(p.service.n),
      p.rows.toFixed(0),
      p.total.toFixed(0),
      ms(p.service.p50),
      ms(p.service.p95),
      ms(p.raw.p50),
      ms(p.raw.p95),
      ratio.toFixed(2),
      ms(p.serviceAll.p95),
      ms(p.rawAll.p95),
      ms(p.first.p95),
      ms(p.naive.p95),
      verdict(p.service.p95 <= target),
    ]
    if (ratioTarget) row.push(verdict(ratio <= ratioTarget))
    out.push(row)
  }
  return out
}

const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')

async function main(): Promise<void> {
  const count = Number(arg('customers', '100000'))
  const perClass = Number(arg('per-class', '200'))
  const rounds = Number(arg('rounds', '5'))
  const reuseFile = arg('reuse')
  const probe = new Database(':memory:')
  const sqliteVersion = (probe.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
  probe.close()
  const cpus = os.cpus()
  console.log('TourDesk search benchmark')
  console.log(`  node ${process.version} (${process.platform}/${process.arch}), SQLite ${sqliteVersion}`)
  console.log(
    `  ${cpus.length} cores × ${cpus[0]?.model.trim() ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  )
  console.log(`  today ${TODAY}; ${perClass} queries per class × ${rounds} rounds; page size 50`)
  console.log(`  load average ${load()}\n`)

  let loaded: Loaded
  if (reuseFile) {
    loaded = await reuse(reuseFile)
    console.log(`Reused ${reuseFile}: ${loaded.count} customers\n`)
  } else {
    let last = Date.now()
    loaded = await loadCustomers(count, {
      progress: (done) => {
        if (Date.now() - last > 10_000 || done === count) {
          process.stdout.write(`  loaded ${done}/${count}\n`)
          last = Date.now()
        }
      },
    })
    const size = fs.statSync(loaded.file).size / 2 ** 20
    console.log(
      `Bulk load: ${count} customers (with documents) through zod + insertCustomer, ` +
        `${Math.ceil(count / 10_000)} transactions: ${(loaded.loadMs / 1000).toFixed(1)} s = ` +
        `${Math.round(count / (loaded.loadMs / 1000))} customers/s (generating them took another ` +
        `${(loaded.generateMs / 1000).toFixed(1)} s); WAL checkpoint ${ms(loaded.checkpointMs)} ms; ` +
        `file ${size.toFixed(0)} MiB\n`,
    )
  }
  const { app, admin, file } = loaded
  const raw = new RawSearch(file)
  const service = serviceOf(app, admin)

  // search as you type
  const classes = sampleQueries(raw.db, perClass)
  const searchPairs: Pair[] = []
  for (const cls of classes) {
    const cases: Case[] = cls.queries.map((q) => ({ input: { q, pageSize: 50 }, raw: { q, pageSize: 50 } }))
    searchPairs.push(await measurePair(cls.label, cases, service, raw, TODAY, rounds))
  }
  console.log('Search as you type: customers.search { q, pageSize: 50 } vs raw SQL (ms)')
  console.log(table(pairRows(searchPairs, TARGET_SEARCH_P95, TARGET_RATIO)) + '\n')

  // first page of the list with sort and filters
  const lists: { label: string; spec: Record<string, unknown> }[] = [
    { label: 'no filter, recently updated', spec: {} },
    { label: 'name asc, tier gold', spec: { sort: 'name', dir: 'asc', tier: 'gold' } },
    { label: 'name asc, tag 亲子游', spec: { sort: 'name', dir: 'asc', tag: '亲子游' } },
    { label: 'birthday this month', spec: { birthdayThisMonth: true } },
    { label: 'name asc, birthday this month', spec: { sort: 'name', dir: 'asc', birthdayThisMonth: true } },
    {
      label: 'name asc, silver + 老客户 + birthday',
      spec: { sort: 'name', dir: 'asc', tier: 'silver', tag: '老客户', birthdayThisMonth: true },
    },
    { label: 'name asc, tier gold, q 王', spec: { sort: 'name', dir: 'asc', tier: 'gold', q: '王' } },
  ]
  const listPairs: Pair[] = []
  for (const l of lists) {
    const cases: Case[] = Array.from({ length: Math.max(20, Math.round(perClass / 2)) }, () => ({
      input: { q: '', ...l.spec, pageSize: 50 },
      raw: { q: '', ...l.spec, pageSize: 50 } as Case['raw'],
    }))
    listPairs.push(await measurePair(l.label, cases, service, raw, TODAY, rounds))
  }
  console.log('First page of the list: customers.search with sort/filters vs raw SQL (ms)')
  console.log(table(pairRows(listPairs, TARGET_LIST_P95, null)) + '\n')

  // summary
  const diffs = [...searchPairs, ...listPairs].filter((p) => p.mismatches)
  const worst = (pairs: Pair[], f: (p: Pair) => number) => Math.max(...pairs.map(f))
  const line = (what: string, best: number, all: number, target: number, unit: string) =>
    `  ${what}: ${best.toFixed(2)}${unit} (every call: ${all.toFixed(2)}${unit}), target ≤ ${target}${unit}: ` +
    verdict(best <= target)
  console.log(`Summary (load average now ${load()})`)
  if (!Number.isNaN(loaded.loadMs))
    console.log(`  bulk load: ${Math.round(loaded.count / (loaded.loadMs / 1000))} customers/s`)
  const p95 = (p: Pair) => p.service.p95
  const ratio = (p: Pair) => p.service.p95 / p.raw.p95
  const ratioAll = (p: Pair) => p.serviceAll.p95 / p.rawAll.p95
  console.log(
    line(
      'search p95, worst class',
      worst(searchPairs, p95),
      worst(searchPairs, (p) => p.serviceAll.p95),
      TARGET_SEARCH_P95,
      ' ms',
    ),
  )
  console.log(
    line(
      'search p95 / raw p95, worst class',
      worst(searchPairs, ratio),
      worst(searchPairs, ratioAll),
      TARGET_RATIO,
      '×',
    ),
  )
  console.log(
    line(
      'list p95, worst case',
      worst(listPairs, p95),
      worst(listPairs, (p) => p.serviceAll.p95),
      TARGET_LIST_P95,
      ' ms',
    ),
  )
  for (const p of searchPairs) {
    if (p.service.p95 > TARGET_SEARCH_P95) console.log(`  MISS ${p.label}: p95 ${ms(p.service.p95)} ms`)
    if (p.service.p95 / p.raw.p95 > TARGET_RATIO)
      console.log(`  MISS ${p.label}: ${(p.service.p95 / p.raw.p95).toFixed(2)}× raw`)
  }
  for (const p of listPairs)
    if (p.service.p95 > TARGET_LIST_P95) console.log(`  MISS ${p.label}: p95 ${ms(p.service.p95)} ms`)
  for (const d of diffs)
    console.log(`  DIFF ${d.label}: ${d.mismatches} queries where service and raw disagree`)

  if (!arg('no-postgres')) {
    console.log(`\n== PostgreSQL: the same ${loaded.count} customers, the same queries ==`)
    const pgSearch = await runPgSearchBench({ count: loaded.count, classes, rounds })
    printPgSearch(pgSearch, searchPairs)
  }

  raw.close()
  await app.close()
  if (arg('keep')) console.log(`\nKept ${loaded.dir}`)
  else fs.rmSync(loaded.dir, { recursive: true, force: true })

  if (!arg('no-postgres')) {
    console.log('\n== Ten desks on one PostgreSQL server ==')
    await runDeskLoad({ desks: 10, seconds: Number(process.env.DESKS_SECONDS ?? 60) })
  }
  if (!arg('no-trips')) {
    console.log('\n== Trips: 20,000 trips, 400,000 participants ==')
    const r = await runTripBench()
    console.log(`Summary: trip list ${verdict(r.pass.list)}, checks ${verdict(r.pass.checks)}`)
  }
  if (!arg('no-reminders')) {
    console.log('\n== Reminders: 1,000,000 rows, 100,000 customers, 20,000 trips ==')
    await runReminderBench()
  }
  if (!arg('no-imports')) {
    console.log('\n== Import: 100,000 customers from xlsx, service path vs raw inserts ==')
    await runImportBench()
  }
  if (!arg('no-complaints')) {
    console.log('\n== Complaints: 50,000 cases on 2,000 trips ==')
    const r = await runComplaintBench()
    console.log(`Summary: complaint list first page p95 ≤ 10 ms ${verdict(r.pass)}`)
  }
  if (!arg('no-feedback')) {
    console.log('\n== Feedback: 200,000 entered sheets; 40 printed forms ==')
    await runFeedbackBench()
  }
  if (!arg('no-duplicates')) {
    console.log('\n== Duplicates: 20,000 customers + 600 second files ==')
    await runDuplicateBench()
  }
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
