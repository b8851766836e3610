import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Harness } from './harness'
import { dbFingerprint } from './fixtures'
import { count } from './trips-fixtures'
import { complaintHarness, createComplaint, walk } from './complaint-fixtures'
import type { ComplaintWorld } from './complaint-fixtures'
import { withCaseNumber } from '../../src/main/complaints/case-no'
import type { Page } from '../../src/shared/common/schemas'
import type { ComplaintPolicy, ComplaintRow, ParetoRow } from '../../src/shared/complaints/complaint.types'

/* The list's filters, the Pareto of causes, the policy setting and case numbers claimed at once. */
let h: Harness
let w: ComplaintWorld
beforeEach(async () => {
  ;({ h, w } = await complaintHarness({ name: '王建国' }))
})
afterEach(async () => {
  await h.close()
})

const list = async (f: Record<string, unknown>) =>
  (await h.must<Page<ComplaintRow>>('complaints.list', f)).rows.map((r) => r.caseNo)

describe('the complaint list', () => {
  it('filters by status, cause, guide, supplier, trip, period and the reply deadline', async () => {
    // 0001: 12 Nov, shopping, on the trip with guide and supplier
    await createComplaint(h, w, { receivedAt: '2026-11-12T09:00:00+08:00' })
    // 0002: 20 Nov, meals, no trip
    await createComplaint(h, w, {
      receivedAt: '2026-11-20T09:00:00+08:00',
      cause: 'meals',
      tripId: null,
      guideIds: [],
      supplierIds: [],
    })
    // 0003: today, replied at once
    const c3 = await createComplaint(h, w, { cause: 'guide_service', supplierIds: [] })
    await walk(h, c3.id, ['accepted', 'investigating', 'replied'])

    expect(await list({})).toEqual(['TS-2026-0003', 'TS-2026-0002', 'TS-2026-0001'])
    expect(await list({ statuses: ['replied'] })).toEqual(['TS-2026-0003'])
    expect(await list({ cause: 'meals' })).toEqual(['TS-2026-0002'])
    expect(await list({ guideId: w.guide })).toEqual(['TS-2026-0003', 'TS-2026-0001'])
    expect(await list({ supplierId: w.supplier })).toEqual(['TS-2026-0001'])
    expect(await list({ tripId: w.trip })).toEqual(['TS-2026-0003', 'TS-2026-0001'])
    expect(await list({ from: '2026-11-12', to: '2026-11-20' })).toEqual(['TS-2026-0002', 'TS-2026-0001'])
    expect(await list({ from: '2026-11-13', to: '2026-11-19' })).toEqual([])
    // today 25 Nov: 0001 was due 22 Nov, 0002 is due 30 Nov (not within 2 days), 0003 is answered
    expect(await list({ due: 'overdue' })).toEqual(['TS-2026-0001'])
    expect(await list({ due: 'due_soon' })).toEqual([])
    h.clock.now = new Date('2026-11-28T02:00:00Z')
    expect(await list({ due: 'due_soon' })).toEqual(['TS-2026-0002'])

    const page = await h.must<Page<ComplaintRow>>('complaints.list', { pageSize: 2 })
    expect(page.total).toBe(3)
    expect(page.rows[1]).toMatchObject({
      caseNo: 'TS-2026-0002',
      complainant: '王建国',
      complainantCount: 2,
      trip: null,
      reply: { state: 'due_soon', dueDay: '2026-11-30' },
    })
  })

  it('keeps a late reply marked missed after it was given', async () => {
    const { id } = await createComplaint(h, w, { receivedAt: '2026-11-12T09:00:00+08:00' })
    await walk(h, id, ['accepted', 'investigating', 'replied'])
    expect(await list({ due: 'missed' })).toEqual(['TS-2026-0001'])
    expect(await list({ due: 'overdue' })).toEqual([])
    const [row] = (await h.must<Page<ComplaintRow>>('complaints.list', {})).rows
    expect(row.reply).toEqual({ state: 'overdue', dueDay: '2026-11-22', doneDay: '2026-11-25', missed: true })
  })

  it('ranks causes for a period, largest first, with cumulative shares', async () => {
    for (const cause of ['shopping', 'shopping', 'meals', 'shopping', 'guide_service']) {
      await createComplaint(h, w, { cause })
    }
    await createComplaint(h, w, { cause: 'safety', receivedAt: '2026-10-01T09:00:00+08:00' })
    const p = await h.must<{ total: number; rows: ParetoRow[] }>('complaints.pareto', {
      from: '2026-11-01',
      to: '2026-11-30',
    })
    expect(p.total).toBe(5)
    expect(p.rows).toEqual([
      { cause: 'shopping', count: 3, share: 0.6, cumulativeShare: 0.6 },
      { cause: 'guide_service', count: 1, share: 0.2, cumulativeShare: 0.8 },
      { cause: 'meals', count: 1, share: 0.2, cumulativeShare: 1 },
    ])
  })
})

describe('the approval threshold setting', () => {
  it('is versioned, admin-only, and decides which money waits for a manager', async () => {
    const desk = await h.signedIn('frontdesk')
    const p = await h.must<ComplaintPolicy>('complaints.policy', {}, desk)
    expect(p).toEqual({ approvalThreshold: 500, firstResponseHours: 24, resolutionDays: 30, version: 1 })
    const next = { approvalThreshold: 1000, firstResponseHours: 8, resolutionDays: 15, version: 1 }
    expect((await h.call('complaints.updatePolicy', next, desk)).ok).toBe(false)
    expect(await h.must('complaints.updatePolicy', next)).toMatchObject({
      approvalThreshold: 1000,
      version: 2,
    })
    expect(await h.call('complaints.updatePolicy', next)).toMatchObject({
      ok: false,
      error: { code: 'STALE' },
    })

    const { id } = await createComplaint(h, w)
    const facts = { scope: 'domestic', tourPrice: 3999.5, forcedShoppingStops: 1 }
    await h.must('complaints.addRemedy', { complaintId: id, kind: 'compensation', facts }, desk)
    await h.must('complaints.addRemedy', { complaintId: id, kind: 'refund', amount: 1000.01 }, desk)
    const got = await h.must('complaints.get', { id })
    expect(got.remedies.map((r: { approval: string }) => r.approval)).toEqual(['not_required', 'pending'])
    // the internal first-response target follows the setting: 8 h after receipt
    expect(got.clocks.firstResponse.dueAt).toBe('2026-11-25T10:00:00.000Z')
  })
})

describe('case numbers claimed at once', () => {
  it('parallel cases all get distinct numbers', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, () => createComplaint(h, w)))
    expect(new Set(made.map((m) => m.caseNo)).size).toBe(8)
  })

  it('a clash rolls the whole attempt back and numbers it again; five clashes answer CONFLICT', async () => {
    await createComplaint(h, w)
    const row = (no: { no: string; year: number; seq: number }) => ({
      ...no,
      case_no: no.no,
      case_year: no.year,
      case_seq: no.seq,
      channel: 'phone',
      received_at: h.clock.now.toISOString(),
      what_happened: 'x',
      cause: 'other',
      severity: 'low',
      status: 'new',
      reply_due_day: '2026-12-05',
      created_at: h.clock.now.toISOString(),
      updated_at: h.clock.now.toISOString(),
    })
    let tries = 0
    const made = await withCaseNumber(h.app.db, 2026, async (trx, no) => {
      tries++
      const { no: _n, year: _y, seq: _s, ...values } = row(no)
      await trx.insertInto('complaints').values(values).execute()
      // the first attempt meets a case another desk saved under the same number a moment ago
      if (tries === 1)
        await trx
          .insertInto('complaints')
          .values({ ...values, case_no: 'TS-2026-0001' })
          .execute()
      return no.no
    })
    expect(tries).toBe(2)
    expect(made).toBe('TS-2026-0002')
    expect(await count(h, 'complaints')).toBe(2)

    const before = await dbFingerprint(h.app.db)
    const busy = withCaseNumber(h.app.db, 2026, async (trx, no) => {
      const { no: _n, year: _y, seq: _s, ...values } = row(no)
      await trx
        .insertInto('complaints')
        .values({ ...values, case_no: 'TS-2026-0001' })
        .execute()
    })
    await expect(busy).rejects.toMatchObject({ code: 'CONFLICT', key: 'errors.caseNoBusy' })
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })
})
