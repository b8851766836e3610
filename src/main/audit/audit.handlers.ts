import type { auditCalls } from '../../shared/audit/audit.api'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { auditPeople, listAudit } from './audit.repo'

export function auditHandlers(ctx: Ctx): Handlers<{ audit: typeof auditCalls }>['audit'] {
  return {
    list: (input) => listAudit(ctx.db, input),
    people: () => auditPeople(ctx.db),
  }
}
