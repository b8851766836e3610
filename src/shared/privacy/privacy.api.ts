import { z } from 'zod'
import { call } from '../api/contract'
import { idSchema } from '../common/schemas'
import { exportLanguages } from '../exports/exports.api'
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from './retention'

/** One part of a person's copy: a titled table, the same for the xlsx sheet and the printed page. */
export interface CopySection {
  key: CopySectionKey
  title: string
  columns: string[]
  rows: string[][]
}

export const copySectionKeys = [
  'file',
  'documents',
  'communications',
  'relations',
  'trips',
  'payments',
  'complaints',
  'feedback',
  'reminders',
] as const
export type CopySectionKey = (typeof copySectionKeys)[number]

export interface PersonCopy {
  customerId: number
  name: string
  /** when it was made (the injected clock), printed on every page */
  madeAt: string
  fullIdNumbers: boolean
  sections: CopySection[]
}

export interface RestrictedFile {
  id: number
  reference: string
  name: string
  lastTripEnd: string
  destroyFrom: string
  restrictedAt: string
  restrictedBy: string | null
}

export type DestructionKind = 'restricted_file' | 'trip_archive'

/** An item whose retention ended, waiting for a manager's approval. */
export interface DueItem {
  kind: DestructionKind
  /** restricted file id or trip id */
  id: number
  reference: string
  /** the person's name or the trip's 团号 and route: shown to the approver, never recorded */
  label: string
  endedOn: string
  destroyFrom: string
}

export interface DestructionRecord {
  id: number
  kind: DestructionKind
  reference: string
  destroyedAt: string
  approvedBy: string | null
}

export interface RetentionSettings {
  years: number
}

const copyInput = z
  .object({
    customerId: idSchema,
    lang: z.enum(exportLanguages).default('zh-CN'),
    /** full identity numbers only for the roles that may reveal them (checked in main, audited) */
    fullIdNumbers: z.boolean().default(false),
  })
  .strict()

const keeperRoles = ['manager', 'admin'] as const

export const privacyCalls = {
  /** a person's copy, to print (the PDF): audited as an export of the customer's data */
  copy: call<PersonCopy>()(copyInput, 'any'),
  /** the same copy as an xlsx, one sheet per kind, handed to the save dialog */
  copyXlsx: call<{ done: boolean; file?: string }>()(copyInput, 'any'),
  retention: call<RetentionSettings>()(z.object({}).strict(), 'any'),
  setRetention: call<RetentionSettings>()(
    z
      .object({
        years: z
          .number({ error: 'errors.retentionYears' })
          .int('errors.retentionYears')
          .min(MIN_RETENTION_YEARS, 'errors.retentionYears')
          .max(MAX_RETENTION_YEARS, 'errors.retentionYears'),
      })
      .strict(),
    keeperRoles,
  ),
  restricted: call<RestrictedFile[]>()(z.object({}).strict(), keeperRoles),
  due: call<DueItem[]>()(z.object({}).strict(), keeperRoles),
  /** destroy one item whose retention ended, in one transaction; refused when it is not due */
  destroy: call<DestructionRecord>()(
    z.object({ kind: z.enum(['restricted_file', 'trip_archive']), id: idSchema }).strict(),
    keeperRoles,
  ),
  records: call<DestructionRecord[]>()(z.object({}).strict(), keeperRoles),
}
