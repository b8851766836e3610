import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReminderView } from '../../src/shared/reminders/reminder.types'
import type { Desk } from './reminders-fixtures'
import { bookedTrip, customer, openDesk, openReminders, removeDir, tempDir } from './reminders-fixtures'

let dir: string
let d: Desk

beforeEach(async () => {
  dir = tempDir()
  d = await openDesk(dir, '2026-11-25T02:00:00.000Z', true)
})
afterEach(async () => {
  await d.app.close()
  removeDir(dir)
})

const ofKind = async (kind: string, horizonDays = 60) =>
  (await openReminders(d, undefined, horizonDays)).filter((r) => r.kind === kind)

async function moveTo(iso: string): Promise<void> {
  d.clock.now = new Date(iso)
  await d.app.reminders.tick()
}

describe('recurring and licence reminders', () => {
  it('stay in touch: the next slot follows the previous slot, not the day it was handled; a logged contact restarts it', async () => {
    const s = await d.must('reminders.settings', {})
    await d.must('reminders.updateSettings', { ...s, stayInTouchMonths: 1 })
    const c = await customer(d, '张伟')
    await d.must('reminders.setStayInTouch', { customerId: c, enabled: true })
    expect((await d.must('reminders.stayInTouch', { customerId: c })).enabled).toBe(true)
    const [first] = await ofKind('stay_in_touch')
    expect(first.due).toBe('2026-12-25')
    // handled ten days late, without logging a contact
    await moveTo('2027-01-04T02:00:00.000Z')
    await d.must('reminders.dismiss', { id: first.id, version: first.version, note: '本月太忙' })
    // marking again does not restart the count either
    await d.must('reminders.setStayInTouch', { customerId: c, enabled: true })
    const [second] = await ofKind('stay_in_touch')
    expect(second.due).toBe('2027-01-25')
    // a call on 8 January, logged on the 10th, restarts the count from the day of the call
    await moveTo('2027-01-10T02:00:00.000Z')
    await d.must('customers.logCommunication', {
      customerId: c,
      at: '2027-01-08T10:00:00+08:00',
      channel: 'phone',
      direction: 'outbound',
      summary: '问候',
    })
    expect((await ofKind('stay_in_touch')).map((r) => r.due)).toEqual(['2027-02-08'])
  })

  it('the return-visit plan: 1 week, 3 months and 1 year after return, each created as it comes near', async () => {
    const c = await customer(d, '张伟')
    await bookedTrip(d, '2026-11-10', '2026-11-20', [c])
    expect((await ofKind('return_visit')).map((r) => r.due)).toEqual(['2026-11-27'])
    await moveTo('2027-02-01T02:00:00.000Z')
    expect((await ofKind('return_visit')).map((r) => r.due)).toEqual(['2026-11-27', '2027-02-20'])
    await moveTo('2027-11-01T02:00:00.000Z')
    // older than the 30-day catch-up, the first visit stays in the list as overdue
    expect((await ofKind('return_visit')).map((r) => r.due)).toEqual([
      '2026-11-27',
      '2027-02-20',
      '2027-11-20',
    ])
  })

  it('guide and supplier licences running out go to the whole desk', async () => {
    await d.must('guides.create', { name: '张导', roles: ['local_guide'], licenceExpiry: '2027-01-10' })
    await d.must('suppliers.create', {
      kind: 'ground_operator',
      name: '昆明地接社',
      licenceExpiry: '2027-01-20',
    })
    await d.must('suppliers.create', { kind: 'hotel', name: '没到期酒店', licenceExpiry: '2028-01-20' })
    const rs = await openReminders(d)
    const licences = rs.filter((r) => r.kind.endsWith('_licence'))
    expect(
      licences.map((r: ReminderView) => [r.kind, r.guide?.name ?? r.supplier?.name, r.due, r.assignee]),
    ).toEqual([
      ['guide_licence', '张导', '2026-11-11', null],
      ['supplier_licence', '昆明地接社', '2026-11-21', null],
    ])
    // a colleague sees them too
    await d.must('staff.create', {
      name: '小李',
      login: 'xiaoli',
      role: 'frontdesk',
      password: 'correct-horse-9',
    })
    const li = await d.signIn('xiaoli')
    expect((await openReminders(d, li)).filter((r) => r.kind.endsWith('_licence'))).toHaveLength(2)
  })
})
