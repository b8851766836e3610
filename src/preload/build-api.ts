import { contract } from '../shared/api/registry'
import { callNames } from '../shared/api/client-types'
import type { TourDeskApi } from '../shared/api/client-types'
import { eventNames } from '../shared/api/events'
import type { Envelope } from '../shared/api/envelope'

export type Invoke = (channel: string, input: unknown) => Promise<unknown>
export type Subscribe = (listener: (event: string, payload: unknown) => void) => () => void

const transportFailure: Envelope<never> = {
  ok: false,
  error: { code: 'INTERNAL', msg: { key: 'errors.internal' } },
}

/**
 * Builds window.api: one function per call in the contract (nothing else reaches main), plus
 * `on` for the known events. Shared by the Electron preload and the browser test host, which pass
 * their own transports. The raw transport is never exposed, so the page cannot call arbitrary channels.
 */
export function buildApi(invoke: Invoke, subscribe: Subscribe): TourDeskApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<unknown>>> = {}
  for (const channel of callNames(contract)) {
    const [ns, method] = channel.split('.')
    api[ns] ??= {}
    // a broken transport still answers with an envelope: the renderer never has to catch
    api[ns][method] = (input) => invoke(channel, input).catch(() => transportFailure)
  }
  for (const ns of Object.keys(api)) Object.freeze(api[ns])
  const on = (event: string, listener: (payload: unknown) => void): (() => void) => {
    if (!(eventNames as readonly string[]).includes(event)) throw new Error(`Unknown event: ${String(event)}`)
    if (typeof listener !== 'function') throw new TypeError('listener must be a function')
    let active = true
    const unsubscribe = subscribe((name, payload) => {
      if (active && name === event) listener(payload)
    })
    return () => {
      if (!active) return
      active = false
      unsubscribe()
    }
  }
  return Object.freeze({ ...api, on }) as unknown as TourDeskApi
}
