import { useState } from 'react'
import { ApiFailure } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { useDirty } from '../components/GuardedDialog'

/**
 * Draft, version, busy and stale state of a guide or supplier dialog. `save` runs the call and
 * turns a failure into form/field messages; after a STALE answer `reload` takes the live `row`
 * (kept fresh by the list's query) so the clerk can review the latest values and save again.
 */
export function useResourceForm<D extends object, R extends { version: number }>(
  row: R | null,
  initial: () => D,
  draftOf: (row: R) => D,
) {
  const errors = useFormErrors()
  const [d, setD] = useState<D>(initial)
  const [version, setVersion] = useState(row?.version ?? 1)
  const [stale, setStale] = useState(false)
  const [busy, setBusy] = useState(false)
  const set = (p: Partial<D>) => setD((prev) => ({ ...prev, ...p }))
  const dirty = useDirty(d)

  const save = async (call: () => Promise<void>) => {
    setBusy(true)
    setStale(false)
    errors.clear()
    try {
      await call()
    } catch (err) {
      errors.show(err)
      setStale(err instanceof ApiFailure && err.error.code === 'STALE')
    } finally {
      setBusy(false)
    }
  }

  const reload = () => {
    if (!row) return
    setD(draftOf(row))
    setVersion(row.version)
    setStale(false)
    errors.clear()
  }

  return { errors, d, set, dirty, version, stale, busy, save, reload }
}
