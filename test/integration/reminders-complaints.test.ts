import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReminderView } from '../../src/shared/reminders/reminder.types'
import { PASSWORD } from './harness'
import type { Desk } from './reminders-fixtures'
import { customer, openDesk, openReminders, removeDir, tempDir } from './reminders-fixtures'

// 10:00 in Beijing on Wednesday 25 November 2026
const NOW = '2026-11-25T02:00:00.000Z'
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

const complaintKinds = ['complaint_reply_due', 'complaint_reply_overdue', 'complaint_follow_up']
const ofComplaints = (rs: ReminderView[]) =>
  rs
    .filter((r) => complaintKinds.includes(r.kind))
    .map((r) => [r.kind, r.due, r.bucket, r.detail.caseNo])
    .sort()

/** A complaint received at the given instant, from a customer with a file. */
async function complaint(receivedAt: string, extra: Record<string, unknown> = {}) {
  const c = await customer(d, '张伟')
  return d.must<{ id: number; caseNo: string }>('complaints.create', {
    channel: 'phone',
    receivedAt,
    whatHappened: '导游强迫购物',
    cause: 'shopping',
    complainants: [{ customerId: c }],
    ...extra,
  })
}

async function move(id: number, ...statuses: string[]) {
  for (const status of statuses) {
    const c = await d.must<{ version: number }>('complaints.get', { id })
    await d.must('complaints.setStatus', { id, version: c.version, status })
  }
}

describe('complaint reminders', () => {
  it('a new complaint: the written reply is due in 2 days of its 10-day deadline, then overdue, to whoever took it', async () => {
    // received 20 Nov: the reply is due by 30 Nov (across the month end: 28 Nov and 1 Dec)
    const k = await complaint('2026-11-20T03:00:00.000Z')
    const rs = await openReminders(d)
    expect(ofComplaints(rs)).toEqual([
      ['complaint_reply_due', '2026-11-28', 'upcoming', k.caseNo],
      ['complaint_reply_overdue', '2026-12-01', 'upcoming', k.caseNo],
    ])
    const due = rs.find((r) => r.kind === 'complaint_reply_due')!
    expect(due.assignee?.name).toBe('王经理')
    expect(due.eventDay).toBe('2026-11-30')
    expect(due.detail.complaintId).toBe(k.id)
  })

  it('a reply already late is overdue on the home screen; replying dismisses both reminders', async () => {
    const k = await complaint('2026-11-10T03:00:00.000Z')
    expect(ofComplaints(await openReminders(d))).toEqual([
      ['complaint_reply_due', '2026-11-18', 'overdue', k.caseNo],
      ['complaint_reply_overdue', '2026-11-21', 'overdue', k.caseNo],
    ])
    await move(k.id, 'accepted', 'investigating', 'replied')
    expect(ofComplaints(await openReminders(d))).toEqual([])
  })

  it('goes to the assigned clerk, not to the one who took the call', async () => {
    await d.must('staff.create', { name: '李小丽', login: 'xiaoli', role: 'frontdesk', password: PASSWORD })
    const clerk = await d.signIn('xiaoli')
    const me = await d.must<{ staff: { id: number } }>('auth.status', {}, clerk)
    await complaint('2026-11-24T03:00:00.000Z', { assigneeId: me.staff.id })
    expect(ofComplaints(await openReminders(d, clerk)).map((r) => r[0])).toEqual([
      'complaint_reply_due',
      'complaint_reply_overdue',
    ])
    expect(ofComplaints(await openReminders(d))).toEqual([])
  })

  it('closing asks for a follow-up call the next day, to the complainant with a file, unless satisfaction is known', async () => {
    const k = await complaint('2026-11-20T03:00:00.000Z')
    await move(k.id, 'accepted', 'investigating', 'replied', 'resolved')
    const c = await d.must<{ version: number }>('complaints.get', { id: k.id })
    await d.must('complaints.close', { id: k.id, version: c.version, lessons: '购物店须写进合同' })
    const rs = await openReminders(d)
    expect(ofComplaints(rs)).toEqual([['complaint_follow_up', '2026-11-26', 'upcoming', k.caseNo]])
    expect(rs.find((r) => r.kind === 'complaint_follow_up')!.customer?.name).toBe('张伟')

    const other = await complaint('2026-11-21T03:00:00.000Z')
    await move(other.id, 'accepted', 'investigating', 'replied', 'resolved')
    const o = await d.must<{ version: number }>('complaints.get', { id: other.id })
    await d.must('complaints.close', {
      id: other.id,
      version: o.version,
      lessons: '已回访',
      customerSatisfied: true,
    })
    expect(ofComplaints(await openReminders(d)).map((r) => r[3])).toEqual([k.caseNo])
  })
})
