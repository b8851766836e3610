import type { Found } from './sources'

const MAX = 8
const key = (staffId: number) => `tourdesk.recent.${staffId}`

/** What this staff member opened last through the finder, newest first; kept on this PC only. */
export function loadRecents(staffId: number): Found[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(key(staffId)) ?? '[]')
    return Array.isArray(raw) ? (raw as Found[]).filter((f) => f && typeof f.path === 'string') : []
  } catch {
    return []
  }
}

export function rememberRecent(staffId: number, item: Found): void {
  const rest = loadRecents(staffId).filter((f) => f.path !== item.path)
  localStorage.setItem(key(staffId), JSON.stringify([item, ...rest].slice(0, MAX)))
}

/** A file merged away or deleted is dropped from every colleague's recents kept on this PC. */
export function forgetRecentPath(path: string): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const k = localStorage.key(i)
    if (!k?.startsWith('tourdesk.recent.')) continue
    const id = Number(k.slice('tourdesk.recent.'.length))
    const kept = loadRecents(id).filter((f) => f.path !== path)
    localStorage.setItem(k, JSON.stringify(kept))
  }
}
