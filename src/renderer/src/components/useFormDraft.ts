import { useEffect, useMemo } from 'react'
import { useSession } from '../app/session'

export interface StoredDraft<T> {
  savedAt: number
  value: T
}

/*
 * A long form keeps what was typed in this PC's storage, per staff member, while it differs from what
 * is saved, so closing the app (or a crash) loses nothing; the next time the same form opens it offers
 * the draft back. Saving or discarding the changes removes it. The database file holds the same data
 * on the same disk, so the draft adds no new exposure; it never leaves this PC.
 */
const storageKeyOf = (staffId: number | undefined, key: string | null) =>
  key && staffId ? `tourdesk.draft.${staffId}.${key}` : null

/** The draft a form left, if any — for a form's first state, before any effect runs. */
export function readDraft<T>(staffId: number | undefined, key: string | null): StoredDraft<T> | null {
  const storageKey = storageKeyOf(staffId, key)
  if (!storageKey) return null
  try {
    const raw = localStorage.getItem(storageKey)
    return raw ? (JSON.parse(raw) as StoredDraft<T>) : null
  } catch {
    return null
  }
}

export function useFormDraft<T>(key: string | null, value: T | null, dirty: boolean) {
  const staffId = useSession().status.staff?.id
  const storageKey = storageKeyOf(staffId, key)

  useEffect(() => {
    if (!storageKey || value === null) return
    if (!dirty) {
      localStorage.removeItem(storageKey)
      return
    }
    // written at once (a few KB): a debounce could lose the last keystrokes to a closing window
    const draft: StoredDraft<T> = { savedAt: Date.now(), value }
    localStorage.setItem(storageKey, JSON.stringify(draft))
  }, [storageKey, value, dirty])

  return useMemo(
    () => ({
      load: (): StoredDraft<T> | null => readDraft<T>(staffId, key),
      clear() {
        if (storageKey) localStorage.removeItem(storageKey)
      },
    }),
    [storageKey, staffId, key],
  )
}
