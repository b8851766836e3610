import type { Session, TourDeskApp } from '../src/main/app'
import type { Page } from '../src/shared/common/schemas'
import type { CustomerRow } from '../src/shared/customers/customer.types'
import type { RawResult, RawSearch, RawSpec } from './raw'
import type { Stats } from './stats'
import { msSince, now, stats } from './stats'

export interface Pair {
  label: string
  /**
   * Wall-clock latency (hrtime) of each query's best of the timed rounds, over the queries: the spread
   * across queries without the preemptions other processes on the machine cause.
   */
  service: Stats
  raw: Stats
  /** every timed call (all rounds): what a busy machine adds */
  serviceAll: Stats
  rawAll: Stats
  /** the service on each query's first run (cold caches: birthday memo, SQLite pages, statements) */
  first: Stats
  /** the raw form, best of the rounds: page query with count(*) over (), then tags and needs */
  naive: Stats
  /** mean page size and mean total over the queries, to show what each class returns */
  rows: number
  total: number
  /** queries whose service result differed from either raw one (ids, order, tags, needs or total) */
  mismatches: number
}

export interface Case {
  /** what the renderer sends to customers.search */
  input: Record<string, unknown>
  raw: RawSpec
}

export type Service = (input: Record<string, unknown>) => Promise<Page<CustomerRow>>

export function serviceOf(app: TourDeskApp, session: Session): Service {
  return async (input) => {
    const r = await app.dispatch('customers.search', input, session)
    if (!r.ok) throw new Error(`customers.search failed: ${JSON.stringify(r.error)}`)
    return r.value as Page<CustomerRow>
  }
}

function sameResult(svc: Page<CustomerRow>, raw: RawResult): boolean {
  if (svc.total !== raw.total || svc.rows.length !== raw.rows.length) return false
  return svc.rows.every((r, i) => {
    const rr = raw.rows[i]
    return (
      r.id === rr.id &&
      JSON.stringify(r.tags) === JSON.stringify(raw.tags.get(rr.id) ?? []) &&
      JSON.stringify(r.needs) === JSON.stringify(raw.needs.get(rr.id) ?? [])
    )
  })
}

/**
 * Times every case through the service and through both raw SQL forms, alternating per case so drift
 * (GC, page cache, CPU frequency) hits all alike. One warm-up round checks that all return the same
 * page (and times the service's first run of each query); then `rounds` timed rounds. Statistics are
 * over the cases, each case counted once with its best round (see Pair).
 */
export async function measurePair(
  label: string,
  cases: Case[],
  service: Service,
  raw: RawSearch,
  today: string,
  rounds: number,
): Promise<Pair> {
  let mismatches = 0
  let rows = 0
  let total = 0
  const firstMs: number[] = []
  for (const c of cases) {
    const t = now()
    const s = await service(c.input)
    firstMs.push(msSince(t))
    if (!sameResult(s, raw.search(c.raw, today)) || !sameResult(s, raw.searchNaive(c.raw, today)))
      mismatches++
    rows += s.rows.length
    total += s.total
  }
  const svc = cases.map(() => [] as number[])
  const raws = cases.map(() => [] as number[])
  const naive = cases.map(() => [] as number[])
  for (let round = 0; round < rounds; round++) {
    for (const [i, c] of cases.entries()) {
      let t = now()
      await service(c.input)
      svc[i].push(msSince(t))
      t = now()
      raw.search(c.raw, today)
      raws[i].push(msSince(t))
      t = now()
      raw.searchNaive(c.raw, today)
      naive[i].push(msSince(t))
    }
  }
  const best = (runs: number[][]) => stats(runs.map((r) => Math.min(...r)))
  return {
    label,
    service: best(svc),
    raw: best(raws),
    serviceAll: stats(svc.flat()),
    rawAll: stats(raws.flat()),
    naive: best(naive),
    first: stats(firstMs),
    rows: rows / cases.length,
    total: total / cases.length,
    mismatches,
  }
}
