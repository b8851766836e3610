import type { ApiContract } from '../shared/api/registry'
import type { Handlers } from './api/dispatcher'
import type { Ctx } from './core/context'
import { authHandlers } from './auth/auth.handlers'
import { customerHandlers } from './customers/customers.handlers'
import { staffHandlers } from './staff/staff.handlers'
import { settingsHandlers } from './settings/settings.handlers'
import { auditHandlers } from './audit/audit.handlers'
import { tripFeatureHandlers } from './trips'
import { complaintHandlers } from './complaints'
import { reminderHandlers } from './reminders/reminders.handlers'
import { feedbackHandlers } from './feedback'
import type { ReminderEngine } from './reminders/engine'
import { exportHandlers } from './exports/exports.handlers'
import { backupHandlers } from './backups/backups.handlers'
import type { BackupService } from './backups/backup-service'
import { paymentHandlers } from './payments/payments.handlers'
import { importHandlers } from './imports/imports.handlers'
import { duplicateHandlers } from './duplicates/duplicates.handlers'
import { roomHandlers } from './rooms/rooms.handlers'
import { privacyHandlers } from './privacy/privacy.handlers'
import { databaseHandlers } from './database/database.handlers'
import type { DatabaseEnv } from './database/database.handlers'

/** The one handler map: Electron IPC and the browser test host both serve exactly this. */
export function buildHandlers(
  ctx: Ctx,
  reminders: ReminderEngine,
  backups: BackupService | null = null,
  database: DatabaseEnv = { dataDir: '', running: 'sqlite', configProblem: false },
): Handlers<ApiContract> {
  return {
    auth: authHandlers(ctx),
    customers: customerHandlers(ctx),
    staff: staffHandlers(ctx),
    settings: settingsHandlers(ctx),
    audit: auditHandlers(ctx),
    ...tripFeatureHandlers(ctx),
    complaints: complaintHandlers(ctx),
    reminders: reminderHandlers(ctx, reminders),
    exports: exportHandlers(ctx),
    backups: backupHandlers(ctx, backups),
    payments: paymentHandlers(ctx),
    imports: importHandlers(ctx),
    feedback: feedbackHandlers(ctx),
    duplicates: duplicateHandlers(ctx),
    rooms: roomHandlers(ctx),
    privacy: privacyHandlers(ctx),
    database: databaseHandlers(ctx, database),
  }
}
