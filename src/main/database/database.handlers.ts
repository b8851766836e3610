import path from 'node:path'
import type {
  databaseCalls,
  DatabaseStatus,
  ServerFallback,
  ServerInput,
} from '../../shared/database/database.api'
import type { Handlers } from '../api/dispatcher'
import type { Session } from '../api/session'
import type { Ctx } from '../core/context'
import { actor, nowIso } from '../core/context'
import type { DialectName } from '../db/dialect'
import type { PostgresConnection } from '../db/open'
import { DB_FILE } from '../db/open'
import { AppError } from '../../shared/api/envelope'
import { writeAudit } from '../audit/audit.repo'
import { readDatabaseConfig, writeDatabaseConfig } from './database-config'
import type { DatabaseConfig, ServerConfig } from './database-config'
import { copyToLocal, copyToServer, testServer } from './database-service'

type DatabaseHandlers = Handlers<{ database: typeof databaseCalls }>['database']

/** Where this TourDesk runs: given by openApp, so Settings can say which store is live. */
export interface DatabaseEnv {
  dataDir: string
  running: DialectName
  /** the configuration file could not be used at start-up */
  configProblem: boolean
  /** the saved server was unreachable at start-up and this run works on this PC's file instead */
  fallback?: ServerFallback | null
}

/** the renderer shows "restarting" before the window goes */
const RELAUNCH_DELAY_MS = 800

export function databaseHandlers(ctx: Ctx, env: DatabaseEnv): DatabaseHandlers {
  const read = () => readDatabaseConfig(env.dataDir, ctx.effects.secrets)

  const status = (config: DatabaseConfig): DatabaseStatus => ({
    running: env.running,
    chosen: config.kind,
    sqliteFile: path.join(env.dataDir, DB_FILE),
    server: config.server
      ? {
          host: config.server.host,
          port: config.server.port,
          database: config.server.database,
          user: config.server.user,
          ssl: config.server.ssl,
          hasPassword: !!config.server.passwordEnc,
        }
      : null,
    configProblem: env.configProblem,
    canStorePassword: !!ctx.effects.secrets?.available(),
  })

  /** The typed password, or the stored one when the field was left empty (it is never sent back). */
  function passwordFor(input: ServerInput): string {
    if (input.password) return input.password
    const stored = read().config.server?.passwordEnc
    if (!stored || !ctx.effects.secrets) return ''
    try {
      return ctx.effects.secrets.decrypt(stored)
    } catch {
      return ''
    }
  }

  function connectionOf(input: ServerInput): PostgresConnection {
    const { host, port, database, user, ssl } = input
    return { host, port, database, user, ssl, password: passwordFor(input) }
  }

  /** The saved server with its password: what the copies connect to. */
  function savedServer(): PostgresConnection {
    const r = read()
    if (r.config.kind === 'postgres' && r.option.kind === 'postgres') return r.option.connection
    const s = r.config.server
    if (!s) throw new AppError('NOT_FOUND', 'errors.dbNoServer')
    return connectionOf({ ...s, password: undefined })
  }

  const audit = (session: Session, action: string) =>
    writeAudit(ctx.db, {
      at: nowIso(ctx),
      staffId: actor(session).id,
      action,
      entity: 'database',
      entityId: null,
    })

  const progress = (session: Session) => (p: { table: string; done: number; total: number }) =>
    ctx.events.send(session, 'database.progress', p)

  return {
    async status() {
      return status(read().config)
    },
    async save(input, session) {
      const before = read().config
      let config: DatabaseConfig
      if (input.kind === 'sqlite' || !input.server) {
        config = { kind: 'sqlite', server: before.server }
      } else {
        const s = input.server
        let passwordEnc: string | null = before.server?.passwordEnc ?? null
        if (s.password) {
          const secrets = ctx.effects.secrets
          if (!secrets?.available()) throw new AppError('VALIDATION', 'errors.dbNoSafeStorage')
          passwordEnc = secrets.encrypt(s.password)
        }
        const server: ServerConfig = {
          host: s.host,
          port: s.port,
          database: s.database,
          user: s.user,
          ssl: s.ssl,
          passwordEnc,
        }
        config = { kind: 'postgres', server }
      }
      writeDatabaseConfig(env.dataDir, config)
      await audit(session, 'chooseStore')
      return status(config)
    },
    async test(input) {
      return testServer(connectionOf(input))
    },
    async copyToServer(input, session) {
      if (env.running !== 'sqlite') throw new AppError('CONFLICT', 'errors.dbWrongStore')
      const report = await copyToServer(ctx, savedServer(), {
        replace: input.replace,
        onProgress: progress(session),
      })
      await audit(session, 'copyToServer')
      return report
    },
    async copyToLocal(_input, session) {
      if (env.running !== 'postgres') throw new AppError('CONFLICT', 'errors.dbNotOnServer')
      const report = await copyToLocal(ctx, env.dataDir, progress(session))
      await audit(session, 'copyToLocal')
      return report
    },
    async restart() {
      if (!ctx.effects.relaunch) return { restarting: false }
      setTimeout(() => ctx.effects.relaunch?.(), RELAUNCH_DELAY_MS)
      return { restarting: true }
    },
    async fallback() {
      return env.fallback ?? null
    },
    async retryServer() {
      // public (the banner shows before sign-in too), so it only ever restarts a desk that is in this state
      if (!env.fallback) throw new AppError('CONFLICT', 'errors.dbNotInFallback')
      if (!ctx.effects.relaunch) return { restarting: false }
      setTimeout(() => ctx.effects.relaunch?.(), RELAUNCH_DELAY_MS)
      return { restarting: true }
    },
  }
}
