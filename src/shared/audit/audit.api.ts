import { z } from 'zod'
import { call } from '../api/contract'
import { idSchema, isoDateSchema, pageSchema } from '../common/schemas'
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
  'complaint',
  'complaintPolicy',
  'audit',
] as const

/** Where an entry's record opens, when it still exists and has a screen of its own. */
export interface AuditLink {
  entity: 'customer' | 'trip' | 'guide' | 'supplier' | 'complaint' | 'staff'
  id: number
}

/**
 * The record an entry is about, named as people know it (团号, the customer's name) — looked up when
 * the log is read, never stored in it, so a deleted customer's name is not kept by the log.
 */
export interface AuditRecord {
  label: string
  link: AuditLink | null
}

export interface AuditEntry {
  id: number
  at: string
  staff: { id: number; name: string } | null
  action: string
  entity: string
  entityId: number | null
  fields: string[]
  /** null when the record no longer exists (deleted) or the entry is not about one record */
  record: AuditRecord | null
}

/** The screen's filters: the list pages them, the inspection export (exports.audit) writes them all. */
export const auditFilterShape = {
  entity: z.enum(auditEntities).nullish(),
  entityId: idSchema.nullish(),
  action: z.string().max(40).nullish(),
  staffId: idSchema.nullish(),
  from: isoDateSchema.nullish(),
  to: isoDateSchema.nullish(),
}

export const datesInOrder = (f: { from?: string | null; to?: string | null }) =>
  !f.from || !f.to || f.from <= f.to

export const auditCalls = {
  list: call<Page<AuditEntry>>()(
    z
      .object({ ...auditFilterShape, ...pageSchema.shape })
      .strict()
      .refine(datesInOrder, { message: 'errors.dateOrder', path: ['to'] }),
    ['manager', 'admin'],
  ),
  /** everyone who can appear in the log (deactivated staff too), for the "who" filter */
  people: call<{ id: number; name: string; active: boolean }[]>()(z.object({}).strict(), [
    'manager',
    'admin',
  ]),
}
