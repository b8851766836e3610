import { useCallback, useEffect, useRef, useState } from 'react'
import type { Envelope } from '../../../shared/api/envelope'
import type { EventMap } from '../../../shared/api/events'
import { api, ApiFailure } from './client'

export interface Query<T> {
  data: T | undefined
  error: ApiFailure | null
  loading: boolean
  reload: () => void
}

/**
 * Runs a call when its inputs change and again when main says the data changed. Out-of-order
 * answers (fast typing) are dropped: only the latest request may set the state. The previous
 * data stays on screen while the next answer is on its way, so lists do not flicker.
 */
export function useQuery<T>(
  fn: () => Promise<Envelope<T>>,
  deps: unknown[],
  refreshOn: EventMap['data.changed']['entity'][] = [],
): Query<T> {
  const [state, setState] = useState<{ data?: T; error: ApiFailure | null; key: string | null }>({
    error: null,
    key: null,
  })
  const seq = useRef(0)
  const [tick, setTick] = useState(0)
  const reload = useCallback(() => setTick((t) => t + 1), [])
  const key = JSON.stringify([deps, tick])

  useEffect(() => {
    const mine = ++seq.current
    fn().then(
      (r) => {
        if (mine !== seq.current) return
        setState((s) =>
          r.ok ? { data: r.value, error: null, key } : { ...s, error: new ApiFailure(r.error), key },
        )
      },
      () => mine === seq.current && setState((s) => ({ ...s, key })),
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const entities = refreshOn.join(',')
  useEffect(() => {
    if (!entities) return
    const wanted = entities.split(',')
    return api.on('data.changed', (p) => {
      if (wanted.includes(p.entity)) reload()
    })
  }, [entities, reload])

  // back from a lost office server: other desks' changes may have been missed meanwhile
  useEffect(() => api.on('data.resync', reload), [reload])

  return { data: state.data, error: state.error, loading: state.key !== key, reload }
}
