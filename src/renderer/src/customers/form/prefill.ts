/**
 * A search that found nobody becomes the start of the new file: digits go to the mobile, anything
 * else to the name (what was typed, trimmed). Passed as navigation state, never through storage.
 */
export interface NewCustomerPrefill {
  name?: string
  mobile?: string
}

export function prefillFromSearch(q: string): NewCustomerPrefill {
  const s = q.trim()
  if (!s) return {}
  if (/^\+?[\d\s-]{3,}$/.test(s)) return { mobile: s.replace(/[\s-]/g, '') }
  return { name: s.slice(0, 50) }
}

export function prefillOf(state: unknown): NewCustomerPrefill | null {
  const p = (state as { prefill?: NewCustomerPrefill } | null)?.prefill
  return p && (typeof p.name === 'string' || typeof p.mobile === 'string') ? p : null
}
