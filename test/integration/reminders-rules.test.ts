import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ReminderView } from '../../src/shared/reminders/reminder.types'
import type { Desk } from './reminders-fixtures'
import { bookedTrip, customer, openDesk, openReminders, removeDir, tempDir } from './reminders-fixtures'

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

const byKind = (rs: ReminderView[], kind: string) => rs.filter((r) => r.kind === kind)

describe('trip rules', () => {
  it('a booked trip gets a departure notice and a day-after-return call per traveller, and the visit plan', async () => {
    const a = await customer(d, '张伟')
    const b = await customer(d, '李娜')
    const trip = await bookedTrip(d, '2026-12-03', '2026-12-08', [a, b])
    const rs = await openReminders(d)
    const notices = byKind(rs, 'departure_notice')
    expect(notices.map((r) => [r.customer?.name, r.due])).toEqual([
      ['张伟', '2026-11-30'],
      ['李娜', '2026-11-30'],
    ])
    const calls = byKind(rs, 'return_call')
    expect(calls.map((r) => r.due)).toEqual(['2026-12-09', '2026-12-09'])
    // assigned to the trip's owner, the administrator who created it
    expect(calls[0].assignee?.name).toBe('王经理')
    // one week after return is within the 30-day horizon; 3 months and a year are not created yet
    expect(byKind(rs, 'return_visit').map((r) => [r.due, r.detail])).toEqual([
      ['2026-12-15', { amount: 1, unit: 'week' }],
      ['2026-12-15', { amount: 1, unit: 'week' }],
    ])
    // neither has an identity document on file for this domestic trip
    expect(byKind(rs, 'document_gap').map((r) => [r.due, r.detail.code, r.bucket])).toEqual([
      ['2026-11-03', 'doc_missing', 'overdue'],
      ['2026-11-03', 'doc_missing', 'overdue'],
    ])
    const ofTrip = await d.must('reminders.ofTrip', { tripId: trip })
    expect(ofTrip.planned).toHaveLength(8)
  })

  it('a trip entered after it left gets no pre-departure notice or document check, only the calls after return', async () => {
    const a = await customer(d, '张伟')
    // departed a week ago, back yesterday: the desk records it after the fact
    await bookedTrip(d, '2026-11-18', '2026-11-24', [a])
    const rs = await openReminders(d)
    expect(byKind(rs, 'departure_notice')).toEqual([])
    expect(byKind(rs, 'document_gap')).toEqual([])
    expect(byKind(rs, 'return_call').map((r) => [r.due, r.bucket])).toEqual([['2026-11-25', 'today']])
  })

  it('moving a trip moves its reminders; cancelling dismisses them with the reason', async () => {
    const a = await customer(d, '张伟')
    const trip = await bookedTrip(d, '2026-12-03', '2026-12-08', [a])
    const before = byKind(await openReminders(d), 'departure_notice')[0]
    const t = await d.must('trips.get', { id: trip })
    await d.must('trips.update', {
      id: trip,
      version: t.version,
      routeName: t.routeName,
      destination: t.destination,
      kind: t.kind,
      departDate: '2026-12-10',
      returnDate: '2026-12-15',
    })
    const moved = byKind(await openReminders(d), 'departure_notice')
    expect(moved.map((r) => [r.id, r.due])).toEqual([[before.id, '2026-12-07']])
    expect(byKind(await openReminders(d), 'return_call').map((r) => r.due)).toEqual(['2026-12-16'])

    const t2 = await d.must('trips.get', { id: trip })
    await d.must('trips.setStatus', { id: trip, version: t2.version, status: 'cancelled' })
    expect(await openReminders(d)).toEqual([])
    const done = (await d.must('reminders.ofTrip', { tripId: trip })).done as ReminderView[]
    expect(done.map((r) => [r.kind, r.dismissReason]).sort()).toEqual([
      ['departure_notice', 'trip_cancelled'],
      ['document_gap', 'trip_cancelled'],
      ['return_call', 'trip_cancelled'],
      ['return_visit', 'trip_cancelled'],
    ])
  })

  it('a traveller whose passport does not cover an outbound trip gets a document reminder', async () => {
    const a = await customer(d, '张伟', {
      documents: [{ kind: 'passport', number: 'E12345678', expiryDate: '2027-03-01' }],
    })
    const id = (
      await d.must('trips.create', {
        routeName: '日本七日游',
        destination: '东京',
        kind: 'outbound',
        departDate: '2026-12-20',
        returnDate: '2026-12-26',
      })
    ).id
    await d.must('trips.addParticipants', { tripId: id, customerIds: [a] })
    const t = await d.must('trips.get', { id })
    await d.must('trips.setStatus', {
      id,
      version: t.version,
      status: 'confirmed',
      confirmAnyway: '护照换发中',
    })
    const gap = byKind(await openReminders(d), 'document_gap')
    expect(gap.map((r) => [r.due, r.detail.code])).toEqual([['2026-11-20', 'passport_validity']])
    expect(gap[0].bucket).toBe('overdue')
  })
})

describe('customer rules', () => {
  it('birthdays (solar and lunar) only for customers with marketing consent', async () => {
    // 2026-11-27 is 十月十九 in the lunar calendar
    const solar = await customer(d, '王芳', {
      birth: { calendar: 'solar', date: '1960-11-27' },
      marketingConsent: true,
    })
    const lunar = await customer(d, '赵强', {
      birth: { calendar: 'lunar', year: 1950, month: 10, day: 19, leap: false },
      marketingConsent: true,
    })
    const noConsent = await customer(d, '钱多', { birth: { calendar: 'solar', date: '1980-11-27' } })
    const blocked = await customer(d, '孙悟', {
      birth: { calendar: 'solar', date: '1980-11-27' },
      marketingConsent: true,
      doNotContact: true,
    })
    const births = byKind(await openReminders(d), 'birthday')
    expect(births.map((r) => [r.customer?.id, r.due, r.detail.calendar])).toEqual([
      [solar, '2026-11-26', 'solar'],
      [lunar, '2026-11-26', 'lunar'],
    ])
    expect(births[0].detail.age).toBe(66)
    expect(births[0].greeting).toBe(true)
    const greeting = await d.must('reminders.greeting', { id: births[0].id })
    expect(greeting.text).toBe('王芳，您好！山水国旅祝您生日快乐，身体健康，万事如意！')
    expect((await d.must('reminders.whyLeftOut', { customerId: noConsent })).reasons).toEqual([
      'no_marketing_consent',
    ])
    expect((await d.must('reminders.whyLeftOut', { customerId: blocked })).reasons).toEqual([
      'do_not_contact',
    ])
    const week = await d.must('reminders.week', {})
    expect(week.birthdays.map((b: { name: string; leftOut: string | null }) => [b.name, b.leftOut])).toEqual([
      ['钱多', 'no_marketing_consent'],
      ['孙悟', 'do_not_contact'],
      ['王芳', null],
      ['赵强', null],
    ])
  })

  it('withdrawing consent dismisses the open greeting; deleting the customer removes their reminders', async () => {
    const id = await customer(d, '王芳', {
      birth: { calendar: 'solar', date: '1960-11-27' },
      marketingConsent: true,
    })
    expect(byKind(await openReminders(d), 'birthday')).toHaveLength(1)
    const p = await d.must('customers.get', { id })
    const { editable } = await import('./fixtures')
    await d.must('customers.update', { ...editable(p), marketingConsent: false })
    expect(byKind(await openReminders(d), 'birthday')).toHaveLength(0)
    const closed = (await d.must('reminders.ofCustomer', { customerId: id })).done as ReminderView[]
    expect(closed.map((r) => r.dismissReason)).toEqual(['no_longer_applies'])
    await d.must('customers.remove', { id })
    const left = await d.app.db.selectFrom('reminders').select('id').where('customer_id', '=', id).execute()
    expect(left).toEqual([])
  })

  it('document expiry, and a follow-up set while logging a call', async () => {
    const id = await customer(d, '周杰', {
      documents: [{ kind: 'hk_macao_permit', number: 'C12345678', expiryDate: '2027-02-20' }],
    })
    const logged = await d.must('customers.logCommunication', {
      customerId: id,
      channel: 'phone',
      direction: 'outbound',
      summary: '咨询日本签证',
      followUpDate: '2026-11-27',
      followUpNote: '周五回电话说签证材料',
    })
    const rs = await openReminders(d)
    expect(byKind(rs, 'document_expiry').map((r) => [r.due, r.detail])).toEqual([
      ['2026-11-22', { docKind: 'hk_macao_permit', expiry: '2027-02-20' }],
    ])
    const follow = byKind(rs, 'follow_up')
    expect(follow.map((r) => [r.id, r.due, r.note, r.assignee?.name])).toEqual([
      [logged.reminderId, '2026-11-27', '周五回电话说签证材料', '王经理'],
    ])
  })
})

describe('greetings across the year', () => {
  async function deskAt(now: string): Promise<void> {
    await d.app.close()
    removeDir(dir)
    dir = tempDir()
    d = await openDesk(dir, now, true)
  }

  it.each([
    ['2026-02-10T02:00:00.000Z', 'spring_festival', '2026-02-16'],
    ['2026-06-15T02:00:00.000Z', 'dragon_boat', '2026-06-18'],
    ['2026-09-20T02:00:00.000Z', 'mid_autumn', '2026-09-24'],
    ['2027-02-18T02:00:00.000Z', 'lantern', '2027-02-19'],
    ['2027-09-10T02:00:00.000Z', 'mid_autumn', '2027-09-14'],
    ['2027-09-28T02:00:00.000Z', 'national_day', '2027-09-30'],
  ])('at %s: %s, due %s, only with consent', async (now, festival, due) => {
    await deskAt(now)
    const yes = await customer(d, '王芳', { marketingConsent: true })
    await customer(d, '钱多')
    // the rule runs at the start of the day; a new customer joins the next materialisation
    await d.app.reminders.rewindTo(now.slice(0, 10))
    const fest = byKind(await openReminders(d), 'festival').filter((r) => r.detail.festival === festival)
    expect(fest.map((r) => [r.customer?.id, r.due])).toEqual([[yes, due]])
    const g = await d.must('reminders.greeting', { id: fest[0].id })
    expect(g.text.startsWith('王芳，您好！')).toBe(true)
  })

  it('重阳 only for elderly customers (60+ or marked elderly), 2026 and 2027', async () => {
    for (const [now, due] of [
      ['2026-10-15T02:00:00.000Z', '2026-10-17'],
      ['2027-10-05T02:00:00.000Z', '2027-10-07'],
    ]) {
      await deskAt(now)
      const old = await customer(d, '老李', {
        marketingConsent: true,
        birth: { calendar: 'solar', date: '1950-01-01' },
      })
      const marked = await customer(d, '老王', { marketingConsent: true, needs: [{ kind: 'elderly' }] })
      await customer(d, '小张', { marketingConsent: true, birth: { calendar: 'solar', date: '1995-01-01' } })
      await d.app.reminders.rewindTo(now.slice(0, 10))
      const fest = byKind(await openReminders(d), 'festival').filter(
        (r) => r.detail.festival === 'double_ninth',
      )
      expect(fest.map((r) => [r.customer?.id, r.due]).sort()).toEqual([
        [old, due],
        [marked, due],
      ])
    }
  })

  it('29 February birthday on 28 February 2027; 闰六月 birthday in the regular 六月 of 2026', async () => {
    await deskAt('2027-02-20T02:00:00.000Z')
    const feb29 = await customer(d, '王芳', {
      marketingConsent: true,
      birth: { calendar: 'solar', date: '2000-02-29' },
    })
    expect(
      byKind(await openReminders(d), 'birthday').map((r) => [r.customer?.id, r.due, r.detail.age]),
    ).toEqual([[feb29, '2027-02-27', 27]])
    // born on 闰六月初十 of 2025; 2026 has no leap 六月, so 六月初十 (2026-07-23), the first birthday
    await deskAt('2026-07-15T02:00:00.000Z')
    const leap = await customer(d, '赵小宝', {
      marketingConsent: true,
      birth: { calendar: 'lunar', year: 2025, month: 6, day: 10, leap: true },
    })
    expect(
      byKind(await openReminders(d), 'birthday').map((r) => [r.customer?.id, r.due, r.detail.age]),
    ).toEqual([[leap, '2026-07-22', 1]])
  })
})

describe('festival rows spread over a week of scans', () => {
  it('each consenting customer gets one row, on a first scan days before the festival too', async () => {
    const { festival } = await import('../../src/main/reminders/rules/customer-rules')
    const { defaultReminderSettings } = await import('../../src/main/reminders/reminder-settings.repo')
    const ids: number[] = []
    for (let i = 0; i < 9; i++) ids.push(await customer(d, `客户${i}`, { marketingConsent: true }))
    // 中秋 2026 is 25 September, greeted a day before; the first scan runs on the 22nd
    const env = { db: d.app.db, settings: defaultReminderSettings(), today: '2026-09-22' }
    const found = await festival.occurrencesOf(env, ids, '2026-09-22', '2026-10-22')
    const mid = found.filter((o) => o.detail.festival === 'mid_autumn')
    expect(mid.map((o) => o.customerId).sort((a, b) => a! - b!)).toEqual(ids)
    expect(new Set(mid.map((o) => o.due))).toEqual(new Set(['2026-09-24']))
    // a later daily scan of one new day creates none of them again
    const later = { ...env, today: '2026-09-23' }
    const next = await festival.occurrencesOf(later, ids, '2026-10-23', '2026-10-23')
    expect(next.filter((o) => o.detail.festival === 'mid_autumn')).toEqual([])
  })
})
