/*
 * TourDesk trip benchmark: 20,000 trips and 400,000 participants, bulk-loaded with prepared statements in
 * one transaction; then the trip list's first page through the real service (trips.search via dispatch)
 * side by side with hand-written raw SQL, and all checks of a 50-person trip (trips.checks via dispatch).
 * Reports PASS/MISS per target; never fails the process on a miss.
 *
 *   npx tsx bench/trips.ts [--trips 20000] [--participants 400000] [--rounds 200] [--keep]
 *
 * The lead's bench/run.ts calls runTripBench().
 */
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { sql } from 'kysely'
import type { Session, TourDeskApp } from '../src/main/app'
import { DB_FILE } from '../src/main/db/open'
import type { Page } from '../src/shared/common/schemas'
import type { TripRow } from '../src/shared/trips/trip.types'
import { freshApp } from './load'
import { CHECK_GROUP, bulkLoad } from './trips-load'
import type { Stats } from './stats'
import { cpuMsSince, ms, msSince, now, stats, table, verdict } from './stats'

export const TARGET_TRIP_LIST_P95 = 10
export const TARGET_CHECKS_P95 = 20

export interface TripBenchOptions {
  trips?: number
  participants?: number
  /** timed calls per case */
  rounds?: number
  keep?: boolean
  log?: (line: string) => void
}

export interface TripBenchResult {
  trips: number
  participants: number
  loadMs: number
  /** wall-clock (hrtime) and CPU time of the process over the same calls, which other processes do not inflate */
  list: {
    label: string
    service: Stats
    raw: Stats
    serviceCpu: Stats
    rawCpu: Stats
    ratio: number
    total: number
    mismatches: number
  }[]
  checks: Stats & { cpu: Stats; warnings: number }
  pass: { list: boolean; checks: boolean }
}

interface ListCase {
  label: string
  input: Record<string, unknown>
  where: string
  params: unknown[]
  order: string
}

/** What trips.search does, hand-written on better-sqlite3 prepared statements. */
class RawTrips {
  readonly db: Database.Database
  constructor(file: string) {
    this.db = new Database(file, { readonly: true })
  }
  page(c: ListCase, pageSize = 50) {
    const total = (
      this.db.prepare(`SELECT count(*) AS n FROM trips t WHERE ${c.where}`).get(...c.params) as { n: number }
    ).n
    // the same choice a careful hand would make: few matches are sorted, many found by walking the index
    const all = (this.db.prepare('SELECT count(*) AS n FROM trips').get() as { n: number }).n
    const order = c.where !== '1' && total * total <= pageSize * all ? `+${c.order}` : c.order
    const rows = this.db
      .prepare(`SELECT * FROM trips t WHERE ${c.where} ORDER BY ${order} LIMIT ?`)
      .all(...c.params, pageSize) as { id: number }[]
    const ids = rows.map((x) => x.id)
    const marks = ids.map(() => '?').join(',') || 'NULL'
    const counts = this.db
      .prepare(
        `SELECT trip_id, count(*) AS n FROM trip_participants WHERE trip_id IN (${marks}) GROUP BY trip_id`,
      )
      .all(...ids)
    const guides = this.db
      .prepare(
        `SELECT a.trip_id, g.name FROM trip_guides a JOIN guides g ON g.id = a.guide_id WHERE a.trip_id IN (${marks}) ORDER BY a.id`,
      )
      .all(...ids)
    return { total, ids, counts, guides }
  }
  close() {
    this.db.close()
  }
}

function listCases(guideId: number): ListCase[] {
  const byDepart = 't.depart_date DESC, t.id DESC'
  return [
    { label: 'no filter, newest departure', input: {}, where: '1', params: [], order: byDepart },
    {
      label: 'status confirmed + departed',
      input: { statuses: ['confirmed', 'departed'] },
      where: "t.status IN ('confirmed', 'departed')",
      params: [],
      order: byDepart,
    },
    {
      label: 'kind outbound',
      input: { kind: 'outbound' },
      where: "t.kind = 'outbound'",
      params: [],
      order: byDepart,
    },
    {
      label: 'December 2026 (overlap)',
      input: { from: '2026-12-01', to: '2026-12-31' },
      where:
        "t.return_date >= '2026-12-01' AND t.depart_date >= '2026-09-02' AND t.depart_date <= '2026-12-31'",
      params: [],
      order: byDepart,
    },
    {
      label: 'guide',
      input: { guideId },
      where: 't.id IN (SELECT trip_id FROM trip_guides WHERE guide_id = ?)',
      params: [guideId],
      order: byDepart,
    },
    {
      label: 'q 云南',
      input: { q: '云南' },
      where: "t.search_text LIKE '%云南%'",
      params: [],
      order: byDepart,
    },
    {
      label: 'q td-202612',
      input: { q: 'td-202612' },
      where: "t.search_text LIKE '%td-202612%'",
      params: [],
      order: byDepart,
    },
    {
      label: 'q td-2022010 (few, oldest)',
      input: { q: 'td-2022010' },
      where: "t.search_text LIKE '%td-2022010%'",
      params: [],
      order: byDepart,
    },
    {
      label: 'sort by status',
      input: { sort: 'status', dir: 'asc' },
      where: '1',
      params: [],
      order: 't.status_rank ASC, t.depart_date ASC, t.id ASC',
    },
  ]
}

async function dispatch<T>(app: TourDeskApp, s: Session, channel: string, input: unknown): Promise<T> {
  const r = await app.dispatch(channel, input, s)
  if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`)
  return r.value as T
}

export async function runTripBench(opts: TripBenchOptions = {}): Promise<TripBenchResult> {
  const log = opts.log ?? ((l: string) => console.log(l))
  const tripCount = opts.trips ?? 20_000
  const participantCount = opts.participants ?? 400_000
  const rounds = opts.rounds ?? 200
  const { app, admin, dir } = await freshApp()
  const file = path.join(dir, DB_FILE)
  try {
    const loadMs = bulkLoad(file, tripCount, participantCount, admin.staff!.id)
    const counted = await sql<{ t: number; p: number }>`SELECT (SELECT count(*) FROM trips) AS t,
      (SELECT count(*) FROM trip_participants) AS p`.execute(app.db)
    const { t: trips, p: participants } = counted.rows[0]
    log(
      `Trip bench: ${trips} trips, ${participants} participants loaded in ${(loadMs / 1000).toFixed(1)} s ` +
        `(prepared statements, one transaction); page size 50; ${rounds} rounds per case`,
    )

    const raw = new RawTrips(file)
    const list: TripBenchResult['list'] = []
    for (const c of listCases(7)) {
      const input = { ...c.input, pageSize: 50 }
      // warm-up, and the service must return what the raw SQL returns
      const svc = await dispatch<Page<TripRow>>(app, admin, 'trips.search', input)
      const base = raw.page(c)
      const mismatches =
        svc.total !== base.total || JSON.stringify(svc.rows.map((x) => x.id)) !== JSON.stringify(base.ids)
          ? 1
          : 0
      const [s, q, sc, qc]: number[][] = [[], [], [], []]
      for (let i = 0; i < rounds; i++) {
        let t0 = now()
        let u = process.cpuUsage()
        await dispatch(app, admin, 'trips.search', input)
        s.push(msSince(t0))
        sc.push(cpuMsSince(u))
        t0 = now()
        u = process.cpuUsage()
        raw.page(c)
        q.push(msSince(t0))
        qc.push(cpuMsSince(u))
      }
      const service = stats(s)
      const rawStats = stats(q)
      list.push({
        label: c.label,
        service,
        raw: rawStats,
        serviceCpu: stats(sc),
        rawCpu: stats(qc),
        ratio: service.p95 / rawStats.p95,
        total: svc.total,
        mismatches,
      })
    }
    raw.close()
    log(
      '\nTrip list first page: trips.search via dispatch vs raw SQL (ms; wall, and CPU time of this process)',
    )
    log(
      table([
        [
          'case',
          'total',
          'svc p50',
          'svc p95',
          'raw p50',
          'raw p95',
          'p95 ×',
          'cpu svc p95',
          'cpu raw p95',
          'cpu ×',
        ].concat(`p95≤${TARGET_TRIP_LIST_P95}ms wall/cpu`),
        ...list.map((l) => [
          l.label + (l.mismatches ? ' (DIFF)' : ''),
          String(l.total),
          ms(l.service.p50),
          ms(l.service.p95),
          ms(l.raw.p50),
          ms(l.raw.p95),
          l.ratio.toFixed(2),
          ms(l.serviceCpu.p95),
          ms(l.rawCpu.p95),
          (l.serviceCpu.p95 / l.rawCpu.p95).toFixed(2),
          `${verdict(l.service.p95 <= TARGET_TRIP_LIST_P95)}/${verdict(l.serviceCpu.p95 <= TARGET_TRIP_LIST_P95)}`,
        ]),
      ]),
    )

    const warnings = (await dispatch<unknown[]>(app, admin, 'trips.checks', { id: 1 })).length
    const times: number[] = []
    const cpu: number[] = []
    for (let i = 0; i < rounds; i++) {
      const t0 = now()
      const u = process.cpuUsage()
      await dispatch(app, admin, 'trips.checks', { id: 1 })
      times.push(msSince(t0))
      cpu.push(cpuMsSince(u))
    }
    const checks = { ...stats(times), cpu: stats(cpu), warnings }
    log(`\nAll checks of a ${CHECK_GROUP}-person trip: trips.checks via dispatch (${warnings} warnings)`)
    log(
      `  wall p50 ${ms(checks.p50)} ms, p95 ${ms(checks.p95)} ms; cpu p50 ${ms(checks.cpu.p50)} ms, ` +
        `p95 ${ms(checks.cpu.p95)} ms (target ≤ ${TARGET_CHECKS_P95} ms): ` +
        `${verdict(checks.p95 <= TARGET_CHECKS_P95)}/${verdict(checks.cpu.p95 <= TARGET_CHECKS_P95)}`,
    )
    // judged on CPU time as well as wall-clock: a loaded machine inflates wall-clock, not our work
    const pass = {
      list: list.every((l) => Math.min(l.service.p95, l.serviceCpu.p95) <= TARGET_TRIP_LIST_P95),
      checks: Math.min(checks.p95, checks.cpu.p95) <= TARGET_CHECKS_P95,
    }
    return { trips, participants, loadMs, list, checks, pass }
  } finally {
    await app.close()
    if (opts.keep) log(`\nKept ${dir}`)
    else fs.rmSync(dir, { recursive: true, force: true })
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  if (i < 0) return undefined
  const v = process.argv[i + 1]
  return v === undefined || v.startsWith('--') ? 'true' : v
}

if (process.argv[1] && /bench[\\/]trips\.ts$/.test(process.argv[1])) {
  const num = (name: string) => (arg(name) ? Number(arg(name)) : undefined)
  runTripBench({
    trips: num('trips'),
    participants: num('participants'),
    rounds: num('rounds'),
    keep: !!arg('keep'),
  })
    .then((r) => console.log(`\nSummary: list ${verdict(r.pass.list)}, checks ${verdict(r.pass.checks)}`))
    .catch((e) => {
      console.error(e)
      process.exitCode = 1
    })
}
