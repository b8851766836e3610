import type { Pair } from './measure'
import type { PgSearchRow } from './pg-search'
import { ms, table, verdict } from './stats'

export const TARGET_PG_SEARCH_P95 = 8
export const TARGET_PG_RATIO = 1.3

/** PostgreSQL's search latencies beside SQLite's for the same query classes (best-of-rounds p95s). */
export function printPgSearch(
  r: { rows: PgSearchRow[]; loadMs: number; version: string },
  sqlite: Pair[],
): void {
  const count = r.rows.length ? r.rows[0].service.n : 0
  console.log(
    `PostgreSQL ${r.version}; bulk load ${(r.loadMs / 1000).toFixed(1)} s; ${count} queries per class`,
  )
  const head = [
    'query class',
    'SQLite p95',
    'SQLite ×raw',
    'PG svc p50',
    'PG svc p95',
    'PG raw p95',
    'PG ×raw',
  ]
  head.push(`PG p95≤${TARGET_PG_SEARCH_P95}ms`, `PG ≤${TARGET_PG_RATIO}× raw`)
  const rows = [head]
  for (const p of r.rows) {
    const s = sqlite.find((x) => x.label === p.label)
    const ratio = p.service.p95 / p.raw.p95
    rows.push([
      p.label + (p.mismatches ? ` (${p.mismatches} DIFF)` : ''),
      s ? ms(s.service.p95) : '-',
      s ? (s.service.p95 / s.raw.p95).toFixed(2) : '-',
      ms(p.service.p50),
      ms(p.service.p95),
      ms(p.raw.p95),
      ratio.toFixed(2),
      verdict(p.service.p95 <= TARGET_PG_SEARCH_P95),
      verdict(ratio <= TARGET_PG_RATIO),
    ])
  }
  console.log(table(rows))
  const worst = (f: (p: PgSearchRow) => number) => Math.max(...r.rows.map(f))
  const p95 = worst((p) => p.service.p95)
  const ratio = worst((p) => p.service.p95 / p.raw.p95)
  console.log(
    `Summary PostgreSQL: search p95, worst class ${p95.toFixed(2)} ms (target ≤ ${TARGET_PG_SEARCH_P95} ms: ` +
      `${verdict(p95 <= TARGET_PG_SEARCH_P95)}); ×raw, worst class ${ratio.toFixed(2)} ` +
      `(target ≤ ${TARGET_PG_RATIO}: ${verdict(ratio <= TARGET_PG_RATIO)})`,
  )
}
