import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { AppError } from '../../shared/api/envelope'
import type { BackupInfo, BackupReason, BackupSettings, DrillReport } from '../../shared/backups/backups.api'
import { backupsToKeep } from '../../shared/backups/rotation'
import { checkBackupFile, onlineBackup, replaceDatabaseFile } from '../db/sqlite/backup-file'
import {
  BACKUP_DIR,
  PENDING_RESTORE,
  backupName,
  listBackups,
  loadBackupSettings,
  removeBackup,
  saveBackupSettings,
  writeMeta,
} from './backup-files'

/** Injected so tests drive the timer themselves; the shell passes the real ones. */
export interface Timers {
  setInterval(fn: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
}

/**
 * How often the timer looks at the clock. Node timers stop while a PC sleeps, so one long timer
 * would miss backups; a short look compares the clock with the last backup instead.
 */
const TICK_MS = 60_000
const HOUR_MS = 3_600_000

/**
 * Automatic backups of this desk's SQLite database: at start-up, every few hours while running
 * and at exit; each checked after writing; rotated; copied to a second folder when the admin set
 * one. Restores go through the next start (applyPendingRestore) — the live connection is never
 * swapped under running services.
 */
export class BackupService {
  readonly dir: string
  lastError: string | null = null
  private queue: Promise<unknown> = Promise.resolve()
  private timer: unknown = null
  private started = false
  private lastAt: number | null = null

  constructor(
    private readonly o: {
      dataDir: string
      liveFile: string
      clock: () => Date
      timers?: Timers
      log?: (e: unknown) => void
      /** the agency's retention period: no backup is kept longer (destroyed data must not outlive it) */
      retentionYears?: () => Promise<number>
    },
  ) {
    this.dir = path.join(o.dataDir, BACKUP_DIR)
  }

  settings(): BackupSettings {
    return loadBackupSettings(this.o.dataDir)
  }

  saveSettings(s: BackupSettings): BackupSettings {
    if (s.secondFolder) checkWritableFolder(s.secondFolder)
    saveBackupSettings(this.o.dataDir, s)
    return this.settings()
  }

  list(): BackupInfo[] {
    return listBackups(this.dir).map(({ name, at, reason, size, verified }) => ({
      name,
      at,
      reason,
      size,
      verified,
    }))
  }

  /** One backup at a time: a timer backup and a manual one never write at once. */
  runNow(reason: BackupReason): Promise<BackupInfo> {
    const run = this.queue.then(() => this.write(reason))
    this.queue = run.catch(() => {})
    return run
  }

  private async write(reason: BackupReason): Promise<BackupInfo> {
    fs.mkdirSync(this.dir, { recursive: true })
    let at = this.o.clock()
    // two backups in the same millisecond (a restore's copy right after another): never overwrite one
    while (fs.existsSync(path.join(this.dir, backupName(at, reason)))) at = new Date(at.getTime() + 1)
    const name = backupName(at, reason)
    const file = path.join(this.dir, name)
    const partial = `${file}.partial`
    await onlineBackup(this.o.liveFile, partial)
    const check = checkBackupFile(partial)
    // a copy that fails its check is kept out of the list (and so out of any restore)
    if (!check.ok) {
      fs.rmSync(partial, { force: true })
      throw new Error(`backup failed its check: ${check.problem}`)
    }
    fs.renameSync(partial, file)
    writeMeta(file, { verified: true })
    this.lastAt = at.getTime()
    const settings = this.settings()
    const years = this.o.retentionYears ? await this.o.retentionYears() : undefined
    if (settings.secondFolder) {
      // a finished, checked backup is a closed file: copying it is safe (unlike the live database)
      fs.mkdirSync(settings.secondFolder, { recursive: true })
      const copy = path.join(settings.secondFolder, name)
      fs.copyFileSync(file, copy)
      writeMeta(copy, { verified: checkBackupFile(copy).ok })
      this.rotate(settings.secondFolder, settings, years)
    }
    this.rotate(this.dir, settings, years)
    return { name, at: at.toISOString(), reason, size: fs.statSync(file).size, verified: true }
  }

  /**
   * Rotation by the settings. A copy taken before a restore is kept for keepDays days whatever
   * else was taken since, so the restore can be undone. Nothing older than the retention period is
   * kept, whatever the monthly setting says.
   */
  rotate(dir: string, s: BackupSettings = this.settings(), retentionYears?: number): void {
    const now = this.o.clock()
    const all = listBackups(dir).map((b) => ({ ...b, at: b.when }))
    const regular = all.filter((b) => b.reason !== 'before-restore')
    const keep = backupsToKeep(regular, now, s, retentionYears)
    for (const b of regular) if (!keep.has(b)) removeBackup(b.file)
    for (const b of all) {
      if (b.reason === 'before-restore' && now.getTime() - b.when.getTime() > s.keepDays * 24 * HOUR_MS) {
        removeBackup(b.file)
      }
    }
  }

  /** Start-up backup, then the timer. */
  async start(): Promise<void> {
    this.started = true
    await this.automatic('startup')
    this.timer = this.o.timers?.setInterval(() => void this.tick(), TICK_MS) ?? null
  }

  /** A backup when the set number of hours has passed since the last one (by the clock). */
  async tick(): Promise<void> {
    const every = this.settings().everyHours * HOUR_MS
    if (this.lastAt !== null && this.o.clock().getTime() - this.lastAt < every) return
    await this.automatic('timer')
  }

  /** At exit: the timer stops and a last backup is taken (only where start() ran). */
  async stop(): Promise<void> {
    if (this.timer !== null) this.o.timers?.clearInterval(this.timer)
    this.timer = null
    if (this.started) await this.automatic('exit')
    this.started = false
  }

  private async automatic(reason: BackupReason): Promise<void> {
    try {
      await this.runNow(reason)
      this.lastError = null
    } catch (e) {
      this.lastError = e instanceof Error ? e.message : String(e)
      ;(this.o.log ?? console.error)(e)
    }
  }

  /**
   * Restores a backup (the newest by default) into a temporary folder, opens and checks it there,
   * and reports its counts. The live database and the backups are only read.
   */
  drill(name?: string | null): DrillReport {
    const all = listBackups(this.dir)
    const b = name ? all.find((x) => x.name === name) : all[0]
    if (!b) throw new AppError('NOT_FOUND', 'errors.noBackup')
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-drill-'))
    try {
      const copy = path.join(tmp, 'tourdesk.sqlite')
      fs.copyFileSync(b.file, copy)
      const check = checkBackupFile(copy)
      return { name: b.name, ...check }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true })
    }
  }

  /**
   * Asks for a restore at the next start. The backup is checked first (a damaged one is refused),
   * then the current database is saved aside as a backup of its own, so the restore can be undone
   * by restoring that one.
   */
  async requestRestore(name: string): Promise<{ aside: string }> {
    const b = listBackups(this.dir).find((x) => x.name === name)
    if (!b) throw new AppError('NOT_FOUND', 'errors.noBackup')
    if (!checkBackupFile(b.file).ok) throw new AppError('VALIDATION', 'errors.backupDamaged')
    const aside = await this.runNow('before-restore')
    fs.writeFileSync(path.join(this.o.dataDir, PENDING_RESTORE), JSON.stringify({ name }))
    return { aside: aside.name }
  }
}

function checkWritableFolder(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true })
    const probe = path.join(dir, `.tourdesk-probe-${process.pid}`)
    fs.writeFileSync(probe, '')
    fs.rmSync(probe)
  } catch {
    throw new AppError('VALIDATION', 'errors.validation', undefined, {
      secondFolder: { key: 'errors.folderNotWritable' },
    })
  }
}

/**
 * At start-up, before the database opens: a restore asked for in the last run puts the backup in
 * place. The backup is checked again (it may have been damaged since); a damaged one is not
 * restored and the database stays as it was. Returns what was restored.
 */
export function applyPendingRestore(dataDir: string, liveFile: string): string | null {
  const marker = path.join(dataDir, PENDING_RESTORE)
  if (!fs.existsSync(marker)) return null
  let name: string | null = null
  try {
    name = (JSON.parse(fs.readFileSync(marker, 'utf8')) as { name?: string }).name ?? null
  } catch {
    name = null
  }
  fs.rmSync(marker, { force: true })
  if (!name || path.basename(name) !== name) return null
  const file = path.join(dataDir, BACKUP_DIR, name)
  if (!fs.existsSync(file) || !checkBackupFile(file).ok) return null
  replaceDatabaseFile(file, liveFile)
  return name
}
