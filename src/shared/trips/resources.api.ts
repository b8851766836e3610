import { z } from 'zod'
import { call } from '../api/contract'
import { idSchema, versionSchema } from '../common/schemas'
import {
  guideEditSchema,
  guideFieldsSchema,
  supplierFieldsSchema,
  supplierKinds,
  tripKinds,
} from './trip.schema'
import type { GuideView, RouteTemplateView, SupplierView, TripRef } from './trip.types'

const byId = z.object({ id: idSchema }).strict()
const listSchema = z
  .object({
    q: z.string().max(100, 'errors.tooLong').default(''),
    includeInactive: z.boolean().default(false),
  })
  .strict()

export const guideCalls = {
  list: call<GuideView[]>()(listSchema, 'any'),
  get: call<GuideView & { trips: TripRef[] }>()(byId, 'any'),
  create: call<{ id: number }>()(guideFieldsSchema.strict(), 'any'),
  update: call<{ version: number }>()(
    guideEditSchema.extend({ id: idSchema, version: versionSchema }).strict(),
    'any',
  ),
  /** the unmasked passport and permit numbers, for those who may see them; every reveal is audited */
  revealDocuments: call<{ passportNo: string | null; permitNo: string | null }>()(byId, ['manager', 'admin']),
}

export const supplierCalls = {
  list: call<SupplierView[]>()(listSchema.extend({ kind: z.enum(supplierKinds).nullish() }).strict(), 'any'),
  get: call<SupplierView & { trips: TripRef[] }>()(byId, 'any'),
  create: call<{ id: number }>()(supplierFieldsSchema.strict(), 'any'),
  update: call<{ version: number }>()(
    supplierFieldsSchema.extend({ id: idSchema, version: versionSchema }).strict(),
    'any',
  ),
}

export const routeCalls = {
  list: call<Omit<RouteTemplateView, 'days'>[]>()(
    z.object({ kind: z.enum(tripKinds).nullish() }).strict(),
    'any',
  ),
  get: call<RouteTemplateView>()(byId, 'any'),
  /** save a trip's itinerary as a reusable route */
  saveFromTrip: call<{ id: number }>()(
    z
      .object({
        tripId: idSchema,
        name: z.string().trim().min(1, 'errors.required').max(100, 'errors.tooLong'),
      })
      .strict(),
    'any',
  ),
  remove: call<null>()(byId, ['admin', 'manager']),
}

export const printCalls = {
  /**
   * Print the page the calling window shows (a print-preview route): through the system print
   * dialog, or saved as an A4 PDF chosen in a save dialog. Answers what happened.
   */
  current: call<{ done: boolean; file?: string }>()(
    z.object({ title: z.string().trim().min(1).max(200), mode: z.enum(['dialog', 'pdf']) }).strict(),
    'any',
  ),
}
