import { z } from 'zod'
import { call } from '../api/contract'
import { forComplaint } from '../complaints/trip-change'
import { idSchema, isoDateSchema, optText, pageSchema, versionSchema } from '../common/schemas'
import type { Page } from '../common/schemas'
import {
  bookingStatuses,
  guideRoles,
  itemSchema,
  participantFieldsSchema,
  refineTrip,
  tripFieldsSchema,
  tripKinds,
  tripStatuses,
} from './trip.schema'
import type { CheckWarning, TripDetail, TripRef, TripRow } from './trip.types'
import { visaSchema } from './visa'
import { FULL_LIST_ROLES } from './traveller-list'
import type { FullTraveller } from './traveller-list'

const byId = z.object({ id: idSchema }).strict()

export const tripCreateSchema = tripFieldsSchema
  .extend({ fromRouteId: idSchema.nullish().transform((v) => v ?? null) })
  .strict()
  .superRefine(refineTrip)

export const tripUpdateSchema = tripFieldsSchema
  .extend({
    id: idSchema,
    version: versionSchema,
    /** the user agreed to drop itinerary days beyond the new return date */
    dropDays: z.boolean().default(false),
  })
  .strict()
  .superRefine(refineTrip)

export const tripSearchSchema = z
  .object({
    q: z.string().max(100, 'errors.tooLong').default(''),
    statuses: z.array(z.enum(tripStatuses)).max(tripStatuses.length).default([]),
    kind: z.enum(tripKinds).nullish(),
    guideId: idSchema.nullish(),
    from: isoDateSchema.nullish(),
    to: isoDateSchema.nullish(),
    sort: z.enum(['departDate', 'code', 'status']).default('departDate'),
    dir: z.enum(['asc', 'desc']).default('desc'),
    ...pageSchema.shape,
  })
  .strict()

export const tripCalls = {
  search: call<Page<TripRow>>()(tripSearchSchema, 'any'),
  /** departures and returns in a date range, for the month calendar */
  calendar: call<TripRow[]>()(z.object({ from: isoDateSchema, to: isoDateSchema }).strict(), 'any'),
  get: call<TripDetail>()(byId, 'any'),
  checks: call<CheckWarning[]>()(byId, 'any'),
  /** what the agency's pattern would give for a departure date */
  suggestCode: call<{ code: string }>()(z.object({ departDate: isoDateSchema }).strict(), 'any'),
  create: call<{ id: number }>()(tripCreateSchema, 'any'),
  update: call<{ version: number }>()(tripUpdateSchema, 'any'),
  /** confirmAnyway: why the trip is confirmed although the guardrails list problems (kept in its history) */
  setStatus: call<{ version: number }>()(
    z
      .object({
        id: idSchema,
        version: versionSchema,
        status: z.enum(tripStatuses),
        confirmAnyway: optText(200),
      })
      .strict(),
    'any',
  ),
  remove: call<null>()(byId, ['admin']),

  /** version: the titleVersion the clerk saw (0 when the day had no title) */
  setDayTitle: call<{ version: number }>()(
    z
      .object({
        tripId: idSchema,
        dayNo: z.number().int().min(1).max(91),
        version: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        title: optText(100),
        ...forComplaint,
      })
      .strict(),
    'any',
  ),
  addItem: call<{ id: number }>()(
    z
      .object({ tripId: idSchema, dayNo: z.number().int().min(1).max(91), item: itemSchema, ...forComplaint })
      .strict(),
    'any',
  ),
  updateItem: call<{ version: number }>()(
    z.object({ id: idSchema, version: versionSchema, item: itemSchema, ...forComplaint }).strict(),
    'any',
  ),
  removeItem: call<null>()(z.object({ id: idSchema, ...forComplaint }).strict(), 'any'),
  /** put an item at a day and position (drag and drop, keyboard moves); others shift.
   * version: the moved item's, as the clerk saw it */
  moveItem: call<{ version: number }>()(
    z
      .object({
        id: idSchema,
        version: versionSchema,
        dayNo: z.number().int().min(1).max(91),
        position: z.number().int().min(0).max(500),
        ...forComplaint,
      })
      .strict(),
    'any',
  ),
  copyItem: call<{ id: number }>()(
    z.object({ id: idSchema, dayNo: z.number().int().min(1).max(91), ...forComplaint }).strict(),
    'any',
  ),

  addParticipants: call<{ ids: number[] }>()(
    z
      .object({
        tripId: idSchema,
        customerIds: z.array(idSchema).min(1, 'errors.required').max(100, 'errors.tooMany'),
      })
      .strict(),
    'any',
  ),
  updateParticipant: call<{ version: number }>()(
    participantFieldsSchema.extend({ id: idSchema, version: versionSchema }).strict(),
    'any',
  ),
  removeParticipant: call<null>()(byId, 'any'),
  /** the traveller list with document numbers unmasked, for printing; audited with the count */
  travellerList: call<FullTraveller[]>()(byId, FULL_LIST_ROLES),
  /** a traveller's visa for an outbound trip (status, type, number, validity) */
  setVisa: call<{ version: number }>()(visaSchema, 'any'),

  assignGuide: call<{ id: number }>()(
    z.object({ tripId: idSchema, guideId: idSchema, role: z.enum(guideRoles) }).strict(),
    'any',
  ),
  unassignGuide: call<null>()(byId, 'any'),
  addBooking: call<{ id: number }>()(
    z
      .object({
        tripId: idSchema,
        supplierId: idSchema,
        dayNo: z.number().int().min(1).max(91).nullish(),
        itemId: idSchema.nullish(),
        status: z.enum(bookingStatuses).default('requested'),
        confirmationNo: optText(60),
        notes: optText(500),
      })
      .strict(),
    'any',
  ),
  updateBooking: call<{ version: number }>()(
    z
      .object({
        id: idSchema,
        version: versionSchema,
        status: z.enum(bookingStatuses),
        confirmationNo: optText(60),
        notes: optText(500),
      })
      .strict(),
    'any',
  ),
  removeBooking: call<null>()(byId, 'any'),

  /** trips a customer joined, newest first (travel history on the profile) */
  ofCustomer: call<TripRef[]>()(z.object({ customerId: idSchema }).strict(), 'any'),
}
