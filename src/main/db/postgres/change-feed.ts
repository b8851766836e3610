import { randomUUID } from 'node:crypto'
import pg from 'pg'
import type { Change, ChangeFeed, FeedHandlers } from '../change-feed'
import type { PostgresConnection } from './open'

/** One channel for every change; the payload is tiny (desk, entity, id), far below NOTIFY's 8000 bytes. */
export const CHANNEL = 'tourdesk_changes'

/** Back-off between reconnection attempts: quick at first (a blip), then every 10 s (a server down). */
const BACKOFF_MS = [250, 500, 1000, 2000, 5000, 10_000]

interface Wire {
  /** the sending desk: a desk drops its own echoes, which it has already broadcast locally */
  d: string
  e: string
  i?: number
}

function parse(payload: string | undefined): Wire | null {
  try {
    const w = JSON.parse(payload ?? '') as Wire
    if (typeof w.d !== 'string' || typeof w.e !== 'string') return null
    if (w.i !== undefined && !Number.isSafeInteger(w.i)) return null
    return w
  } catch {
    return null
  }
}

/**
 * The office's change feed: writes this desk committed are announced with NOTIFY (through the pool,
 * after the handler's transaction has committed, so nothing uncommitted is ever announced), and a
 * dedicated client LISTENs for the other desks' ones. A pooled client cannot listen: the pool hands
 * it to queries and may close it when idle, and notifications would be lost without anyone knowing.
 * When the listening client dies, the desk reports "offline", reconnects with back-off, LISTENs
 * again and asks every screen to re-query (it may have missed changes meanwhile).
 */
export function postgresChangeFeed(
  c: PostgresConnection,
  pool: pg.Pool,
  backoff: readonly number[] = BACKOFF_MS,
): ChangeFeed {
  const desk = randomUUID()
  let client: pg.Client | null = null
  let handlers: FeedHandlers | null = null
  let stopped = false
  let attempt = 0
  let timer: NodeJS.Timeout | null = null
  let online = true

  function setOnline(v: boolean) {
    if (online === v) return
    online = v
    handlers?.state(v)
  }

  async function connect(): Promise<void> {
    const cl = new pg.Client({
      host: c.host,
      port: c.port,
      database: c.database,
      user: c.user,
      password: c.password,
      ssl: c.ssl ? { rejectUnauthorized: true } : false,
      application_name: 'TourDesk feed',
      connectionTimeoutMillis: 5000,
      // a server that vanished without closing the socket (cable, sleep) is noticed by keep-alive
      keepAlive: true,
    })
    cl.on('notification', (m) => {
      if (m.channel !== CHANNEL) return
      const w = parse(m.payload)
      if (!w || w.d === desk) return
      handlers?.changed({ entity: w.e, ...(w.i !== undefined ? { id: w.i } : {}) })
    })
    cl.on('error', () => lost(cl))
    cl.on('end', () => lost(cl))
    try {
      await cl.connect()
      await cl.query(`LISTEN ${CHANNEL}`)
    } catch (e) {
      cl.removeAllListeners('end')
      await cl.end().catch(() => {})
      throw e
    }
    if (stopped) return void (await cl.end().catch(() => {}))
    client = cl
  }

  function lost(cl: pg.Client) {
    if (client !== cl || stopped) return
    client = null
    setOnline(false)
    retry()
  }

  function retry() {
    const delay = backoff[Math.min(attempt, backoff.length - 1)]
    attempt++
    timer = setTimeout(() => {
      timer = null
      if (stopped) return
      connect().then(
        () => {
          if (stopped) return
          attempt = 0
          setOnline(true)
          handlers?.resync()
        },
        () => retry(),
      )
    }, delay)
    timer.unref()
  }

  return {
    async start(h) {
      handlers = h
      // the store has just been opened, so this rarely fails; if it does, the desk works and retries
      await connect().catch(() => {
        setOnline(false)
        retry()
      })
    },
    publish(change: Change) {
      if (stopped) return
      const wire: Wire = { d: desk, e: change.entity, ...(change.id !== undefined ? { i: change.id } : {}) }
      // a lost server shows up on the listening client too; this announcement is simply not made
      pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(wire)]).catch(() => {})
    },
    suspect() {
      // a call failed for want of the server: say so now rather than when keep-alive notices
      if (!client) return
      client
        .query('SELECT 1')
        .then(() => undefined)
        .catch(() => {
          if (client) lost(client)
        })
    },
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      const cl = client
      client = null
      await cl?.end().catch(() => {})
    },
  }
}
