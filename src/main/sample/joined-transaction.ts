import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import type { Db } from '../db/open'
import type { Ctx } from '../core/context'
import { EventBus } from '../api/events'

/**
 * A context for services called from inside an open transaction: their own `transaction()` (and
 * `connection()`) join it instead of refusing (Kysely does not nest), so the writes of several
 * calls commit or roll back together. Their events go to a bus nobody listens to: a listener
 * reading the database before the commit would see nothing; the caller announces the result once
 * it has committed.
 */
export function joinedCtx(ctx: Ctx, trx: Transaction<DB>): Ctx {
  const join = { execute: <T>(fn: (t: Transaction<DB>) => Promise<T>) => fn(trx) }
  const builder = { ...join, setIsolationLevel: () => builder }
  const db = new Proxy(trx, {
    get(target, key) {
      if (key === 'transaction') return () => builder
      if (key === 'connection') return () => join
      const value: unknown = Reflect.get(target, key, target)
      // Kysely keeps its state in private fields: its methods must run on the real object
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    },
  }) as unknown as Db
  return { ...ctx, db, events: new EventBus() }
}
