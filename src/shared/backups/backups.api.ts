import { z } from 'zod'
import { call } from '../api/contract'

export const backupReasons = ['startup', 'timer', 'exit', 'manual', 'before-restore'] as const
export type BackupReason = (typeof backupReasons)[number]

export interface BackupSettings {
  keepDays: number
  keepMonths: number
  /** hours between backups while TourDesk runs */
  everyHours: number
  /** a second copy of every backup (a USB drive, a network share); null: none */
  secondFolder: string | null
}

export interface BackupInfo {
  name: string
  at: string
  reason: BackupReason
  size: number
  /** opened read-only after writing, integrity checked, rows counted */
  verified: boolean
}

/** What a restore drill found: the counts a person can compare with what they know. */
export interface DrillReport {
  name: string
  ok: boolean
  /** the integrity check's complaint or the error opening it: what is wrong with a damaged backup */
  problem: string | null
  counts: Record<'customers' | 'trips' | 'participants' | 'reminders' | 'complaints', number> | null
}

export type BackupStatus =
  | { store: 'postgres' }
  | {
      store: 'sqlite'
      settings: BackupSettings
      backups: BackupInfo[]
      /** the last automatic backup's failure, shown until one succeeds */
      lastError: string | null
    }

const folderSchema = z
  .string()
  .trim()
  .max(260, 'errors.tooLong')
  .nullish()
  .transform((v) => v || null)

export const backupSettingsSchema = z
  .object({
    keepDays: z.number().int().min(1).max(60),
    keepMonths: z.number().int().min(0).max(36),
    everyHours: z.number().int().min(1).max(24),
    secondFolder: folderSchema,
  })
  .strict()

const backupName = z
  .string()
  .max(120, 'errors.tooLong')
  .regex(/^tourdesk-\d{8}T\d{9}Z-[a-z-]+\.sqlite$/, 'errors.invalidValue')

/** Backups are the administrator's: they hold everyone's data and a restore replaces it all. */
export const backupCalls = {
  status: call<BackupStatus>()(z.object({}).strict(), ['admin']),
  saveSettings: call<BackupSettings>()(backupSettingsSchema, ['admin']),
  runNow: call<BackupInfo>()(z.object({}).strict(), ['admin']),
  /** restores the backup named (the screen names the newest) into a temporary folder and opens it; nothing live changes */
  drill: call<DrillReport>()(z.object({ name: backupName }).strict(), ['admin']),
  /**
   * Replaces the database with a backup at the next start (TourDesk restarts at once): the current
   * database is first saved aside as a 'before-restore' backup, so the restore can be undone.
   */
  restore: call<{ aside: string }>()(z.object({ name: backupName }).strict(), ['admin']),
}
