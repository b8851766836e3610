/** Why the database could not be opened safely; whatever it was, the data was left untouched. */
export class StartupError extends Error {
  constructor(
    // newer: the server's schema was upgraded by a newer TourDesk; this one must not write to it
    readonly kind: 'open' | 'integrity' | 'migration' | 'newer',
    readonly file: string,
    readonly backup: string | null,
    detail: string,
    /** the driver's error code (e.g. ECONNREFUSED, 28P01) when the office server refused or was out of reach */
    readonly code: string | null = null,
  ) {
    super(`${kind}: ${detail}`)
    this.name = 'StartupError'
  }
}
