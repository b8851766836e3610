/**
 * Events main pushes to the renderer. Each has a typed payload; the renderer subscribes with
 * `window.api.on(name, listener)` and gets back an unsubscribe function.
 */
export interface EventMap {
  /** a record changed (by this or another window); screens showing it refetch */
  'data.changed': {
    entity: 'customer' | 'staff' | 'settings' | 'trip' | 'guide' | 'supplier' | 'route' | 'complaint' | 'feedback'
    id?: number
  }
  /** the session ended in main (sign-out, account deactivated) */
  'session.ended': { reason: 'signout' | 'deactivated' }
  /** reminders were created, moved, completed or became due: lists and the badge refetch */
  'reminders.changed': Record<string, never>
  /**
   * a reminder notification was clicked (also from the Action Center or after a cold start): open
   * what it is about; 'home' is the 今日工作台 (the "missed while you were away" digest opens it)
   */
  'reminders.open': { target: 'customer' | 'trip' | 'guide' | 'supplier' | 'reminder' | 'home'; id?: number }
  /** desktop notifications are unsupported or failed: the app shows its own banner instead */
  'reminders.banner': { reason: 'unsupported' | 'failed' }
  /** the office server (PostgreSQL) was lost or is back; on SQLite this never comes */
  'connection.state': { online: boolean }
  /** the desk was cut off and may have missed other desks' changes: every screen re-queries */
  'data.resync': Record<string, never>
  /** rows written so far by the running import of the file behind token */
  'imports.progress': { token: string; done: number; total: number }
  /** rows copied so far of a table by the running move between this PC and the office server */
  'database.progress': { table: string; done: number; total: number }
}

export type EventName = keyof EventMap
export const eventNames: readonly EventName[] = [
  'data.changed',
  'session.ended',
  'reminders.changed',
  'reminders.open',
  'reminders.banner',
  'connection.state',
  'data.resync',
  'imports.progress',
  'database.progress',
]
