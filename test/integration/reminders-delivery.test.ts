import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Desk } from './reminders-fixtures'
import { bookedTrip, customer, openDesk, openReminders, removeDir, tempDir } from './reminders-fixtures'

// 10:00 in Beijing on Wednesday 25 November 2026
const NOW = '2026-11-25T02:00:00.000Z'
const at = (iso: string) => new Date(iso)
let dir: string
let d: Desk

beforeEach(async () => {
  dir = tempDir()
  d = await openDesk(dir, NOW, true)
})
afterEach(async () => {
  await d.app.close()
  removeDir(dir)
})

async function tickAt(desk: Desk, iso: string) {
  desk.clock.now = at(iso)
  await desk.app.reminders.tick()
}

describe('due-scan and notifications', () => {
  it('a reminder due today is shown once, at the moment it is due, and opens its customer', async () => {
    const c = await customer(d, '张伟')
    await d.must('reminders.createTask', {
      assigneeId: 1,
      due: '2026-11-25',
      time: '14:30',
      note: '打电话说日本签证',
      customerId: c,
    })
    await tickAt(d, '2026-11-25T06:00:00.000Z') // 14:00: not yet
    expect(d.shown).toEqual([])
    await tickAt(d, '2026-11-25T06:31:00.000Z')
    await tickAt(d, '2026-11-25T06:32:00.000Z')
    expect(d.shown).toHaveLength(1)
    expect(d.shown[0]).toMatchObject({ title: 'TourDesk · 任务', target: { target: 'customer', id: c } })
    expect(d.shown[0].body).toContain('打电话说日本签证')
  })

  it('quiet hours hold a toast until they end', async () => {
    await d.must('reminders.createTask', {
      assigneeId: 1,
      due: '2026-11-25',
      time: '22:00',
      note: '晚上的任务',
    })
    await tickAt(d, '2026-11-25T14:05:00.000Z') // 22:05 Beijing
    expect(d.shown).toEqual([])
    await tickAt(d, '2026-11-25T23:59:00.000Z') // 07:59 next day
    expect(d.shown).toEqual([])
    await tickAt(d, '2026-11-26T00:00:30.000Z') // 08:00:30
    expect(d.shown.map((n) => n.body.includes('晚上的任务'))).toEqual([true])
  })

  it('after 5 days off: one "missed while you were away" digest, rows marked late, nothing twice', async () => {
    const a = await customer(d, '张伟')
    const b = await customer(d, '李娜')
    await bookedTrip(d, '2026-11-20', '2026-11-27', [a, b])
    await tickAt(d, '2026-11-25T02:01:00.000Z')
    d.shown.length = 0
    await d.app.close()
    // TourDesk was closed for five days; the return calls fell due on 28 November
    d = await openDesk(dir, '2026-12-01T01:00:00.000Z', false)
    await d.app.reminders.tick()
    expect(d.shown).toHaveLength(1)
    expect(d.shown[0]).toMatchObject({ title: '离开期间错过的提醒（2）', target: { target: 'home' } })
    const late = (await openReminders(d)).filter((r) => r.late)
    expect(late.filter((r) => r.kind === 'return_call').map((r) => r.due)).toEqual([
      '2026-11-28',
      '2026-11-28',
    ])
    expect(await d.must('reminders.counts', {})).toMatchObject({ late: late.length })
    await tickAt(d, '2026-12-01T01:01:00.000Z')
    await tickAt(d, '2026-12-01T02:00:00.000Z')
    expect(d.shown).toHaveLength(1)
  })

  it('older than 30 days: listed, never toasted', async () => {
    await d.must('reminders.createTask', { assigneeId: 1, due: '2026-11-26', note: '很久以前' })
    await d.app.close()
    d = await openDesk(dir, '2027-01-10T02:00:00.000Z', false)
    await d.app.reminders.tick()
    expect(d.shown).toEqual([])
    expect((await openReminders(d)).map((r) => [r.note, r.bucket])).toEqual([['很久以前', 'overdue']])
  })

  it('clock set back: nothing is shown twice', async () => {
    await d.must('reminders.createTask', { assigneeId: 1, due: '2026-11-25', time: '11:00', note: '一次' })
    await tickAt(d, '2026-11-25T03:01:00.000Z')
    expect(d.shown).toHaveLength(1)
    await tickAt(d, '2026-11-24T20:00:00.000Z') // set back to the previous evening… (quiet hours off below)
    const s = await d.must('reminders.settings', {})
    await d.must('reminders.updateSettings', { ...s, quietHours: { ...s.quietHours, enabled: false } })
    await tickAt(d, '2026-11-25T00:00:00.000Z')
    await tickAt(d, '2026-11-25T03:01:30.000Z')
    await tickAt(d, '2026-11-25T03:05:00.000Z')
    expect(d.shown).toHaveLength(1)
  })

  it('two engines on one database deliver each occurrence once', async () => {
    const other = await openDesk(dir, NOW, false)
    try {
      // both desks have been running, their last scan half a minute ago
      other.clock.now = d.clock.now = at('2026-11-25T02:59:30.000Z')
      await Promise.all([d.app.reminders.tick(), other.app.reminders.tick()])
      for (let i = 0; i < 3; i++) {
        await d.must('reminders.createTask', {
          assigneeId: 1,
          due: '2026-11-25',
          time: '11:00',
          note: `任务${i}`,
        })
      }
      other.clock.now = d.clock.now = at('2026-11-25T03:00:30.000Z')
      await Promise.all([d.app.reminders.tick(), other.app.reminders.tick()])
      await Promise.all([d.app.reminders.tick(), other.app.reminders.tick()])
      const bodies = [...d.shown, ...other.shown].map((n) => n.body).sort()
      expect(bodies.filter((b) => b.includes('任务'))).toHaveLength(3)
      const rows = await d.app.db.selectFrom('reminder_deliveries').select('reminder_id').execute()
      expect(rows).toHaveLength(3)
    } finally {
      await other.app.close()
    }
  })

  it('three desks racing over twenty due reminders each deliver every one exactly once', async () => {
    const others = [await openDesk(dir, NOW, false), await openDesk(dir, NOW, false)]
    const desks = [d, ...others]
    const setAll = (iso: string) => desks.forEach((x) => (x.clock.now = at(iso)))
    try {
      setAll('2026-11-25T02:59:30.000Z')
      await Promise.all(desks.map((x) => x.app.reminders.tick()))
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          d.must('reminders.createTask', { assigneeId: 1, due: '2026-11-25', time: '11:00', note: `竞${i}` }),
        ),
      )
      setAll('2026-11-25T03:00:30.000Z')
      // every desk scans at once, twice: on PostgreSQL these are separate connections in parallel
      for (let round = 0; round < 2; round++) await Promise.all(desks.map((x) => x.app.reminders.tick()))
      // more than a few at once come as a digest ("20 条提醒已到期"): count what each notice carries
      const delivered = desks
        .flatMap((x) => x.shown)
        .reduce((sum, n) => sum + (n.tag?.startsWith('digest') ? Number(/\d+/.exec(n.title)?.[0]) : 1), 0)
      expect(delivered).toBe(20)
      const rows = await d.app.db.selectFrom('reminder_deliveries').select('reminder_id').execute()
      expect(new Set(rows.map((r) => r.reminder_id)).size).toBe(20)
      expect(rows).toHaveLength(20)
    } finally {
      for (const o of others) await o.app.close()
    }
  })

  it('snoozing for an hour shows it again an hour later', async () => {
    await d.must('reminders.createTask', { assigneeId: 1, due: '2026-11-25', time: '11:00', note: '稍后' })
    await tickAt(d, '2026-11-25T03:00:10.000Z')
    const [r] = await openReminders(d)
    const snoozed = await d.must('reminders.snooze', { id: r.id, version: r.version, until: 'hour' })
    expect(snoozed.until).toBe('2026-11-25T04:00:10.000Z')
    await tickAt(d, '2026-11-25T03:30:00.000Z')
    await tickAt(d, '2026-11-25T04:00:20.000Z')
    expect(d.shown).toHaveLength(2)
  })
})

describe('handling reminders', () => {
  it('completing a return call logs the contact to the customer in the same step', async () => {
    const a = await customer(d, '张伟')
    await bookedTrip(d, '2026-11-18', '2026-11-24', [a])
    const call = (await openReminders(d)).find((r) => r.kind === 'return_call')!
    expect(call.bucket).toBe('today')
    const done = await d.must('reminders.complete', {
      id: call.id,
      version: call.version,
      outcome: '客人很满意',
      log: { channel: 'phone', summary: '回访：行程满意，导游很好' },
    })
    const log = await d.must('customers.communications', { customerId: a })
    expect(log.rows.map((m: { id: number; summary: string }) => [m.id, m.summary])).toEqual([
      [done.communicationId, '回访：行程满意，导游很好'],
    ])
    const history = await d.must('reminders.ofCustomer', { customerId: a })
    expect(
      history.done.map((r: { kind: string; closedBy: { name: string } }) => [r.kind, r.closedBy.name]),
    ).toEqual([['return_call', '王经理']])
    const again = await d.call('reminders.complete', { id: call.id, version: call.version })
    expect(again).toMatchObject({ ok: false, error: { code: 'STALE' } })
  })

  it('a task assigned to a colleague is on their list, not on mine', async () => {
    await d.must('staff.create', {
      name: '小李',
      login: 'xiaoli',
      role: 'frontdesk',
      password: 'correct-horse-9',
    })
    const li = await d.signIn('xiaoli')
    const staff = await d.must('staff.list', {})
    const liId = staff.find((s: { login: string }) => s.login === 'xiaoli').id
    await d.must('reminders.createTask', { assigneeId: liId, due: '2026-11-27', note: '周五给张伟打电话' })
    expect((await openReminders(d, li)).map((r) => [r.note, r.createdBy?.name])).toEqual([
      ['周五给张伟打电话', '王经理'],
    ])
    expect(await openReminders(d)).toEqual([])
    // a manager sees everyone's, filtered by staff; the front desk may not
    const all = await d.must('reminders.list', { scope: 'all', staffId: liId })
    expect(all.upcoming).toHaveLength(1)
    expect(await d.call('reminders.list', { scope: 'all' }, li)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })

  it('turning a rule off dismisses its open reminders; a new lead time moves them', async () => {
    const a = await customer(d, '张伟')
    await bookedTrip(d, '2026-12-10', '2026-12-15', [a])
    const s = await d.must('reminders.settings', {})
    const next = await d.must('reminders.updateSettings', {
      ...s,
      rules: {
        ...s.rules,
        departure_notice: { enabled: true, days: 5 },
        return_call: { enabled: false, days: 1 },
      },
    })
    expect(next.version).toBe(s.version + 1)
    const rs = await openReminders(d)
    expect(rs.filter((r) => r.kind === 'departure_notice').map((r) => r.due)).toEqual(['2026-12-05'])
    expect(rs.filter((r) => r.kind === 'return_call')).toEqual([])
    const stale = await d.call('reminders.updateSettings', s)
    expect(stale).toMatchObject({ ok: false, error: { code: 'STALE' } })
  })
})
