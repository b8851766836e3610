import type { backupCalls } from '../../shared/backups/backups.api'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, nowIso } from '../core/context'
import { AppError } from '../../shared/api/envelope'
import { writeAudit } from '../audit/audit.repo'
import type { BackupService } from './backup-service'

type BackupHandlers = Handlers<{ backups: typeof backupCalls }>['backups']

/** the renderer shows "restarting" before the window goes */
const RELAUNCH_DELAY_MS = 800

/** `service` is null on PostgreSQL: the server's backups are the server's job (README). */
export function backupHandlers(ctx: Ctx, service: BackupService | null): BackupHandlers {
  const need = (): BackupService => {
    if (!service) throw new AppError('NOT_FOUND', 'errors.backupsOnServer')
    return service
  }
  return {
    async status() {
      if (!service) return { store: 'postgres' }
      return {
        store: 'sqlite',
        settings: service.settings(),
        backups: service.list(),
        lastError: service.lastError,
      }
    },
    async saveSettings(input) {
      return need().saveSettings(input)
    },
    async runNow() {
      return need().runNow('manual')
    },
    async drill(input) {
      return need().drill(input.name)
    },
    async restore(input, session) {
      const me = actor(session)
      const result = await need().requestRestore(input.name)
      // written before the restart: the restored database will not have this entry, the copy
      // saved aside (and so the undo) will
      await writeAudit(ctx.db, {
        at: nowIso(ctx),
        staffId: me.id,
        action: 'restore',
        entity: 'backup',
        entityId: null,
        fields: [],
      })
      setTimeout(() => ctx.effects.relaunch?.(), RELAUNCH_DELAY_MS)
      return result
    },
  }
}
