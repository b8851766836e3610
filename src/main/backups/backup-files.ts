import fs from 'node:fs'
import path from 'node:path'
import type { BackupInfo, BackupReason, BackupSettings } from '../../shared/backups/backups.api'
import { backupReasons, backupSettingsSchema } from '../../shared/backups/backups.api'
import { defaultRotation } from '../../shared/backups/rotation'

/** Backups of this desk's database: `<user-data>/backups`, named by their UTC instant and reason. */
export const BACKUP_DIR = 'backups'
const SETTINGS_FILE = 'backup-settings.json'
/** a restore waiting for the next start: the backup's name */
export const PENDING_RESTORE = 'restore-pending.json'

const NAME = /^tourdesk-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+)\.sqlite$/

export function backupName(at: Date, reason: BackupReason): string {
  const s = at.toISOString().replace(/[-:.]/g, '')
  return `tourdesk-${s}-${reason}.sqlite`
}

export function parseBackupName(name: string): { at: Date; reason: BackupReason } | null {
  const m = NAME.exec(name)
  if (!m || !(backupReasons as readonly string[]).includes(m[8])) return null
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`)
  return Number.isNaN(at.getTime()) ? null : { at, reason: m[8] as BackupReason }
}

/** The check made right after writing, kept beside the backup so the list can show it. */
interface Meta {
  verified: boolean
}

const metaFile = (file: string) => `${file}.json`

export function writeMeta(file: string, meta: Meta): void {
  fs.writeFileSync(metaFile(file), JSON.stringify(meta))
}

export function listBackups(dir: string): (BackupInfo & { file: string; when: Date })[] {
  if (!fs.existsSync(dir)) return []
  const out: (BackupInfo & { file: string; when: Date })[] = []
  for (const name of fs.readdirSync(dir)) {
    const parsed = parseBackupName(name)
    if (!parsed) continue
    const file = path.join(dir, name)
    let verified = false
    try {
      verified = (JSON.parse(fs.readFileSync(metaFile(file), 'utf8')) as Meta).verified === true
    } catch {
      // no meta: written by a TourDesk that stopped before checking it
    }
    out.push({
      name,
      file,
      when: parsed.at,
      at: parsed.at.toISOString(),
      reason: parsed.reason,
      size: fs.statSync(file).size,
      verified,
    })
  }
  return out.sort((a, b) => b.when.getTime() - a.when.getTime())
}

export function removeBackup(file: string): void {
  fs.rmSync(file, { force: true })
  fs.rmSync(metaFile(file), { force: true })
}

export const defaultBackupSettings: BackupSettings = { ...defaultRotation, everyHours: 4, secondFolder: null }

/**
 * Kept in a file beside the database rather than in it: a restore must not bring back an older
 * rotation or forget the second folder, and the settings belong to this PC, not to the data.
 */
export function loadBackupSettings(dataDir: string): BackupSettings {
  try {
    const raw = JSON.parse(fs.readFileSync(path.join(dataDir, SETTINGS_FILE), 'utf8')) as unknown
    const parsed = backupSettingsSchema.safeParse(raw)
    if (parsed.success) return parsed.data
  } catch {
    // none saved yet, or unreadable: the defaults
  }
  return { ...defaultBackupSettings }
}

export function saveBackupSettings(dataDir: string, s: BackupSettings): void {
  fs.writeFileSync(path.join(dataDir, SETTINGS_FILE), JSON.stringify(s, null, 2))
}
