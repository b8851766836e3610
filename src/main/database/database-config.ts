import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { DatabaseOption } from '../db/open'
import type { Secrets } from '../effects'

/** Beside tourdesk.sqlite in the user-data folder; read by main at start-up, before any store opens. */
export const CONFIG_FILE = 'database.json'

export interface ServerConfig {
  host: string
  port: number
  database: string
  user: string
  ssl: boolean
  /** the password as Electron safeStorage encrypted it (base64); never the plain text */
  passwordEnc: string | null
}

export interface DatabaseConfig {
  kind: 'sqlite' | 'postgres'
  /** kept when switching back to "This PC", so the admin need not type it again */
  server: ServerConfig | null
}

export const DEFAULT_CONFIG: DatabaseConfig = { kind: 'sqlite', server: null }

const fileSchema = z.object({
  version: z.literal(1),
  kind: z.enum(['sqlite', 'postgres']),
  server: z
    .object({
      host: z.string().min(1),
      port: z.number().int().min(1).max(65535),
      database: z.string().min(1),
      user: z.string().min(1),
      ssl: z.boolean(),
      passwordEnc: z.string().nullable(),
    })
    .nullable(),
})

export interface ReadConfig {
  config: DatabaseConfig
  /** the store to open now */
  option: DatabaseOption
  /** why the file could not be used (TourDesk then starts on this PC's file); null when fine or absent */
  problem: string | null
}

/**
 * Reads the choice made in Settings → 数据库. Never throws: a missing file is "This PC"; a damaged
 * file, or a password that cannot be decrypted (another Windows account, a reinstalled PC), starts
 * on this PC's file with `problem` set, so the desk still opens and the admin can choose again.
 */
export function readDatabaseConfig(dataDir: string, secrets: Secrets | undefined): ReadConfig {
  const file = path.join(dataDir, CONFIG_FILE)
  const local: DatabaseOption = { kind: 'sqlite' }
  let raw: string
  try {
    raw = fs.readFileSync(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      return { config: DEFAULT_CONFIG, option: local, problem: null }
    return { config: DEFAULT_CONFIG, option: local, problem: `${file}: ${String(e)}` }
  }
  let parsed: z.infer<typeof fileSchema>
  try {
    parsed = fileSchema.parse(JSON.parse(raw))
  } catch (e) {
    return {
      config: DEFAULT_CONFIG,
      option: local,
      problem: `${file}: ${e instanceof Error ? e.message : String(e)}`,
    }
  }
  const config: DatabaseConfig = { kind: parsed.kind, server: parsed.server }
  if (config.kind === 'sqlite') return { config, option: local, problem: null }
  if (!config.server) return { config, option: local, problem: `${file}: no server` }
  let password = ''
  try {
    if (config.server.passwordEnc) {
      if (!secrets) throw new Error('no safeStorage')
      password = secrets.decrypt(config.server.passwordEnc)
    }
  } catch (e) {
    return { config, option: local, problem: `${file}: password: ${String(e)}` }
  }
  const { host, port, database, user, ssl } = config.server
  return {
    config,
    option: { kind: 'postgres', connection: { host, port, database, user, ssl, password } },
    problem: null,
  }
}

/** Written to a temporary file and renamed over the old one, so a crash never leaves half a file. */
export function writeDatabaseConfig(dataDir: string, config: DatabaseConfig): void {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, CONFIG_FILE)
  const tmp = `${file}.tmp`
  fs.writeFileSync(tmp, JSON.stringify({ version: 1, ...config }, null, 2), { mode: 0o600 })
  fs.renameSync(tmp, file)
}
