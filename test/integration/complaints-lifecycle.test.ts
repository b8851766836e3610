import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Harness } from './harness'
import { auditRows, code, dbFingerprint } from './fixtures'
import { watchChanges } from './trips-fixtures'
import { complaintInput, complaintDesk, createComplaint, getComplaint, walk } from './complaint-fixtures'
import type { ComplaintWorld } from './complaint-fixtures'
import type { Session } from '../../src/main/app'
import type { ComplaintSummary } from '../../src/shared/complaints/complaint.types'

/*
 * One forced-shopping complaint from the phone call to the closed case: the front desk records,
 * investigates, replies and proposes compensation per the standard; a manager approves the money
 * and closes the case with its lessons. Harness today: 2026-11-25 10:00 in Beijing.
 */
let h: Harness
let w: ComplaintWorld
let desk: Session
let manager: Session
beforeEach(async () => {
  ;({ h, w, desk, manager } = await complaintDesk())
})
afterEach(async () => {
  await h.close()
})

describe('the complaint lifecycle', () => {
  it('records a case with its people, numbered per year, with the 10-day reply clock running', async () => {
    const events = watchChanges(h)
    const made = await createComplaint(h, w, {}, desk)
    expect(made.caseNo).toBe('TS-2026-0001')
    expect((await createComplaint(h, w, {}, desk)).caseNo).toBe('TS-2026-0002')
    // a complaint received in January 2027 starts the next year's counter
    h.clock.now = new Date('2027-01-02T01:00:00Z')
    expect((await createComplaint(h, w, {}, desk)).caseNo).toBe('TS-2027-0001')
    h.clock.now = new Date('2026-11-25T02:00:00Z')
    expect(events).toContainEqual({ entity: 'complaint', id: made.id })

    const c = await getComplaint(h, made.id, desk)
    expect(c).toMatchObject({
      status: 'new',
      channel: 'phone',
      trip: { id: w.trip, kind: 'domestic', returnDate: '2026-11-15' },
      takenBy: { name: expect.stringContaining('frontdesk') },
      complainants: [
        { customerId: w.customer, name: '王建国', phone: '13812345678' },
        { customerId: null, name: 'John Smith', nationality: '英国', postcode: '100020' },
      ],
      guides: [{ id: w.guide, name: '张导' }],
      suppliers: [{ id: w.supplier, name: '七彩玉石店' }],
      history: [{ from: null, to: 'new' }],
      moves: ['accepted', 'duplicate'],
    })
    expect(c.clocks.reply).toEqual({ state: 'on_time', dueDay: '2026-12-05', doneDay: null, missed: false })
    expect(c.clocks.lateFiling).toBeNull()
  })

  it('refuses a guide or supplier who did not serve the trip', async () => {
    const other = (await h.must('guides.create', { name: '李导', roles: ['local_guide'] })).id
    const r = await h.call('complaints.create', { ...complaintInput(w), guideIds: [other] }, desk)
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'guideIds.0': { key: 'errors.notOnTrip' } } },
    })
  })

  it('runs the workflow with permissions, approval of money and closing with lessons', async () => {
    const { id } = await createComplaint(h, w, {}, desk)
    // front desk may not refuse the complaint (不予受理 is a manager's decision)
    const refuse = { id, version: 1, status: 'rejected', note: '超过受理期限' }
    expect(code(await h.call('complaints.setStatus', refuse, desk))).toBe('FORBIDDEN')
    let version = await walk(h, id, ['accepted', 'investigating', 'awaiting_customer', 'investigating'], desk)

    // a jump past the workflow is refused for everyone
    expect(await h.call('complaints.setStatus', { id, version, status: 'resolved' }, manager)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { status: { key: 'errors.complaintMove' } } },
    })

    // compensation per the standard: one forced shopping stop on a 3,999.50-yuan tour = 20%
    const facts = { scope: 'domestic', tourPrice: 3999.5, forcedShoppingStops: 1 }
    expect(
      await h.call(
        'complaints.addRemedy',
        { complaintId: id, kind: 'compensation', facts, amount: 500 },
        desk,
      ),
    ).toMatchObject({ ok: false, error: { fields: { overrideReason: { key: 'errors.overrideReason' } } } })
    const comp = (
      await h.must('complaints.addRemedy', { complaintId: id, kind: 'compensation', facts }, desk)
    ).id
    const apology = (
      await h.must('complaints.addRemedy', { complaintId: id, kind: 'apology', notes: '书面致歉' }, desk)
    ).id
    let c = await getComplaint(h, id, desk)
    const remedy = c.remedies.find((r) => r.id === comp)!
    expect(remedy).toMatchObject({
      amount: 799.9,
      proposed: 799.9,
      approval: 'pending', // above the 500-yuan default threshold
      lines: [{ clauseId: 'forced_shopping', article: '第十条（四）', pct: 20, count: 1, amountFen: 79_990 }],
    })
    expect(c.remedies.find((r) => r.id === apology)?.approval).toBe('not_required')

    // money not yet approved cannot be offered; front desk cannot approve it
    const acceptEarly = await h.call(
      'complaints.setRemedyAccepted',
      { id: comp, version: remedy.version, accepted: true },
      desk,
    )
    expect(acceptEarly).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', msg: { key: 'errors.remedyNotOffered' } },
    })
    expect(code(await h.call('complaints.decideRemedy', { id: comp, version: 1, approve: true }, desk))).toBe(
      'FORBIDDEN',
    )
    const approved = await h.must('complaints.decideRemedy', { id: comp, version: 1, approve: true }, manager)
    await h.must(
      'complaints.setRemedyAccepted',
      { id: comp, version: approved.version, accepted: true },
      desk,
    )

    version = await walk(h, id, ['replied', 'resolved'], desk)
    c = await getComplaint(h, id, desk)
    expect(c.clocks.reply).toMatchObject({ state: 'on_time', doneDay: '2026-11-25', missed: false })
    expect(c.moves).toEqual(['investigating']) // closing is a manager's
    expect(code(await h.call('complaints.close', { id, version, lessons: '培训' }, desk))).toBe('FORBIDDEN')
    expect(await h.call('complaints.setStatus', { id, version, status: 'closed' }, manager)).toMatchObject({
      ok: false,
      error: { fields: { status: { key: 'errors.closeWithLessons' } } },
    })
    await h.must(
      'complaints.close',
      {
        id,
        version,
        lessons: '购物点不得超时停留',
        correctiveActions: ['guide_training', 'supplier_warning'],
        customerSatisfied: true,
      },
      manager,
    )
    c = await getComplaint(h, id, manager)
    expect(c).toMatchObject({
      status: 'closed',
      lessons: '购物点不得超时停留',
      correctiveActions: ['guide_training', 'supplier_warning'],
      customerSatisfied: true,
      reopenUntil: '2026-12-25',
      moves: ['investigating'],
    })
    // a closed case takes no new remedy until reopened
    const late = await h.call('complaints.addRemedy', { complaintId: id, kind: 'apology' }, desk)
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', msg: { key: 'errors.complaintFinished' } },
    })

    // every move is in the history and in the audit log, in order
    const moves = c.history.map((e) => e.to)
    expect(moves).toEqual([
      'new',
      'accepted',
      'investigating',
      'awaiting_customer',
      'investigating',
      'replied',
      'resolved',
      'closed',
    ])
    const audit = (await auditRows(h.app.db)).filter((a) => a.entity === 'complaint' && a.entity_id === id)
    expect(audit.map((a) => a.action)).toEqual([
      'create',
      'status',
      'status',
      'status',
      'status',
      'addRemedy',
      'addRemedy',
      'approveRemedy',
      'remedyAccepted',
      'status',
      'status',
      'close',
    ])
    expect(audit.every((a) => !a.fields.includes('王建国') && !a.fields.includes('玉石'))).toBe(true)

    // the guide's, supplier's, trip's and customer's pages see it, with the money paid
    for (const of of ['guide', 'supplier', 'trip', 'customer'] as const) {
      const idOf = { guide: w.guide, supplier: w.supplier, trip: w.trip, customer: w.customer }[of]
      const s = await h.must<ComplaintSummary>('complaints.summary', { of, id: idOf })
      expect(s, of).toMatchObject({
        count: 1,
        open: 0,
        closed: 1,
        byCause: [{ cause: 'shopping', count: 1 }],
        moneyPaid: 799.9,
      })
    }
  })

  it('reopens within 30 days of closing; later only a linked follow-up case', async () => {
    const { id } = await createComplaint(h, w)
    let version = await walk(h, id, ['accepted', 'investigating', 'replied', 'resolved'])
    version = (await h.must('complaints.close', { id, version, lessons: '加强培训' }, manager)).version
    h.clock.now = new Date('2026-12-25T15:00:00Z') // 25 Dec 23:00 Beijing: day 30
    version = (
      await h.must(
        'complaints.setStatus',
        { id, version, status: 'investigating', note: '客户不满意' },
        manager,
      )
    ).version
    version = await walk(h, id, ['replied', 'resolved'], manager)
    version = (await h.must('complaints.close', { id, version, lessons: '再次培训' }, manager)).version
    h.clock.now = new Date('2027-01-25T16:00:00Z') // 26 Jan Beijing: 31 days after
    const r = await h.call('complaints.setStatus', { id, version, status: 'investigating' }, manager)
    expect(r).toMatchObject({
      ok: false,
      error: { fields: { status: { key: 'errors.reopenWindow', params: { days: 30 } } } },
    })
    const follow = await createComplaint(h, w, { followUpOfId: id })
    expect(follow.caseNo).toBe('TS-2027-0001')
    expect((await getComplaint(h, follow.id)).followUpOf).toEqual({ id, caseNo: 'TS-2026-0001' })
    const audit = (await auditRows(h.app.db)).filter((a) => a.entity === 'complaint' && a.entity_id === id)
    expect(audit.filter((a) => a.action === 'reopen')).toHaveLength(1)
  })

  it('refuses with a reason and marks duplicates of an existing case only', async () => {
    const a = await createComplaint(h, w)
    const b = await createComplaint(h, w)
    const noReason = await h.call(
      'complaints.setStatus',
      { id: b.id, version: 1, status: 'rejected' },
      manager,
    )
    expect(noReason).toMatchObject({ ok: false, error: { fields: { note: { key: 'errors.required' } } } })
    const noOriginal = await h.call('complaints.setStatus', {
      id: b.id,
      version: 1,
      status: 'duplicate',
      duplicateOfId: 9999,
    })
    expect(noOriginal).toMatchObject({
      ok: false,
      error: { fields: { duplicateOfId: { key: 'errors.complaintUnknown' } } },
    })
    await h.must(
      'complaints.setStatus',
      { id: b.id, version: 1, status: 'duplicate', duplicateOfId: a.id },
      desk,
    )
    const c = await getComplaint(h, b.id)
    expect(c).toMatchObject({ status: 'duplicate', duplicateOf: { id: a.id, caseNo: a.caseNo } })
    // marking a duplicate answers the complainant: the reply clock stops
    expect(c.clocks.reply.doneDay).toBe('2026-11-25')
    await h.must(
      'complaints.setStatus',
      { id: a.id, version: 1, status: 'rejected', note: '超过 90 天' },
      manager,
    )
    expect((await getComplaint(h, a.id)).rejectionReason).toBe('超过 90 天')
  })

  it('refuses stale edits and changes nothing', async () => {
    const { id } = await createComplaint(h, w)
    const c = await getComplaint(h, id)
    const form = { ...complaintInput(w), id, version: c.version }
    const v2 = (await h.must('complaints.update', { ...form, severity: 'low' })).version
    expect(v2).toBe(2)
    const before = await dbFingerprint(h.app.db)
    expect(code(await h.call('complaints.update', { ...form, severity: 'medium' }, desk))).toBe('STALE')
    expect(code(await h.call('complaints.setStatus', { id, version: 1, status: 'accepted' }, desk))).toBe(
      'STALE',
    )
    expect(code(await h.call('complaints.close', { id, version: 1, lessons: 'x' }, manager))).toBe('STALE')
    expect(await dbFingerprint(h.app.db)).toBe(before)
    const audit = (await auditRows(h.app.db)).filter((a) => a.action === 'update' && a.entity === 'complaint')
    expect(JSON.parse(audit[0].fields)).toEqual(['severity'])
  })
})
