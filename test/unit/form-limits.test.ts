import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { maxLengthOf } from '../../src/shared/common/max-length'
import { isoDateSchema } from '../../src/shared/common/schemas'
import { zodFields } from '../../src/shared/api/zod-fields'
import { customerCreateSchema } from '../../src/shared/customers/customer.schema'
import {
  tripFieldsSchema,
  guideFieldsSchema,
  itemSchema,
  participantFieldsSchema,
} from '../../src/shared/trips/trip.schema'
import { tripCalls } from '../../src/shared/trips/trips.api'
import { documentSchema } from '../../src/shared/customers/customer.schema'
import {
  closeSchema,
  complainantSchema,
  remedySchema,
  setStatusSchema,
} from '../../src/shared/complaints/complaint.schema'
import { routeCalls } from '../../src/shared/trips/resources.api'
import { buildSummary, cleanLabel, hasNewField } from '../../src/renderer/src/components/errorSummary'

describe('maxLengthOf reads the limit main enforces from the shared schema', () => {
  it('finds plain, optional, transformed and nested text fields of the customer schema', () => {
    expect(maxLengthOf(customerCreateSchema, 'name')).toBe(50)
    expect(maxLengthOf(customerCreateSchema, 'pinyinName')).toBe(80)
    expect(maxLengthOf(customerCreateSchema, 'notes')).toBe(2000)
    expect(maxLengthOf(customerCreateSchema, 'mobile')).toBe(30)
    expect(maxLengthOf(customerCreateSchema, 'email')).toBe(100)
    expect(maxLengthOf(customerCreateSchema, 'preferences.allergies')).toBe(200)
    expect(maxLengthOf(customerCreateSchema, 'documents.0.number')).toBe(30)
    expect(maxLengthOf(customerCreateSchema, 'documents.3.issuePlace')).toBe(100)
    expect(maxLengthOf(customerCreateSchema, 'emergencyContacts.0.relation')).toBe(20)
    expect(maxLengthOf(customerCreateSchema, 'tags.0')).toBe(20)
  })

  it('answers the trip and guide limits the forms put on their inputs', () => {
    expect(maxLengthOf(tripFieldsSchema, 'routeName')).toBe(100)
    expect(maxLengthOf(tripFieldsSchema, 'code')).toBe(40)
    expect(maxLengthOf(tripFieldsSchema, 'meetingPoint')).toBe(200)
    expect(maxLengthOf(tripFieldsSchema, 'notes')).toBeGreaterThan(0)
    expect(maxLengthOf(guideFieldsSchema, 'name')).toBe(50)
  })

  it('answers the limits of the dialogs: itinerary item, traveller, booking, document, remedy, closing', () => {
    expect(maxLengthOf(itemSchema, 'title')).toBe(200)
    expect(maxLengthOf(itemSchema, 'shopName')).toBe(100)
    expect(maxLengthOf(itemSchema, 'notes')).toBe(1000)
    expect(maxLengthOf(participantFieldsSchema, 'contractNo')).toBe(40)
    expect(maxLengthOf(participantFieldsSchema, 'notes')).toBe(500)
    expect(maxLengthOf(tripCalls.addBooking.input, 'confirmationNo')).toBe(60)
    expect(maxLengthOf(documentSchema, 'number')).toBe(30)
    expect(maxLengthOf(documentSchema, 'issuePlace')).toBe(100)
    expect(maxLengthOf(remedySchema, 'notes')).toBeGreaterThan(0)
    expect(maxLengthOf(remedySchema, 'overrideReason')).toBeGreaterThan(0)
    expect(maxLengthOf(closeSchema, 'lessons')).toBeGreaterThan(0)
    expect(maxLengthOf(setStatusSchema, 'note')).toBe(500)
    expect(maxLengthOf(complainantSchema, 'name')).toBe(50)
    expect(maxLengthOf(routeCalls.saveFromTrip.input, 'name')).toBe(100)
  })

  it('has no limit for what is not limited text: numbers, choices, unknown paths', () => {
    expect(maxLengthOf(customerCreateSchema, 'gender')).toBeUndefined()
    expect(maxLengthOf(customerCreateSchema, 'tags')).toBeUndefined()
    expect(maxLengthOf(customerCreateSchema, 'nope')).toBeUndefined()
    expect(maxLengthOf(customerCreateSchema, 'documents.x.number')).toBeUndefined()
    expect(maxLengthOf(tripFieldsSchema, 'minSize')).toBeUndefined()
    expect(maxLengthOf(z.string(), '')).toBeUndefined()
  })

  it('takes the largest limit of a union', () => {
    const s = z.union([z.string().max(5), z.string().max(12)]).nullish()
    expect(maxLengthOf(s, '')).toBe(12)
  })

  it('a name cut at the limit passes, one character more is refused: the limit is the real one', () => {
    const max = maxLengthOf(customerCreateSchema, 'name')!
    const base = { name: '张'.repeat(max) }
    expect(customerCreateSchema.safeParse(base).success).toBe(true)
    expect(customerCreateSchema.safeParse({ name: '张'.repeat(max + 1) }).success).toBe(false)
  })
})

describe('an empty required date', () => {
  it('says it is required; a malformed one says it is not a date', () => {
    const check = (v: string) => {
      const r = z.object({ departDate: isoDateSchema }).safeParse({ departDate: v })
      return r.success ? null : zodFields(r.error).departDate.key
    }
    expect(check('')).toBe('errors.required')
    expect(check('2026-02-30')).toBe('errors.date')
    expect(check('2026-03-01')).toBeNull()
  })
})

describe('the error summary', () => {
  const fields = { notes: '太长', name: '必填', 'documents.0.number': '校验位不正确', _: '整体错误' }
  const labels: Record<string, string> = { name: '姓名', notes: '备注', 'documents.0.number': '证件号码' }

  it('lists the fields in screen order first (linked, labelled), then the ones not on screen', () => {
    const items = buildSummary(fields, ['name', 'documents.0.number', 'notes'], (p) => labels[p] ?? null)
    expect(items.map((i) => i.path)).toEqual(['name', 'documents.0.number', 'notes', '_'])
    expect(items[0]).toEqual({ path: 'name', message: '必填', label: '姓名' })
    expect(items[3]).toEqual({ path: '_', message: '整体错误', label: null })
  })

  it('ignores screen fields that have no message', () => {
    const items = buildSummary({ notes: 'x' }, ['name', 'notes'], () => 'L')
    expect(items).toEqual([{ path: 'notes', message: 'x', label: 'L' }])
  })

  it('moves focus only for a new refusal, not while the clerk clears messages one by one', () => {
    expect(hasNewField({}, { name: 'x' })).toBe(true)
    expect(hasNewField({ name: 'x', notes: 'y' }, { notes: 'y' })).toBe(false)
    expect(hasNewField({ name: 'x' }, { name: 'x', notes: 'y' })).toBe(true)
    expect(hasNewField({ name: 'x' }, {})).toBe(false)
  })

  it('shows labels without the required asterisk', () => {
    expect(cleanLabel('姓名 *')).toBe('姓名')
    expect(cleanLabel('Name\u2009*')).toBe('Name')
    expect(cleanLabel('  ')).toBeNull()
    expect(cleanLabel(null)).toBeNull()
  })
})
