/**
 * The one instant every browser test lives at: 10:00 in Beijing on 2026-11-25, the same instant as
 * the integration harness. The host's main process and the page's `Date` are both pinned to it, so
 * dates the specs compute and texts they expect (「D2 12月16日」) hold on any day the suite runs.
 */
export const FIXED_NOW = '2026-11-25T02:00:00.000Z'

/** The office's calendar day of FIXED_NOW (Asia/Shanghai). */
const TODAY = { y: 2026, m: 11, d: 25 }

/**
 * YYYY-MM-DD, `n` days from the fixed "today" in the office's calendar. Computed on UTC date parts
 * so the answer does not depend on the time zone of the process running the tests.
 */
export function inDays(n: number): string {
  return new Date(Date.UTC(TODAY.y, TODAY.m - 1, TODAY.d + n)).toISOString().slice(0, 10)
}

/** The instant `n` days after FIXED_NOW (negative: before), as an ISO string. */
export function instantInDays(n: number): string {
  return new Date(Date.parse(FIXED_NOW) + n * 86_400_000).toISOString()
}
