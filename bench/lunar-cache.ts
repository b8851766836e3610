import { LunarYear } from 'lunar-javascript'

/**
 * Experiment only (--lunar-cache): what a many-year cache in src/shared/calendar/lunar.ts would give.
 * lunar-javascript keeps one LunarYear (a table computed from the solar terms, ≈ 0.4 ms); a lunar
 * birthday's next celebration asks for three years in turn, so every lunar row recomputes them. This
 * patches LunarYear.fromYear in this process to keep every year it has built. The default run patches
 * nothing.
 */
export function simulateLunarYearCache(): void {
  const years = LunarYear as unknown as { fromYear(year: number): unknown }
  const fromYear = years.fromYear
  const cache = new Map<number, unknown>()
  years.fromYear = (year: number) => {
    let y = cache.get(year)
    if (!y) {
      y = fromYear(year)
      cache.set(year, y)
    }
    return y
  }
}
