import { z } from 'zod'
import { call } from '../api/contract'
import { idSchema, isoDateSchema, pageSchema, versionSchema } from '../common/schemas'
import type { Page } from '../common/schemas'
import {
  closeSchema,
  complaintCauses,
  complaintFieldsSchema,
  policySchema,
  remedySchema,
  setStatusSchema,
} from './complaint.schema'
import { complaintStatuses } from './status'
import type {
  ComplaintDetail,
  ComplaintPolicy,
  ComplaintRow,
  ComplaintSummary,
  ParetoRow,
} from './complaint.types'
import { addEvidenceSchema } from './evidence'
import { changeGuideSchema } from './trip-change'
import type { EvidenceFile, EvidenceView } from './evidence'

const byId = z.object({ id: idSchema }).strict()
const MANAGERS = ['admin', 'manager'] as const

export const complaintListSchema = z
  .object({
    statuses: z.array(z.enum(complaintStatuses)).max(complaintStatuses.length).default([]),
    /** the written-reply deadline: still open and past due, due within 2 days, or met late */
    due: z.enum(['overdue', 'due_soon', 'missed']).nullish(),
    cause: z.enum(complaintCauses).nullish(),
    guideId: idSchema.nullish(),
    supplierId: idSchema.nullish(),
    tripId: idSchema.nullish(),
    /** received from … to (agency calendar days, inclusive) */
    from: isoDateSchema.nullish(),
    to: isoDateSchema.nullish(),
    /** case number, a complainant's name, or the trip's 团号 / route (the Ctrl+K finder) */
    q: z.string().max(100, 'errors.tooLong').nullish(),
    ...pageSchema.shape,
  })
  .strict()

/** Whose complaints to sum up: a customer's (as complainant), a trip's, a guide's, a supplier's. */
export const summarySchema = z
  .object({ of: z.enum(['customer', 'trip', 'guide', 'supplier']), id: idSchema })
  .strict()

export const complaintCalls = {
  list: call<Page<ComplaintRow>>()(complaintListSchema, 'any'),
  get: call<ComplaintDetail>()(byId, 'any'),
  create: call<{ id: number; caseNo: string }>()(
    complaintFieldsSchema
      .extend({
        /** a case closed too long ago to reopen continues here */
        followUpOfId: idSchema.nullish().transform((v) => v ?? null),
      })
      .strict(),
    'any',
  ),
  update: call<{ version: number }>()(
    complaintFieldsSchema.extend({ id: idSchema, version: versionSchema }).strict(),
    'any',
  ),
  setStatus: call<{ version: number }>()(setStatusSchema, 'any'),
  close: call<{ version: number }>()(closeSchema, MANAGERS),
  addRemedy: call<{ id: number }>()(remedySchema, 'any'),
  decideRemedy: call<{ version: number }>()(
    z.object({ id: idSchema, version: versionSchema, approve: z.boolean() }).strict(),
    MANAGERS,
  ),
  setRemedyAccepted: call<{ version: number }>()(
    z.object({ id: idSchema, version: versionSchema, accepted: z.boolean().nullable() }).strict(),
    'any',
  ),
  summary: call<ComplaintSummary>()(summarySchema, 'any'),
  pareto: call<{ total: number; rows: ParetoRow[] }>()(
    z.object({ from: isoDateSchema, to: isoDateSchema }).strict(),
    'any',
  ),
  policy: call<ComplaintPolicy>()(z.object({}).strict(), 'any'),
  updatePolicy: call<ComplaintPolicy>()(policySchema, ['admin']),
  addEvidence: call<{ id: number }>()(addEvidenceSchema, 'any'),
  evidence: call<EvidenceView[]>()(z.object({ complaintId: idSchema }).strict(), 'any'),
  evidenceFile: call<EvidenceFile>()(byId, 'any'),
  /** evidence is part of the record the bureau may ask for: only a manager takes it out (audited) */
  removeEvidence: call<null>()(byId, MANAGERS),
  /** "change guide" carried out from the case: one assignment's guide swapped, recorded on trip and case */
  changeGuide: call<null>()(changeGuideSchema, 'any'),
}
