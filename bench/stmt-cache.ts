import Database from 'better-sqlite3'

/**
 * Experiment only (--stmt-cache): what a prepared-statement cache in db/open.ts would give. Kysely's SQLite
 * driver calls prepare() for every query, and preparing a statement costs about as much as running a small
 * one. This patches better-sqlite3 in this process so that prepare() returns the statement already prepared
 * for the same SQL on the same connection. The product code does not do this (yet); the default run does
 * not patch anything.
 */
export function simulateStatementCache(): void {
  const proto = Database.prototype as unknown as { prepare(this: object, source: string): unknown }
  const prepare = proto.prepare
  const caches = new WeakMap<object, Map<string, unknown>>()
  proto.prepare = function (source: string) {
    let cache = caches.get(this)
    if (!cache) caches.set(this, (cache = new Map()))
    let stmt = cache.get(source)
    if (!stmt) {
      stmt = prepare.call(this, source)
      cache.set(source, stmt)
    }
    return stmt
  }
}
