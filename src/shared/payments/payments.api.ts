import { z } from 'zod'
import { call } from '../api/contract'
import { idSchema, isoDateSchema, optText, versionSchema } from '../common/schemas'
import { priceTypes } from '../trips/trip.schema'
import { MAX_FEN, chargeKinds } from './money'
import { paymentMethods } from './payment.types'
import type { CustomerPayment, MoneyPolicy, TripMoney } from './payment.types'

/** Who may give money back: a refund leaves the agency's till, so a manager signs it off. */
export const REFUNDERS = ['admin', 'manager'] as const

const fenSchema = z.number().int('errors.money').min(1, 'errors.money').max(MAX_FEN, 'errors.money')

export const chargeSchema = z
  .object({
    kind: z.enum(chargeKinds),
    label: optText(40),
    amountFen: fenSchema,
  })
  .strict()
  .superRefine((c, ctx) => {
    // a free-form charge says what it is, or the trip sheet shows an unexplained amount
    if (c.kind === 'other' && !c.label)
      ctx.addIssue({ code: 'custom', path: ['label'], message: 'errors.required' })
  })

export const travellerMoneySchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    priceType: z.enum(priceTypes),
    depositFen: z
      .number()
      .int('errors.money')
      .min(0, 'errors.money')
      .max(MAX_FEN, 'errors.money')
      .nullish()
      .transform((v) => v ?? null),
    charges: z.array(chargeSchema).max(20, 'errors.tooMany').default([]),
  })
  .strict()

const entry = {
  participantId: idSchema,
  day: isoDateSchema,
  amountFen: fenSchema,
  method: z.enum(paymentMethods),
}

export const paymentSchema = z.object({ ...entry, receiptNo: optText(40) }).strict()
export const refundSchema = z
  .object({
    ...entry,
    receiptNo: optText(40),
    reason: z.string().trim().min(1, 'errors.required').max(200, 'errors.tooLong'),
  })
  .strict()

export const policySchema = z
  .object({
    infantUnder: z.number().int().min(0).max(18),
    noBedUnder: z.number().int().min(0).max(18),
    childUnder: z.number().int().min(0).max(18),
    version: versionSchema,
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.noBedUnder < p.infantUnder)
      ctx.addIssue({ code: 'custom', path: ['noBedUnder'], message: 'errors.ageOrder' })
    if (p.childUnder < p.noBedUnder)
      ctx.addIssue({ code: 'custom', path: ['childUnder'], message: 'errors.ageOrder' })
  })

export const paymentCalls = {
  /** every traveller's price, charges, deposit, payments and what they still owe; the trip's totals */
  ofTrip: call<TripMoney>()(z.object({ tripId: idSchema }).strict(), 'any'),
  /** a customer's payments and refunds on all trips, newest first (the profile) */
  ofCustomer: call<CustomerPayment[]>()(z.object({ customerId: idSchema }).strict(), 'any'),
  /** price type, deposit and charges of one traveller, as one versioned edit */
  setTraveller: call<{ version: number }>()(travellerMoneySchema, 'any'),
  record: call<{ id: number }>()(paymentSchema, 'any'),
  refund: call<{ id: number }>()(refundSchema, REFUNDERS),
  policy: call<MoneyPolicy>()(z.object({}).strict(), 'any'),
  setPolicy: call<MoneyPolicy>()(policySchema, REFUNDERS),
}
