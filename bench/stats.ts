/** Timing and table helpers for the benchmark. */

export interface Stats {
  n: number
  p50: number
  p95: number
  max: number
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b)
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] ?? NaN }
}

export const now = (): bigint => process.hrtime.bigint()
export const msSince = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6

/** CPU time (user + system) of this process since `u0 = process.cpuUsage()`: steadier than wall time on a busy machine. */
export const cpuMsSince = (u0: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(u0)
  return (d.user + d.system) / 1000
}

export const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '-')

/** A plain-text table: first row is the header; numeric-looking cells are right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))))
  const line = (r: string[]) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c] - width(cell))
        return /^[-\d.×x%]+$/.test(cell) && c > 0 ? pad + cell : cell + pad
      })
      .join('  ')
      .trimEnd()
  const sep = widths.map((w) => '-'.repeat(w)).join('  ')
  return [line(rows[0]), sep, ...rows.slice(1).map(line)].join('\n')
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/.test(ch) ? 2 : 1
  return w
}

export const verdict = (ok: boolean): string => (ok ? 'PASS' : 'MISS')
