import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TripArchive } from '../../src/shared/feedback/archive.types'
import type { SheetEntry, TripFeedback } from '../../src/shared/feedback/feedback.types'
import type { Scores } from '../../src/shared/feedback/scoring'
import { harness } from './harness'
import type { Harness } from './harness'
import { ID_X, auditRows, dbFingerprint } from './fixtures'
import { feedbackWorld, issue, key, uniform } from './feedback-fixtures'
import { customer } from './trips-fixtures'

/* The trip's archive print-out (团队档案) read in one call. Harness today: 2026-11-25 10:00 Beijing. */
let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

const archive = (tripId: number, s?: Parameters<Harness['must']>[2]) =>
  h.must<TripArchive>('feedback.archive', { tripId }, s)

describe('the trip archive', () => {
  it('holds the cover, masked participants, only the entered sheets with their answers, the tab’s scores and each complaint file', async () => {
    const w = await feedbackWorld(h, 2)
    const withId = await customer(h, '欧阳娜娜', { documents: [{ kind: 'id_card', number: ID_X }] })
    await h.must('trips.addParticipants', { tripId: w.trip, customerIds: [withId] })
    const batch = await issue(h, w.trip)
    const first = await h.must<SheetEntry>('feedback.get', { id: batch.sheets[0].id })
    const answers = uniform(first, 0, 9)
    answers.meals = null
    answers.forced_shopping = 1
    await key(h, first.id, answers, undefined, '司机开得很稳')
    await key(h, batch.sheets[2].id, uniform(first, 2, 3))
    const c = await h.must<{ id: number; caseNo: string }>('complaints.create', {
      channel: 'counter',
      tripId: w.trip,
      whatHappened: '导游强迫购物',
      cause: 'shopping',
      complainants: [{ customerId: w.customers[0] }],
    })
    const fd = await h.signedIn('frontdesk')
    const before = (await auditRows(h.app.db)).length

    const a = await archive(w.trip, fd)
    expect(a.trip.code).toBe(w.code)
    expect(a.agency.agencyName).toBeTruthy()
    expect(a.operators).toEqual([{ name: '昆明地接社', licenceNo: 'L-YN-001' }])
    expect(a.trip.participants.map((p) => p.customer.name)).toEqual(['游客01', '游客02', '欧阳娜娜'])
    // identity numbers only masked: the whole number is nowhere in what the print-out receives
    expect(a.trip.participants[2].customer.documents[0].numberMasked).toMatch(/^\d{3}\*+\w{4}$/)
    expect(JSON.stringify(a)).not.toContain(ID_X)
    expect(a.rate).toMatchObject({ participants: 3, entered: 2 })

    // only the keyed sheets (the second traveller's is still blank paper), in number order
    expect(a.sheets.map((s) => [s.code, s.name])).toEqual([
      [`${w.code}-S01`, '游客01'],
      [`${w.code}-S03`, '欧阳娜娜'],
    ])
    expect(a.sheets[0].answers.local_guide).toBe(0)
    expect(a.sheets[0].answers.meals).toBeNull()
    expect(a.sheets[0].answers.forced_shopping).toBe(1)
    expect(a.sheets[0].comment).toBe('司机开得很稳')
    expect(a.sheets[1].answers.nps).toBe(3)
    expect(a.forms[a.sheets[0].templateId].items.map((i) => i.key)).toContain('forced_shopping')

    // the figures are the tab's and the guide's / supplier's pages', not computed a second way
    expect(a.scores).toEqual((await h.must<TripFeedback>('feedback.ofTrip', { tripId: w.trip })).scores)
    expect(a.scores.sheets).toBe(2)
    expect(a.guides).toEqual([
      {
        id: w.guide,
        name: '张导',
        role: 'local_guide',
        licenceNo: 'D-5300-001',
        scores: await h.must<Scores>('feedback.scores', { guideId: w.guide }),
      },
    ])
    expect(a.suppliers.map((s) => [s.id, s.name])).toEqual([[w.supplier, '昆明地接社']])
    expect(a.suppliers[0].scores).toEqual(await h.must<Scores>('feedback.scores', { supplierId: w.supplier }))

    expect(a.complaints.map((x) => x.caseNo)).toEqual([c.caseNo])
    expect(a.complaints[0]).toEqual(await h.must('complaints.get', { id: c.id }, fd))

    // audited like the full traveller list: who, which trip, how much; never what it held
    const audit = (await auditRows(h.app.db)).slice(before)
    expect(audit.map((r) => [r.action, r.entity, r.entity_id, JSON.parse(r.fields)])).toEqual([
      ['printArchive', 'trip', w.trip, ['rows:3', 'feedbackSheets', 'complaints']],
    ])
  })

  it('prints a trip with no sheets and no complaints; refuses an unknown trip with nothing written', async () => {
    const w = await feedbackWorld(h, 1)
    await issue(h, w.trip)
    const a = await archive(w.trip)
    expect(a.sheets).toEqual([])
    expect(a.forms).toEqual({})
    expect(a.complaints).toEqual([])
    expect(a.scores.sheets).toBe(0)
    expect(a.rate).toMatchObject({ participants: 1, entered: 0, met: false })
    const audit = await auditRows(h.app.db)
    expect(JSON.parse(audit[audit.length - 1].fields)).toEqual(['rows:1'])

    const before = await dbFingerprint(h.app.db)
    expect(await h.call('feedback.archive', { tripId: 99999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await dbFingerprint(h.app.db)).toEqual(before)
  })

  it('refuses a trip whose archive was destroyed at the end of its retention, with nothing written', async () => {
    const w = await feedbackWorld(h, 1, { returnDate: '2024-12-25' })
    const batch = await issue(h, w.trip)
    await key(h, batch.sheets[0].id, {})
    h.clock.now = new Date('2026-12-26T02:00:00.000Z')
    await h.must('privacy.destroy', { kind: 'trip_archive', id: w.trip })
    const before = await dbFingerprint(h.app.db)
    expect(await h.call('feedback.archive', { tripId: w.trip })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', msg: { key: 'errors.tripArchiveDestroyed' } },
    })
    expect(await dbFingerprint(h.app.db)).toEqual(before)
  })
})
