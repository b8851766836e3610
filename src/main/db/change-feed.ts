/** A committed write, as other desks need to hear of it: which record (or, without id, many). */
export interface Change {
  entity: string
  id?: number
}

export interface FeedHandlers {
  /** another desk committed this change */
  changed(c: Change): void
  /** the server was lost (false) or is reachable again (true) */
  state(online: boolean): void
  /** listening again after a loss: changes may have been missed, everything on screen re-queries */
  resync(): void
}

/**
 * How desks sharing one database hear of each other's writes. Only the office server has one
 * (LISTEN/NOTIFY); on SQLite the database belongs to this desk and the in-process bus is enough.
 */
export interface ChangeFeed {
  start(h: FeedHandlers): Promise<void>
  /** announce a change this desk committed */
  publish(c: Change): void
  /** a call just failed for want of the server: check the connection now */
  suspect(): void
  stop(): Promise<void>
}
