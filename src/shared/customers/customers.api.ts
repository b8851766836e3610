import { z } from 'zod'
import { call } from '../api/contract'
import { idSchema, isoDateSchema, optText, pageSchema, versionSchema } from '../common/schemas'
import type { Page } from '../common/schemas'
import {
  birthSchema,
  communicationSchema,
  customerCreateSchema,
  customerUpdateSchema,
  docKinds,
  documentSchema,
  healthRoles,
  needFilters,
  relationKinds,
  tiers,
} from './customer.schema'
import type { CustomerDeletionCheck } from '../trips/trip-ended'
import type { CommunicationView, CustomerProfile, CustomerRow, DuplicateMatch } from './customer.types'

export const customerSortKeys = ['name', 'updatedAt', 'createdAt', 'tier'] as const
export type CustomerSortKey = (typeof customerSortKeys)[number]

export const customerSearchSchema = z
  .object({
    q: z.string().max(100, 'errors.tooLong').default(''),
    tag: z.string().max(20).nullish(),
    tier: z.enum(tiers).nullish(),
    need: z.enum(needFilters).nullish(),
    birthdayThisMonth: z.boolean().default(false),
    consent: z.enum(['marketing', 'doNotContact']).nullish(),
    sort: z.enum(customerSortKeys).default('updatedAt'),
    dir: z.enum(['asc', 'desc']).default('desc'),
    ...pageSchema.shape,
  })
  .strict()
export type CustomerSearch = z.input<typeof customerSearchSchema>

const byId = z.object({ id: idSchema }).strict()

/** The badges on a customer's profile tabs: each is what that tab lists. */
export interface ProfileCounts {
  documents: number
  family: number
  trips: number
  payments: number
  communications: number
  reminders: number
  complaints: number
  feedback: number
}

export const customerCalls = {
  search: call<Page<CustomerRow>>()(customerSearchSchema, 'any'),
  /** small quick list for pickers (referrer, family member) */
  lookup: call<{ id: number; name: string; mobile: string | null; age: number | null }[]>()(
    z
      .object({ q: z.string().max(100, 'errors.tooLong'), limit: z.number().int().min(1).max(20).default(8) })
      .strict(),
    'any',
  ),
  get: call<CustomerProfile>()(byId, 'any'),
  /** how many entries each list tab of the file holds, for the tab badges: one query */
  counts: call<ProfileCounts>()(byId, 'any'),
  create: call<{ id: number }>()(customerCreateSchema, 'any'),
  update: call<{ version: number }>()(customerUpdateSchema, 'any'),
  remove: call<null>()(byId, ['admin']),
  /** the customer's trips and whether each has ended: the delete confirmation names them */
  deletionCheck: call<CustomerDeletionCheck>()(byId, ['admin']),
  duplicates: call<DuplicateMatch[]>()(
    z
      .object({
        excludeId: idSchema.nullish(),
        mobile: z.string().max(30).nullish(),
        documents: z.array(z.string().max(30)).max(10).default([]),
        /** with birth: the "same name and birth date" rule (a lunar birthday needs its year) */
        name: z.string().trim().max(50, 'errors.tooLong').nullish(),
        birth: birthSchema.nullish(),
      })
      .strict(),
    'any',
  ),
  tags: call<{ tag: string; count: number }[]>()(z.object({}).strict(), 'any'),
  addDocument: call<{ id: number }>()(
    z.object({ customerId: idSchema, document: documentSchema }).strict(),
    'any',
  ),
  updateDocument: call<{ version: number }>()(
    z
      .object({
        id: idSchema,
        version: versionSchema,
        kind: z.enum(docKinds),
        /** omitted: keep the stored number (the editor may only have seen it masked) */
        number: z.string().trim().max(30, 'errors.tooLong').nullish(),
        issueDate: isoDateSchema.nullish(),
        issuePlace: optText(100),
        expiryDate: isoDateSchema.nullish(),
      })
      .strict(),
    'any',
  ),
  removeDocument: call<null>()(byId, 'any'),
  revealDocument: call<{ number: string }>()(byId, ['manager', 'admin']),
  revealHealth: call<{ kind: string; note: string | null }[]>()(byId, healthRoles),
  addRelation: call<{ id: number }>()(
    z.object({ customerId: idSchema, otherId: idSchema, kind: z.enum(relationKinds) }).strict(),
    'any',
  ),
  /**
   * A family member or companion who has no file yet: the file is created with the customer
   * form's own rules and linked in one transaction (field messages come back under `customer.`).
   */
  createAndLink: call<{ id: number; relationId: number }>()(
    z.object({ customerId: idSchema, kind: z.enum(relationKinds), customer: customerCreateSchema }).strict(),
    'any',
  ),
  removeRelation: call<null>()(byId, 'any'),
  /** reminderId: the follow-up reminder made from followUpDate, if one was given */
  logCommunication: call<{ id: number; reminderId: number | null }>()(communicationSchema, 'any'),
  communications: call<Page<CommunicationView>>()(
    z.object({ customerId: idSchema, ...pageSchema.shape }).strict(),
    'any',
  ),
  /** created: the sample customers; trips: the sample trips, one in every status */
  loadSample: call<{ created: number; trips: number }>()(z.object({}).strict(), 'any'),
}
