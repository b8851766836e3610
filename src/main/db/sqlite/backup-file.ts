import fs from 'node:fs'
import Database from 'better-sqlite3'

/*
 * The SQLite half of backups: copies taken with SQLite's online backup API (never a file copy of a
 * live database: a copy taken mid-write, or without the WAL, can be torn), and the check each copy
 * gets after writing.
 */

/**
 * Copies the live database page by page from a connection of its own, which sees every committed
 * transaction (WAL) and lets the app's connection keep writing meanwhile: a write during the copy
 * makes SQLite restart it, so the copy is always one consistent moment.
 */
export async function onlineBackup(liveFile: string, dest: string): Promise<void> {
  const source = new Database(liveFile, { readonly: true, fileMustExist: true })
  try {
    await source.backup(dest)
  } finally {
    source.close()
  }
}

export type BackupCounts = Record<'customers' | 'trips' | 'participants' | 'reminders' | 'complaints', number>

const counted: [keyof BackupCounts, string][] = [
  ['customers', 'customers'],
  ['trips', 'trips'],
  ['participants', 'trip_participants'],
  ['reminders', 'reminders'],
  ['complaints', 'complaints'],
]

/**
 * Opens a backup read-only and checks it: the full integrity check (every page, every index) and a
 * count of the main tables. Never throws: a damaged file is a finding, reported in `problem`.
 */
export function checkBackupFile(file: string): {
  ok: boolean
  problem: string | null
  counts: BackupCounts | null
} {
  let db: Database.Database | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
    const result = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[]
    const messages = result.map((r) => r.integrity_check)
    if (messages.length !== 1 || messages[0] !== 'ok') {
      return { ok: false, problem: messages.slice(0, 5).join('; '), counts: null }
    }
    const counts = {} as BackupCounts
    for (const [key, table] of counted) {
      const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table)
      counts[key] = exists ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0
    }
    return { ok: true, problem: null, counts }
  } catch (e) {
    return { ok: false, problem: e instanceof Error ? e.message : String(e), counts: null }
  } finally {
    db?.close()
  }
}

/**
 * Puts a checked backup in place of the database while no connection is open (at start-up, before
 * the store opens): the WAL and shared-memory files of the replaced database go with it, or SQLite
 * would replay the old WAL onto the restored file.
 */
export function replaceDatabaseFile(backup: string, liveFile: string): void {
  const tmp = `${liveFile}.restoring`
  fs.copyFileSync(backup, tmp)
  for (const suffix of ['-wal', '-shm']) fs.rmSync(liveFile + suffix, { force: true })
  fs.renameSync(tmp, liveFile)
}
