/** Why the database could not be opened safely; whatever it was, the data was left untouched. */
export class StartupError extends Error {
  constructor(
    // newer: the server's schema was upgraded by a newer TourDesk; this one must not write to it
    readonly kind: 'open' | 'integrity' | 'migration' | 'newer',
    readonly file: string,
    readonly backup: string | null,
    detail: string,
  ) {
    super(`${kind}: ${detail}`)
    this.name = 'StartupError'
  }
}
