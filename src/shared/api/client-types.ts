import type { Envelope } from './envelope'
import type { CallDef, InputOf, ResultOf } from './contract'
import type { EventMap, EventName } from './events'
import type { contract } from './registry'

type Nested = typeof contract

/** What the preload exposes as `window.api`: one function per call, plus event subscription. */
export type TourDeskApi = {
  [NS in keyof Nested]: {
    [M in keyof Nested[NS]]: Nested[NS][M] extends CallDef
      ? (input: InputOf<Nested[NS][M]>) => Promise<Envelope<ResultOf<Nested[NS][M]>>>
      : never
  }
} & {
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void
}

/** All channel names, "namespace.method". */
export function callNames(c: Record<string, Record<string, unknown>>): string[] {
  return Object.entries(c).flatMap(([ns, calls]) => Object.keys(calls).map((m) => `${ns}.${m}`))
}
