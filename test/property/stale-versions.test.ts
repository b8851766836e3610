import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Session } from '../../src/main/app'
import { harness } from '../integration/harness'
import type { Harness } from '../integration/harness'
import { ID_X, createCustomer, dbFingerprint } from '../integration/fixtures'
import { tripFixtures, validSamples } from './payload-samples'
import { csvBytes, openAndMap } from '../integration/import-fixtures'

/*
 * Every call that saves a form carries the version the form was loaded at. Whatever version a
 * window sends that is not the stored one, the save answers STALE (or VALIDATION when it is not a
 * version at all) and the database stays exactly as it was: no field, no audit entry, no bump.
 */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 40)

let h: Harness
let baseline: string
let samples: Record<string, Record<string, unknown>>
const asAdmin = (): Session => ({ staff: { ...h.admin.staff! } })

beforeAll(async () => {
  h = await harness()
  const customer = await createCustomer(h, {
    name: '王建国',
    mobile: '13812345678',
    documents: [{ kind: 'id_card', number: ID_X }],
  })
  const other = await createCustomer(h, { name: '李秀英' })
  const relation = (
    await h.must('customers.addRelation', { customerId: customer, otherId: other, kind: 'parent' })
  ).id
  const document = (await h.must('customers.get', { id: customer })).documents[0].id
  const staff = (
    await h.must('staff.create', { name: '前台', login: 'fd', role: 'frontdesk', password: 'password-1' })
  ).id
  const trip = await tripFixtures(h, customer, other)
  samples = validSamples({ customer, other, document, relation, staff, ...trip })
  // import 1 (the samples' id), at version 1
  const { where } = await openAndMap(h, 'a.csv', csvBytes([['姓名'], ['赵敏']], 'utf-8'))
  expect((await h.must('imports.run', { ...where, decisions: {} })).id).toBe(1)
  // a task too; the engine settles before the baseline
  await h.must('reminders.createTask', { assigneeId: staff, due: '2026-12-04', note: '回电话' })
  await h.must('reminders.counts', {})
  await h.app.reminders.idle()
  // reminder 1 (the samples' id) is open at version 1: the fixtures' complaint has a reply due
  expect(
    await h.app.db
      .selectFrom('reminders')
      .select(['version', 'status'])
      .where('id', '=', 1)
      .executeTakeFirst(),
  ).toEqual({ version: 1, status: 'open' })
  baseline = await dbFingerprint(h.app.db)
})
afterAll(async () => {
  await h.close()
})

const versioned = () => Object.keys(samples).filter((ch) => typeof samples[ch].version === 'number')

describe('a save at any version but the stored one changes nothing', () => {
  it('covers every versioned save, the agency settings included', () => {
    expect(versioned().sort()).toEqual(
      [
        'customers.update',
        'customers.updateDocument',
        'guides.update',
        'reminders.complete',
        'reminders.dismiss',
        'reminders.snooze',
        'reminders.updateSettings',
        'settings.update',
        'staff.setActive',
        'staff.update',
        'suppliers.update',
        'trips.moveItem',
        'trips.setDayTitle',
        'trips.setStatus',
        'trips.update',
        'trips.updateBooking',
        'trips.updateItem',
        'trips.updateParticipant',
        'complaints.update',
        'complaints.setStatus',
        'complaints.close',
        'complaints.decideRemedy',
        'complaints.setRemedyAccepted',
        'complaints.updatePolicy',
        'imports.undo',
        'feedback.enter',
        'feedback.saveRule',
        'payments.setPolicy',
        'payments.setTraveller',
        'trips.setVisa',
        'rooms.update',
        'rooms.remove',
        'rooms.move',
      ].sort(),
    )
  })

  it('answers STALE for a version that is not the stored one, VALIDATION for a non-version', async () => {
    const channels = versioned()
    const version = fc.oneof(
      // nothing in the fixture has been saved this often: every one of these is someone else's save
      fc.integer({ min: 1000, max: 2 ** 31 - 1 }).map((v) => ({ v, expected: 'STALE' })),
      fc.integer({ min: -(2 ** 31), max: 0 }).map((v) => ({ v, expected: 'VALIDATION' })),
      fc.double({ min: 1.01, max: 1e6, noInteger: true }).map((v) => ({ v, expected: 'VALIDATION' })),
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), version, async (channel, { v, expected }) => {
        // a day title's version 0 means "the day had no title": a version, and a wrong one here
        const want = channel === 'trips.setDayTitle' && v === 0 ? 'STALE' : expected
        const r = await h.app.dispatch(channel, { ...samples[channel], version: v }, asAdmin())
        expect(r.ok ? 'ok' : r.error.code, `${channel} at version ${v}`).toBe(want)
        expect(await dbFingerprint(h.app.db), `${channel} at version ${v}`).toBe(baseline)
      }),
      { numRuns: NUM_RUNS * 4 },
    )
  })
})
