import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../src/shared/common/dates'
import { harness } from '../integration/harness'
import type { Harness } from '../integration/harness'
import { ID_X, createCustomer, dbFingerprint, withCheck } from '../integration/fixtures'

/*
 * The one ID-card rule that needs the clock runs in main against its injected clock, on the
 * agency's calendar: at 00:30 in Beijing on 25 November, a card holder born on the 25th exists and
 * one born on any later day does not, for every call that stores an ID card. A refused call
 * changes nothing.
 */
const NOW = '2026-11-24T16:30:00.000Z'
const TODAY = '2026-11-25'
const RUNS = Number(process.env.FUZZ_RUNS ?? 25)

let h: Harness
let customerId: number
let docId: number
beforeAll(async () => {
  h = await harness({ now: NOW })
  customerId = await createCustomer(h, { name: '持证人' })
  docId = (await h.must('customers.addDocument', { customerId, document: { kind: 'id_card', number: ID_X } })).id
})
afterAll(async () => {
  await h.close()
})

/** An ID card number (valid check digit) of someone born `day`, with any area and sequence. */
const idBorn = (day: string) =>
  fc
    .tuple(fc.integer({ min: 110000, max: 659999 }), fc.integer({ min: 0, max: 999 }))
    .map(([area, seq]) => withCheck(`${area}${day.replace(/-/g, '')}${String(seq).padStart(3, '0')}`))

const afterToday = fc.integer({ min: 1, max: 40_000 }).chain((n) => idBorn(addDays(TODAY, n)))

describe('ID card holders born after the agency’s today', () => {
  it('are refused by customers.create, addDocument and updateDocument, leaving the database as it was', async () => {
    await fc.assert(
      fc.asyncProperty(afterToday, async (number) => {
        const before = await dbFingerprint(h.app.db)
        const refused = (field: string) => ({
          ok: false,
          error: { code: 'VALIDATION', fields: { [field]: { key: 'errors.idCard.birthdate' } } },
        })
        expect(
          await h.call('customers.create', { name: '未生', documents: [{ kind: 'id_card', number }] }),
        ).toMatchObject(refused('documents.0.number'))
        expect(
          await h.call('customers.addDocument', { customerId, document: { kind: 'id_card', number } }),
        ).toMatchObject(refused('document.number'))
        expect(
          await h.call('customers.updateDocument', { id: docId, version: 1, kind: 'id_card', number }),
        ).toMatchObject(refused('number'))
        expect(await dbFingerprint(h.app.db)).toBe(before)
      }),
      { numRuns: RUNS },
    )
  })

  it('while one born on the agency’s today (still yesterday in UTC) is accepted', async () => {
    await fc.assert(
      fc.asyncProperty(idBorn(TODAY), async (number) => {
        const r = await h.call('customers.addDocument', { customerId, document: { kind: 'id_card', number } })
        expect(r.ok).toBe(true)
      }),
      { numRuns: 5 },
    )
  })
})
