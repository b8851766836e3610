import type { EventMap, EventName } from '../../shared/api/events'
import type { Session } from './session'

type Listener = <E extends EventName>(event: E, payload: EventMap[E]) => void
/** 'remote': relayed from another desk (its own desk already did the follow-up work, e.g. reminders) */
export type Origin = 'local' | 'remote'
type Observer = <E extends EventName>(event: E, payload: EventMap[E], origin: Origin) => void

/**
 * Main → renderer push. Transports (Electron webContents, the test host's event stream) subscribe
 * per session; an event either goes to every session or to one.
 */
export class EventBus {
  private listeners = new Map<Session, Set<Listener>>()
  private observers = new Set<Observer>()

  /** main-internal observers of every broadcast (not tied to a window) */
  observe(listener: Observer): () => void {
    this.observers.add(listener)
    return () => this.observers.delete(listener)
  }

  subscribe(session: Session, listener: Listener): () => void {
    let set = this.listeners.get(session)
    if (!set) this.listeners.set(session, (set = new Set()))
    set.add(listener)
    return () => {
      set.delete(listener)
      if (set.size === 0) this.listeners.delete(session)
    }
  }

  broadcast<E extends EventName>(event: E, payload: EventMap[E], origin: Origin = 'local'): void {
    for (const o of this.observers) o(event, payload, origin)
    for (const set of this.listeners.values()) for (const l of set) l(event, payload)
  }

  send<E extends EventName>(session: Session, event: E, payload: EventMap[E]): void {
    for (const l of this.listeners.get(session) ?? []) l(event, payload)
  }
}
