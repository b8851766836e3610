import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { harness } from './harness'
import type { Harness } from './harness'
import { dbFingerprint } from './fixtures'
import { feedbackWorld, issue, key, markReturned, ofTrip, uniform } from './feedback-fixtures'
import type { SheetEntry } from '../../src/shared/feedback/feedback.types'
import type { Scores } from '../../src/shared/feedback/scoring'

/* Feedback forms from the printed batch to the scores. Harness today: 2026-11-25 10:00 Beijing. */
let h: Harness
beforeEach(async () => {
  h = await harness()
})
afterEach(async () => {
  await h.close()
})

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code)

describe('printing the batch', () => {
  it('numbers one pre-filled sheet per traveller of a 40-person trip, once, plus the blank forms asked for', async () => {
    const w = await feedbackWorld(h, 40)
    const first = await issue(h, w.trip, 3)
    expect(first.groupSize).toBe(40)
    expect(first.sheets).toHaveLength(43)
    expect(first.sheets.slice(0, 40).map((s) => s.name)).toEqual(
      Array.from({ length: 40 }, (_, i) => `游客${String(i + 1).padStart(2, '0')}`),
    )
    expect(first.sheets.map((s) => s.sheetNo)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1))
    expect(first.sheets[6].code).toBe(`${w.code}-S07`)
    expect(first.sheets.slice(40).every((s) => s.name === null)).toBe(true)
    expect(first.operators).toEqual([{ name: '昆明地接社', licenceNo: 'L-YN-001' }])
    const form = first.forms[first.sheets[0].templateId]
    // a domestic group: 全陪, not 领队
    expect(form.items.map((i) => i.key)).toContain('escort')
    expect(form.items.map((i) => i.key)).not.toContain('tour_leader')
    expect(form.levels).toHaveLength(4)

    // printing again hands out the same numbers: nothing new for travellers, blanks reused
    const again = await issue(h, w.trip, 3)
    expect(again.sheets.map((s) => s.code)).toEqual(first.sheets.map((s) => s.code))
    const t = await ofTrip(h, w.trip)
    expect(t.sheets).toHaveLength(43)
    expect(t.rate).toMatchObject({ participants: 40, entered: 0, required: 20, met: false })
  })

  it('prints 领队 instead of 全陪 on an outbound trip', async () => {
    const trip = (
      await h.must('trips.create', {
        routeName: '日本本州 7 日',
        destination: '东京',
        kind: 'outbound',
        departDate: '2026-12-03',
        returnDate: '2026-12-09',
      })
    ).id
    const p = await h.must('feedback.issue', { tripId: trip, blanks: 1, blankOnly: true })
    const keys = p.forms[p.sheets[0].templateId].items.map((i: { key: string }) => i.key)
    expect(keys).toContain('tour_leader')
    expect(keys).not.toContain('escort')
  })
})

describe('keying returned sheets', () => {
  it('opens a sheet by its code, stores "no answer" as such, scores it and moves on to the next', async () => {
    const w = await feedbackWorld(h, 11)
    const batch = await issue(h, w.trip)
    const e = await h.must<SheetEntry>('feedback.open', { code: ` ${batch.sheets[0].code} ` })
    expect(e).toMatchObject({ sheetNo: 1, name: '游客01', status: 'issued', nextId: batch.sheets[1].id })
    const answers = uniform(e, 0, 10)
    answers.driver = null
    delete answers.meals
    const r = await key(h, e.id, answers, undefined, '导游很好')
    expect(r).toMatchObject({ followUpId: null, low: [], problems: [] })
    const stored = await h.must<SheetEntry>('feedback.get', { id: e.id })
    expect(stored.answers.driver).toBeNull()
    expect(stored.answers.meals).toBeNull()
    expect(stored.comment).toBe('导游很好')

    const s = await h.must<Scores>('feedback.scores', { tripId: w.trip })
    expect(s.sheets).toBe(1)
    expect(s.items.find((i) => i.key === 'local_guide')).toEqual({
      key: 'local_guide',
      n: 1,
      mean: 100,
      satisfiedPct: 100,
    })
    // blanks are not counted: no score for the driver or the meals
    expect(s.items.find((i) => i.key === 'driver')).toBeUndefined()
    expect(s.items.find((i) => i.key === 'meals')).toBeUndefined()
    expect(s.nps).toEqual({ n: 1, promoters: 1, detractors: 0, score: 100 })

    expect(await h.call('feedback.open', { code: `${w.code}-S99` })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { code: { key: 'errors.feedbackSheetUnknown' } } },
    })
    // a clerk types the 团号 in lower case (or a scanner sends it so): the same sheet, on both stores
    const typed = batch.sheets[1].code.toLowerCase()
    expect(typed).not.toBe(batch.sheets[1].code)
    expect((await h.must<SheetEntry>('feedback.open', { code: typed })).id).toBe(batch.sheets[1].id)
  })

  it('raises one follow-up for the trip owner on a forced-shopping "yes" and opens a complaint from the sheet once', async () => {
    const owner = await h.signedIn('frontdesk')
    const clerk = await h.signedIn('frontdesk')
    const w = await feedbackWorld(h, 2, { owner })
    const batch = await issue(h, w.trip)
    const e = await h.must<SheetEntry>('feedback.get', { id: batch.sheets[1].id })
    const r = await key(h, e.id, { ...uniform(e, 1, 3), forced_shopping: 1, shopping: 3 }, clerk)
    expect(r.problems).toEqual(['forced_shopping'])
    expect(r.low).toEqual(['shopping'])
    expect(r.followUpId).toEqual(expect.any(Number))
    const ownerId = (await h.must('auth.status', {}, owner)).staff.id
    const rem = await h.app.db
      .selectFrom('reminders')
      .selectAll()
      .where('id', '=', r.followUpId)
      .executeTakeFirstOrThrow()
    expect(rem).toMatchObject({
      kind: 'follow_up',
      assignee_id: ownerId,
      trip_id: w.trip,
      customer_id: w.customers[1],
      due: '2026-11-25',
    })

    // a correction keeps the one follow-up
    const again = await key(h, e.id, { ...uniform(e, 1, 3), forced_shopping: 1 }, clerk)
    expect(again.followUpId).toBeNull()
    expect(
      (await h.app.db.selectFrom('reminders').select('id').where('kind', '=', 'follow_up').execute()).length,
    ).toBe(1)

    const c = await h.must('feedback.openComplaint', { id: e.id, whatHappened: '游客反映被强迫购物' }, clerk)
    expect(c.caseNo).toMatch(/^TS-2026-\d{4}$/)
    const detail = await h.must('complaints.get', { id: c.id })
    expect(detail).toMatchObject({
      channel: 'feedback_form',
      cause: 'shopping',
      trip: { id: w.trip },
      complainants: [{ customerId: w.customers[1], name: '游客02' }],
      guides: [{ id: w.guide }],
    })
    expect(await h.must('feedback.openComplaint', { id: e.id, whatHappened: '再次' }, clerk)).toEqual(c)
    const t = await ofTrip(h, w.trip)
    expect(t.sheets[1]).toMatchObject({
      complaintId: c.id,
      followUpId: r.followUpId,
      problems: ['forced_shopping'],
    })
  })

  it('verifies by a second keying: differences shown and nothing changed, a match marks it verified', async () => {
    const w = await feedbackWorld(h, 3)
    const [s1] = (await issue(h, w.trip)).sheets
    const e = await h.must<SheetEntry>('feedback.get', { id: s1.id })
    const answers = uniform(e, 1, 8)
    await key(h, s1.id, answers, undefined, '好')
    const before = await dbFingerprint(h.app.db)
    const miss = await h.must('feedback.verify', {
      id: s1.id,
      answers: { ...answers, hotel: 2, nps: null },
      comment: '好',
    })
    expect(miss).toEqual({
      differences: [
        { key: 'hotel', stored: 1, keyed: 2 },
        { key: 'nps', stored: 8, keyed: null },
      ],
      commentDiffers: false,
      verified: false,
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    expect(await h.must('feedback.verify', { id: s1.id, answers, comment: '好' })).toMatchObject({
      verified: true,
    })
    expect((await ofTrip(h, w.trip)).sheets[0].verified).toBe(true)
    // a later correction asks for a new verification
    await key(h, s1.id, { ...answers, hotel: 2 })
    expect((await ofTrip(h, w.trip)).sheets[0].verified).toBe(false)
  })

  it("refuses answers off the sheet's scale, unknown items and stale saves, changing nothing", async () => {
    const w = await feedbackWorld(h, 2)
    const [s1] = (await issue(h, w.trip)).sheets
    const e = await h.must<SheetEntry>('feedback.get', { id: s1.id })
    const before = await dbFingerprint(h.app.db)
    const send = (answers: Record<string, number | null>, version = e.version) =>
      h.call('feedback.enter', { id: s1.id, version, answers })
    expect(await send({ hotel: 4 })).toMatchObject({
      error: { code: 'VALIDATION', fields: { 'answers.hotel': { key: 'errors.feedbackAnswer' } } },
    })
    expect(await send({ forced_shopping: 2 })).toMatchObject({
      error: { fields: { 'answers.forced_shopping': { key: 'errors.feedbackAnswer' } } },
    })
    expect(await send({ tour_leader: 1 })).toMatchObject({
      error: { fields: { 'answers.tour_leader': { key: 'errors.unexpectedField' } } },
    })
    expect(code(await send({ hotel: 1 }, e.version + 1))).toBe('STALE')
    expect(code(await h.call('feedback.verify', { id: s1.id, answers: {} }))).toBe('CONFLICT')
    expect(code(await h.call('feedback.openComplaint', { id: s1.id, whatHappened: 'x' }))).toBe('CONFLICT')
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })
})

describe('counters and the bureau rule', () => {
  it('flags a returned group of 11 below half, and a group of 10 until every sheet is in', async () => {
    await h.must('feedback.saveRule', {
      smallGroupMax: 10,
      smallGroupPct: 100,
      largeGroupPct: 50,
      version: 1,
    })
    const big = await feedbackWorld(h, 11)
    const small = await feedbackWorld(h, 10, { guide: big.guide, supplier: big.supplier })
    for (const w of [big, small]) await markReturned(h, w.trip)
    const bigSheets = (await issue(h, big.trip)).sheets
    for (const s of bigSheets.slice(0, 5)) await key(h, s.id, {})
    expect((await ofTrip(h, big.trip)).rate).toMatchObject({ required: 6, entered: 5, met: false })
    expect((await ofTrip(h, big.trip)).short).toBe(true)
    await key(h, bigSheets[5].id, {})
    expect((await ofTrip(h, big.trip)).short).toBe(false)

    const smallSheets = (await issue(h, small.trip)).sheets
    for (const s of smallSheets.slice(0, 9)) await key(h, s.id, {})
    expect((await ofTrip(h, small.trip)).rate).toMatchObject({ required: 10, entered: 9, met: false })
    const short = await h.must('feedback.shortTrips', { from: '2026-11-01', to: '2026-11-30' })
    expect(short.map((t: { id: number }) => t.id)).toEqual([small.trip])
  })
})

describe('roll-ups', () => {
  it('sums per guide, supplier, route and month, each with the number of answers behind it', async () => {
    const a = await feedbackWorld(h, 2, { routeName: '云南六日游', returnDate: '2026-10-20' })
    const b = await feedbackWorld(h, 2, { routeName: '海南五日游', returnDate: '2026-11-20', guide: a.guide })
    const otherGuide = (await h.must('guides.create', { name: '李导', roles: ['local_guide'] })).id
    const c = await feedbackWorld(h, 1, {
      routeName: '云南六日游',
      returnDate: '2026-11-21',
      guide: otherGuide,
      supplier: a.supplier,
    })
    const keyAll = async (tripId: number, level: number, nps: number) => {
      for (const s of (await issue(h, tripId)).sheets) {
        const e = await h.must<SheetEntry>('feedback.get', { id: s.id })
        await key(h, s.id, uniform(e, level, nps))
      }
    }
    await keyAll(a.trip, 0, 10) // 非常满意 = 100
    await keyAll(b.trip, 2, 5) // 一般 = 50
    await keyAll(c.trip, 1, 8) // 满意 = 75

    const guide = await h.must<Scores>('feedback.scores', { guideId: a.guide })
    expect(guide.sheets).toBe(4)
    expect(guide.items.find((i) => i.key === 'overall')).toEqual({
      key: 'overall',
      n: 4,
      mean: 75,
      satisfiedPct: 50,
    })
    expect(guide.nps).toEqual({ n: 4, promoters: 2, detractors: 2, score: 0 })
    expect(guide.compliance.find((x) => x.key === 'forced_shopping')).toEqual({
      key: 'forced_shopping',
      n: 4,
      problems: 0,
    })

    const supplier = await h.must<Scores>('feedback.scores', { supplierId: a.supplier })
    expect(supplier.sheets).toBe(3)
    expect(supplier.overall.mean).toBe(Math.round(((100 * 2 + 75) / 3) * 10) / 10)

    const route = await h.must<Scores>('feedback.scores', { routeName: '云南六日游' })
    expect(route.sheets).toBe(3)
    const november = await h.must<Scores>('feedback.scores', { from: '2026-11-01', to: '2026-11-30' })
    expect(november.sheets).toBe(3)

    const trend = await h.must('feedback.trend', { guideId: a.guide })
    expect(trend).toEqual([
      { month: '2026-10', sheets: 2, overall: 100, overallN: 22, nps: 100, npsN: 2 },
      { month: '2026-11', sheets: 2, overall: 50, overallN: 22, nps: -100, npsN: 2 },
    ])
    const mine = await h.must('feedback.ofCustomer', { customerId: c.customers[0] })
    expect(mine).toEqual([
      expect.objectContaining({ tripId: c.trip, overall: 75, npsValue: 8, status: 'entered' }),
    ])
  })

  it('keeps past scores when the form is edited: a new version, sheets keep theirs', async () => {
    const w = await feedbackWorld(h, 2)
    const [s1, s2] = (await issue(h, w.trip)).sheets
    await key(h, s1.id, { overall: 1 }) // 满意 on 4/3/2/0 = 75
    const t = await h.must('feedback.template', {})
    const body = {
      ...t.body,
      // three levels scored 3/2/0, and a new item for domestic trips only
      levels: [
        { label: '满意', score: 3, satisfied: true },
        { label: '一般', score: 2, satisfied: false },
        { label: '不满意', score: 0, satisfied: false },
      ],
      items: [...t.body.items, { key: 'wifi', kind: 'rating', label: '车上 Wi-Fi', tripKinds: ['domestic'] }],
    }
    const v2 = await h.must('feedback.saveTemplate', { basedOn: t.id, body })
    expect(v2.versionNo).toBe(2)
    expect(code(await h.call('feedback.saveTemplate', { basedOn: t.id, body }))).toBe('STALE')
    // s1, s2 were printed on version 1: still keyed on 4 levels
    expect((await h.must<SheetEntry>('feedback.get', { id: s2.id })).levels).toHaveLength(4)
    await key(h, s2.id, { overall: 1 })
    const [, , s3] = (await issue(h, w.trip, 1)).sheets
    const e3 = await h.must<SheetEntry>('feedback.get', { id: s3.id })
    expect(e3.levels).toHaveLength(3)
    expect(e3.items.map((i) => i.key)).toContain('wifi')
    await key(h, s3.id, { overall: 1 }) // 一般 on 3/2/0 = 66.7
    const s = await h.must<Scores>('feedback.scores', { tripId: w.trip })
    expect(s.items.find((i) => i.key === 'overall')).toEqual({
      key: 'overall',
      n: 3,
      mean: 72.2,
      satisfiedPct: 66.7,
    })
  })
})

describe('permissions and the trip archive', () => {
  it('lets only an administrator change the form and the rule', async () => {
    const desk = await h.signedIn('frontdesk')
    const manager = await h.signedIn('manager')
    const t = await h.must('feedback.template', {}, desk)
    for (const s of [desk, manager]) {
      expect(code(await h.call('feedback.saveTemplate', { basedOn: t.id, body: t.body }, s))).toBe(
        'FORBIDDEN',
      )
      expect(
        code(
          await h.call(
            'feedback.saveRule',
            { smallGroupMax: 8, smallGroupPct: 100, largeGroupPct: 50, version: 1 },
            s,
          ),
        ),
      ).toBe('FORBIDDEN')
    }
    const anon = h.app.newSession()
    expect(code(await h.call('feedback.ofTrip', { tripId: 1 }, anon))).toBe('UNAUTHENTICATED')
  })

  it('deletes the sheets and answers with the trip', async () => {
    const w = await feedbackWorld(h, 2)
    const [s1] = (await issue(h, w.trip)).sheets
    await key(h, s1.id, { overall: 0 })
    await h.must('trips.remove', { id: w.trip })
    expect(await h.app.db.selectFrom('feedback_sheets').selectAll().execute()).toEqual([])
    expect(await h.app.db.selectFrom('feedback_answers').selectAll().execute()).toEqual([])
  })
})
