import { createHash } from 'node:crypto'
import type pg from 'pg'
import type { PostgresPool, PostgresPoolClient } from 'kysely'

/*
 * Reads as named (server-side prepared) statements. A desk asks the same few dozen SELECTs all day
 * (search as the clerk types, a file, a trip); unnamed, PostgreSQL parses, analyses and rewrites
 * each one every time — about a third of a small search's time at 100,000 customers. Named per
 * connection, by a hash of the text, each is parsed once per connection and then only bound and run.
 *
 * Only SELECT/WITH: writes vary in shape (multi-row inserts) and are not the hot path. A connection
 * keeps at most MAX_NAMED of them, so a shape that varies (an IN list of n ids) cannot grow the
 * server's memory without bound; past that the text runs unnamed, as before.
 *
 * A prepared SELECT can outlive the schema it was planned for: when another desk's newer TourDesk
 * migrates the server, PostgreSQL answers "cached plan must not change result type" (0A000). Outside
 * a transaction the statement is dropped and the query run again, once; inside one (which that error
 * aborted) the error goes up as any other, and the connection is closed on release instead of
 * returning to the pool with its stale statements.
 */
export const MAX_NAMED = 400

/**
 * Put before a SELECT that must be planned for its values every time (a generic plan would be wrong
 * for some of them): the text no longer starts with SELECT/WITH, so it is sent unnamed.
 */
export const PLAN_PER_VALUE = '/* planned per value */ '

const READ = /^\s*(select|with)\b/i
const STALE_PLAN = '0A000'

interface Tracked {
  named: Map<string, string>
  inTransaction: boolean
  stale: boolean
}

export function statementName(text: string): string {
  return `td_${createHash('sha1').update(text).digest('base64url').slice(0, 24)}`
}

function isStalePlan(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === STALE_PLAN
}

function wrap(client: pg.PoolClient, t: Tracked): PostgresPoolClient {
  const run = (text: string, values: unknown[]) => {
    if (!READ.test(text)) {
      const verb = text.trimStart().slice(0, 8).toLowerCase()
      if (verb.startsWith('begin') || verb.startsWith('start')) t.inTransaction = true
      else if (verb.startsWith('commit') || verb.startsWith('rollback')) t.inTransaction = false
      return client.query(text, values)
    }
    let name = t.named.get(text)
    if (!name && t.named.size < MAX_NAMED) {
      name = statementName(text)
      t.named.set(text, name)
    }
    return name ? client.query({ name, text, values }) : client.query(text, values)
  }
  return {
    query: ((textOrCursor: unknown, values?: readonly unknown[]) => {
      if (typeof textOrCursor !== 'string') return client.query(textOrCursor as never)
      const text = textOrCursor
      const params = [...(values ?? [])]
      return run(text, params).catch(async (e: unknown) => {
        const name = t.named.get(text)
        if (!name || !isStalePlan(e)) throw e
        t.named.delete(text)
        if (t.inTransaction) {
          t.stale = true
          throw e
        }
        await client.query(`DEALLOCATE ${name}`).catch(() => undefined)
        forget(client, name)
        return client.query(text, params)
      })
    }) as unknown as PostgresPoolClient['query'],
    release: (destroy?: boolean) => client.release(destroy || t.stale ? true : undefined),
  }
}

/** pg remembers which names it has parsed on a connection; a dropped statement must be parsed again */
function forget(client: pg.PoolClient, name: string): void {
  const parsed = (client as unknown as { connection?: { parsedStatements?: Record<string, string> } })
    .connection?.parsedStatements
  if (parsed) delete parsed[name]
}

/** The pool Kysely uses: the same connections, with reads prepared once per connection. */
export function withNamedReads(pool: pg.Pool): PostgresPool {
  const tracked = new WeakMap<pg.PoolClient, Tracked>()
  return {
    async connect() {
      const client = await pool.connect()
      let t = tracked.get(client)
      if (!t || t.stale) {
        t = { named: new Map(), inTransaction: false, stale: false }
        tracked.set(client, t)
      }
      t.inTransaction = false
      return wrap(client, t)
    },
    end: () => pool.end(),
  }
}
