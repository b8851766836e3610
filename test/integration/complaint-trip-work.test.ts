import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Harness } from './harness'
import { auditRows, code, dbFingerprint } from './fixtures'
import { complaintDesk, createComplaint, getComplaint, walk } from './complaint-fixtures'
import type { ComplaintWorld } from './complaint-fixtures'
import type { Session } from '../../src/main/app'
import type { TripDetail } from '../../src/shared/trips/trip.types'

/*
 * A case's work that reaches other features: handing it to any colleague, and the "change guide" /
 * "adjust itinerary" remedies carried out on the trip, recorded on the trip history and the case in
 * the transaction that made the change. Harness today: 2026-11-25 10:00 in Beijing.
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

const trip = (id: number, s?: Session) => h.must<TripDetail>('trips.get', { id }, s)
const shoppingStop = { time: '14:00', kind: 'sight', title: '七彩玉石店' }

describe('assigning a case', () => {
  it('lets the front desk hand a case to any active colleague, and refuses a former one', async () => {
    const id = (await createComplaint(h, w, {}, desk)).id
    const people = await h.must<{ id: number; name: string; role: string }[]>(
      'reminders.colleagues',
      {},
      desk,
    )
    const boss = people.find((p) => p.role === 'manager')!
    expect(people.map((p) => p.role).sort()).toEqual(['admin', 'frontdesk', 'manager'])

    const c = await getComplaint(h, id, desk)
    const fields = { ...(await h.must('complaints.get', { id }, desk)) }
    const form = {
      channel: c.channel,
      receivedAt: c.receivedAt,
      tripId: w.trip,
      whatHappened: c.whatHappened,
      cause: c.cause,
      severity: c.severity,
      complainants: [{ customerId: w.customer }],
      guideIds: [w.guide],
      supplierIds: [w.supplier],
    }
    expect(fields.assignee).toBeNull()
    await h.must('complaints.update', { ...form, id, version: c.version, assigneeId: boss.id }, desk)
    const after = await getComplaint(h, id, desk)
    expect(after.assignee).toEqual({ id: boss.id, name: boss.name })
    expect(
      (await auditRows(h.app.db)).filter((a) => a.entity === 'complaint' && a.action === 'update'),
    ).toHaveLength(1)

    // a colleague who left is no longer offered, and a stale list cannot assign to them
    const staff = await h.must<{ id: number; version: number }[]>('staff.list', {})
    const leaver = staff.find((s) => s.id === boss.id)!
    await h.must('staff.setActive', { id: leaver.id, version: leaver.version, active: false })
    expect((await h.must<{ id: number }[]>('reminders.colleagues', {}, desk)).map((p) => p.id)).not.toContain(
      boss.id,
    )
    const before = await dbFingerprint(h.app.db)
    const r = await h.call(
      'complaints.update',
      { ...form, id, version: after.version, assigneeId: boss.id },
      desk,
    )
    expect(r).toMatchObject({ ok: false, error: { fields: { assigneeId: expect.anything() } } })
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })
})

describe('changing the guide for a case', () => {
  it('swaps the guide, records it on the trip history and the case, and carries out the remedy', async () => {
    const li = (await h.must('guides.create', { name: '李导', roles: ['local_guide'] })).id
    const { id, caseNo } = await createComplaint(h, w, {}, desk)
    const remedy = (await h.must('complaints.addRemedy', { complaintId: id, kind: 'change_guide' }, desk)).id
    const assignment = (await trip(w.trip)).guides[0]

    await h.must(
      'complaints.changeGuide',
      { complaintId: id, assignmentId: assignment.id, fromGuideId: w.guide, guideId: li },
      desk,
    )
    const t = await trip(w.trip, desk)
    expect(t.guides).toMatchObject([
      { id: assignment.id, role: 'local_guide', guide: { id: li, name: '李导' } },
    ])
    const entry = { kind: 'guide', from: '张导', to: '李导', remedyId: remedy, complaint: { id, caseNo } }
    expect(t.complaintChanges).toMatchObject([
      { ...entry, staff: { name: expect.stringContaining('frontdesk') } },
    ])
    const c = await getComplaint(h, id, desk)
    expect(c.tripChanges).toMatchObject([{ ...entry, at: '2026-11-25T02:00:00.000Z' }])
    const audit = await auditRows(h.app.db)
    expect(audit.filter((a) => a.action === 'changeGuide')).toMatchObject([
      { entity: 'trip', entity_id: w.trip },
    ])
    expect(audit.filter((a) => a.action === 'tripChange')).toMatchObject([
      { entity: 'complaint', entity_id: id },
    ])

    // the list the clerk saw showed 张导: a second click is stale, and changes nothing
    const before = await dbFingerprint(h.app.db)
    const again = {
      complaintId: id,
      assignmentId: assignment.id,
      fromGuideId: w.guide,
      guideId: w.guide + 99,
    }
    expect(code(await h.call('complaints.changeGuide', again, desk))).toBe('STALE')
    expect(
      code(await h.call('complaints.changeGuide', { ...again, fromGuideId: li, guideId: li }, desk)),
    ).toBe('VALIDATION')
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })

  it('refuses for a finished case or a case about another trip, leaving the trip as it was', async () => {
    const li = (await h.must('guides.create', { name: '李导', roles: ['local_guide'] })).id
    const other = (
      await h.must('trips.create', {
        routeName: '海南五日游',
        destination: '三亚',
        kind: 'domestic',
        departDate: '2026-11-01',
        returnDate: '2026-11-05',
      })
    ).id
    const elsewhere = (await createComplaint(h, w, { tripId: other, guideIds: [], supplierIds: [] }, desk)).id
    const closed = (await createComplaint(h, w, {}, desk)).id
    await walk(h, closed, ['accepted', 'investigating', 'replied', 'resolved'], manager)
    const c = await getComplaint(h, closed, manager)
    await h.must(
      'complaints.close',
      { id: closed, version: c.version, lessons: '培训', correctiveActions: [] },
      manager,
    )
    const assignment = (await trip(w.trip)).guides[0]
    const swap = { assignmentId: assignment.id, fromGuideId: w.guide, guideId: li }

    const before = await dbFingerprint(h.app.db)
    expect(code(await h.call('complaints.changeGuide', { ...swap, complaintId: closed }, desk))).toBe(
      'CONFLICT',
    )
    const r = await h.call('complaints.changeGuide', { ...swap, complaintId: elsewhere }, desk)
    expect(r).toMatchObject({ ok: false, error: { fields: { complaintId: expect.anything() } } })
    expect(await dbFingerprint(h.app.db)).toBe(before)
    expect((await trip(w.trip)).guides[0].guide.id).toBe(w.guide)
  })
})

describe('adjusting the itinerary for a case', () => {
  it('records each item added, changed or removed from the case, and nothing made outside it', async () => {
    const { id } = await createComplaint(h, w, {}, desk)
    const remedy = (await h.must('complaints.addRemedy', { complaintId: id, kind: 'adjust_itinerary' }, desk))
      .id
    const stop = (await h.must('trips.addItem', { tripId: w.trip, dayNo: 3, item: shoppingStop }, desk)).id
    expect((await trip(w.trip)).complaintChanges).toEqual([])

    await h.must('trips.removeItem', { id: stop, complaintId: id }, desk)
    const added = (
      await h.must(
        'trips.addItem',
        {
          tripId: w.trip,
          dayNo: 3,
          item: { time: '14:00', kind: 'sight', title: '翠湖公园' },
          complaintId: id,
        },
        desk,
      )
    ).id
    await h.must(
      'trips.updateItem',
      { id: added, version: 1, item: { time: '15:00', kind: 'sight', title: '翠湖公园' }, complaintId: id },
      desk,
    )
    const want = [
      { kind: 'item_removed', dayNo: 3, from: '14:00 七彩玉石店', to: null, remedyId: remedy },
      { kind: 'item_added', dayNo: 3, from: null, to: '14:00 翠湖公园', remedyId: remedy },
      { kind: 'item_changed', dayNo: 3, from: '14:00 翠湖公园', to: '15:00 翠湖公园', remedyId: remedy },
    ]
    expect((await getComplaint(h, id, desk)).tripChanges).toMatchObject(want)
    expect((await trip(w.trip)).complaintChanges).toMatchObject(want)

    // a stale edit made from the case is refused whole: neither the item nor the case moves
    const before = await dbFingerprint(h.app.db)
    const stale = {
      id: added,
      version: 1,
      item: { time: '16:00', kind: 'sight', title: '翠湖' },
      complaintId: id,
    }
    expect(code(await h.call('trips.updateItem', stale, desk))).toBe('STALE')
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })
})

describe('moving, copying and retitling for a case', () => {
  it('records a move between days, a reorder, a copy and a day title on both histories, audited, with the remedy', async () => {
    const { id, caseNo } = await createComplaint(h, w, {}, desk)
    const remedy = (await h.must('complaints.addRemedy', { complaintId: id, kind: 'adjust_itinerary' }, desk))
      .id
    const stop = (await h.must('trips.addItem', { tripId: w.trip, dayNo: 3, item: shoppingStop }, desk)).id
    const lake = { time: '09:00', kind: 'sight', title: '滇池' }
    const first = (await h.must('trips.addItem', { tripId: w.trip, dayNo: 4, item: lake }, desk)).id
    const audited = (await auditRows(h.app.db)).length

    // the shopping stop goes to day 4, ahead of the lake; then back behind it (the same day)
    const moved = await h.must<{ version: number }>(
      'trips.moveItem',
      { id: stop, version: 1, dayNo: 4, position: 0, complaintId: id },
      desk,
    )
    await h.must(
      'trips.moveItem',
      { id: stop, version: moved.version, dayNo: 4, position: 1, complaintId: id },
      desk,
    )
    await h.must('trips.copyItem', { id: first, dayNo: 5, complaintId: id }, desk)
    await h.must(
      'trips.setDayTitle',
      { tripId: w.trip, dayNo: 4, version: 0, title: '滇池一日', complaintId: id },
      desk,
    )
    await h.must(
      'trips.setDayTitle',
      { tripId: w.trip, dayNo: 4, version: 1, title: null, complaintId: id },
      desk,
    )
    const days = (await trip(w.trip)).days
    expect(days.find((d) => d.dayNo === 4)!.items.map((i) => i.title)).toEqual(['滇池', '七彩玉石店'])
    expect(days.find((d) => d.dayNo === 5)!.items.map((i) => i.title)).toEqual(['滇池'])

    const want = [
      { kind: 'item_moved', dayNo: 4, fromDayNo: 3, from: '14:00 七彩玉石店', to: null },
      { kind: 'item_moved', dayNo: 4, fromDayNo: 4, from: '14:00 七彩玉石店', to: null },
      { kind: 'item_copied', dayNo: 5, fromDayNo: 4, from: '09:00 滇池', to: '09:00 滇池' },
      { kind: 'day_title', dayNo: 4, fromDayNo: null, from: null, to: '滇池一日' },
      { kind: 'day_title', dayNo: 4, fromDayNo: null, from: '滇池一日', to: null },
    ].map((x) => ({ ...x, remedyId: remedy, complaint: { id, caseNo } }))
    expect((await getComplaint(h, id, desk)).tripChanges).toMatchObject(want)
    expect((await trip(w.trip)).complaintChanges).toMatchObject(want)
    // each write: audited on the trip as before, and on the case
    const audit = (await auditRows(h.app.db)).slice(audited)
    expect(audit.map((a) => [a.action, a.entity])).toEqual([
      ['moveItem', 'trip'],
      ['tripChange', 'complaint'],
      ['moveItem', 'trip'],
      ['tripChange', 'complaint'],
      ['copyItem', 'trip'],
      ['tripChange', 'complaint'],
      ['dayTitle', 'trip'],
      ['tripChange', 'complaint'],
      ['dayTitle', 'trip'],
      ['tripChange', 'complaint'],
    ])

    // outside a case nothing is recorded; a title saved unchanged records nothing either
    await h.must('trips.copyItem', { id: first, dayNo: 6 }, desk)
    await h.must(
      'trips.setDayTitle',
      { tripId: w.trip, dayNo: 5, version: 0, title: null, complaintId: id },
      desk,
    )
    expect((await getComplaint(h, id, desk)).tripChanges).toHaveLength(5)
  })

  it('refuses a stale move from a case, and a copy or title for a finished case, changing nothing', async () => {
    const { id } = await createComplaint(h, w, {}, desk)
    const stop = (await h.must('trips.addItem', { tripId: w.trip, dayNo: 3, item: shoppingStop }, desk)).id
    await h.must('trips.moveItem', { id: stop, version: 1, dayNo: 2, position: 0 }, desk)
    const closed = (await createComplaint(h, w, {}, desk)).id
    await walk(h, closed, ['accepted', 'investigating', 'replied', 'resolved'], manager)
    const c = await getComplaint(h, closed, manager)
    await h.must(
      'complaints.close',
      { id: closed, version: c.version, lessons: '培训', correctiveActions: [] },
      manager,
    )

    const before = await dbFingerprint(h.app.db)
    // the clerk's screen still shows version 1: the move is refused and the case not touched
    const staleMove = { id: stop, version: 1, dayNo: 4, position: 0, complaintId: id }
    expect(code(await h.call('trips.moveItem', staleMove, desk))).toBe('STALE')
    expect(code(await h.call('trips.copyItem', { id: stop, dayNo: 5, complaintId: closed }, desk))).toBe(
      'CONFLICT',
    )
    const title = { tripId: w.trip, dayNo: 2, version: 0, title: '改线', complaintId: closed }
    expect(code(await h.call('trips.setDayTitle', title, desk))).toBe('CONFLICT')
    const unknown = await h.call('trips.setDayTitle', { ...title, complaintId: closed + 99 }, desk)
    expect(unknown).toMatchObject({ ok: false, error: { fields: { complaintId: expect.anything() } } })
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })
})

describe('finding a case from Ctrl+K', () => {
  it('matches the case number, a complainant with or without a file, and the trip code', async () => {
    const a = await createComplaint(h, w, {}, desk)
    const code = (await trip(w.trip)).code
    const found = async (q: string) =>
      (await h.must<{ rows: { caseNo: string }[] }>('complaints.list', { q, pageSize: 5 }, desk)).rows.map(
        (r) => r.caseNo,
      )
    expect(await found(a.caseNo.toLowerCase())).toEqual([a.caseNo])
    expect(await found('建国')).toEqual([a.caseNo])
    expect(await found('smith')).toEqual([a.caseNo])
    expect(await found(code)).toEqual([a.caseNo])
    expect(await found('TS-2025')).toEqual([])
    expect(await found('李四')).toEqual([])
  })
})
