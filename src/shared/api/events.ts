/**
 * Events main pushes to the renderer. Each has a typed payload; the renderer subscribes with
 * `window.api.on(name, listener)` and gets back an unsubscribe function.
 */
export interface EventMap {
  /** a record changed (by this or another window); screens showing it refetch */
  'data.changed': {
    entity: 'customer' | 'staff' | 'settings' | 'trip' | 'guide' | 'supplier' | 'route' | 'complaint'
    id?: number
  }
  /** the session ended in main (sign-out, account deactivated) */
  'session.ended': { reason: 'signout' | 'deactivated' }
}

export type EventName = keyof EventMap
export const eventNames: readonly EventName[] = ['data.changed', 'session.ended']
