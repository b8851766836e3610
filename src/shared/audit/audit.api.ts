import { z } from 'zod'
import { call } from '../api/contract'
import { idSchema, pageSchema } from '../common/schemas'
import type { Page } from '../common/schemas'

export const auditEntities = [
  'customer',
  'document',
  'staff',
  'settings',
  'session',
  'trip',
  'participant',
  'guide',
  'supplier',
  'route',
  'booking',
] as const

export interface AuditEntry {
  id: number
  at: string
  staff: { id: number; name: string } | null
  action: string
  entity: string
  entityId: number | null
  fields: string[]
}

export const auditCalls = {
  list: call<Page<AuditEntry>>()(
    z
      .object({
        entity: z.enum(auditEntities).nullish(),
        entityId: idSchema.nullish(),
        action: z.string().max(40).nullish(),
        ...pageSchema.shape,
      })
      .strict(),
    ['manager', 'admin'],
  ),
}
