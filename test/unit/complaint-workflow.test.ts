import { describe, expect, it } from 'vitest'
import { caseNumber, checkMove, movesFor, parseCaseNumber } from '../../src/shared/complaints/status'
import { complaintClocks, dayClock, pausedMs } from '../../src/shared/complaints/clocks'
import type { ClockFacts, HistoryEntry } from '../../src/shared/complaints/clocks'

const policy = { firstResponseHours: 24, resolutionDays: 30 }
/** Beijing wall time → ISO (UTC+8, no DST) */
const bj = (wall: string) => new Date(`${wall}+08:00`).toISOString()
const facts = (
  receivedWall: string,
  history: [string, HistoryEntry['to']][],
  over: Partial<ClockFacts> = {},
) => ({
  receivedAt: bj(receivedWall),
  bureauMediated: false,
  tripReturnDate: null,
  history: history.map(([w, to]) => ({ at: bj(w), to })),
  ...over,
})

describe('status moves', () => {
  it('follows the workflow and refuses jumps', () => {
    expect(checkMove('new', 'accepted', 'frontdesk', '2026-03-01', null)).toEqual({ ok: true, reopen: false })
    expect(checkMove('investigating', 'awaiting_customer', 'frontdesk', '2026-03-01', null).ok).toBe(true)
    expect(checkMove('awaiting_supplier', 'investigating', 'frontdesk', '2026-03-01', null).ok).toBe(true)
    expect(checkMove('new', 'closed', 'admin', '2026-03-01', null)).toEqual({ ok: false, why: 'not_a_move' })
    expect(checkMove('accepted', 'replied', 'manager', '2026-03-01', null).ok).toBe(false)
  })
  it('leaves refusing, closing and reopening to managers', () => {
    expect(checkMove('new', 'rejected', 'frontdesk', '2026-03-01', null)).toEqual({ ok: false, why: 'role' })
    expect(checkMove('new', 'rejected', 'manager', '2026-03-01', null).ok).toBe(true)
    expect(checkMove('resolved', 'closed', 'frontdesk', '2026-03-01', null)).toEqual({
      ok: false,
      why: 'role',
    })
    expect(movesFor('resolved', 'frontdesk', '2026-03-01', null)).toEqual(['investigating'])
    expect(movesFor('resolved', 'manager', '2026-03-01', null)).toEqual(['investigating', 'closed'])
  })
  it('reopens within 30 days of closing, across a month end, and not on day 31', () => {
    expect(checkMove('closed', 'investigating', 'manager', '2026-02-28', '2026-01-29')).toEqual({
      ok: true,
      reopen: true,
    })
    expect(checkMove('closed', 'investigating', 'manager', '2026-03-01', '2026-01-29')).toEqual({
      ok: false,
      why: 'reopen_window',
    })
    expect(checkMove('duplicate', 'new', 'admin', '2026-03-01', '2026-02-20').ok).toBe(true)
  })
  it('numbers cases per year with at least four digits', () => {
    expect(caseNumber(2026, 42)).toBe('TS-2026-0042')
    expect(caseNumber(2026, 12345)).toBe('TS-2026-12345')
    expect(parseCaseNumber('TS-2026-0042')).toEqual({ year: 2026, seq: 42 })
    expect(parseCaseNumber('TD-2026-0042')).toBeNull()
  })
})

describe('written reply: 10 calendar days, never paused', () => {
  it('falls due across a month end and turns due soon, then overdue', () => {
    const f = facts('2026-01-25T23:30', [['2026-01-25T23:31', 'new']])
    // received late on 25 Jan Beijing time (still 25 Jan, though UTC says the same day earlier)
    expect(complaintClocks(f, policy, new Date(bj('2026-02-01T12:00'))).reply).toEqual({
      state: 'on_time',
      dueDay: '2026-02-04',
      doneDay: null,
      missed: false,
    })
    expect(complaintClocks(f, policy, new Date(bj('2026-02-02T00:10'))).reply.state).toBe('due_soon')
    expect(complaintClocks(f, policy, new Date(bj('2026-02-04T23:59'))).reply.state).toBe('due_soon')
    expect(complaintClocks(f, policy, new Date(bj('2026-02-05T00:00'))).reply.state).toBe('overdue')
  })
  it('uses the Beijing day, not the UTC day, of receipt', () => {
    // 00:30 on 1 March in Beijing is still 28 Feb in UTC
    const f = facts('2026-03-01T00:30', [['2026-03-01T00:30', 'new']])
    expect(complaintClocks(f, policy, new Date(bj('2026-03-02T09:00'))).reply.dueDay).toBe('2026-03-11')
  })
  it('is not paused by waiting for the customer, and a late reply stays missed', () => {
    const f = facts('2026-04-01T09:00', [
      ['2026-04-01T09:00', 'new'],
      ['2026-04-01T10:00', 'accepted'],
      ['2026-04-01T11:00', 'investigating'],
      ['2026-04-02T11:00', 'awaiting_customer'],
      ['2026-04-09T11:00', 'investigating'],
      ['2026-04-12T11:00', 'replied'],
      ['2026-04-13T11:00', 'resolved'],
      ['2026-04-14T11:00', 'closed'],
    ])
    const c = complaintClocks(f, policy, new Date(bj('2026-06-01T09:00')))
    expect(c.reply).toEqual({ state: 'overdue', dueDay: '2026-04-11', doneDay: '2026-04-12', missed: true })
    // the resolution target paused 7 days for the customer: resolved in 12 days, 5 of them counted
    expect(c.resolution.missed).toBe(false)
    expect(c.resolution.dueAt).toBe(bj('2026-05-08T09:00'))
  })
  it('a reply on the due day is on time', () => {
    expect(dayClock('2026-02-04', '2026-02-04', '2026-03-01')).toMatchObject({
      state: 'on_time',
      missed: false,
    })
  })
})

describe('90-day window after the trip', () => {
  const at = (received: string) =>
    complaintClocks(
      facts(`${received}T10:00`, [[`${received}T10:00`, 'new']], { tripReturnDate: '2025-12-01' }),
      policy,
      new Date(bj(`${received}T11:00`)),
    ).lateFiling
  it('warns from the 91st day only', () => {
    expect(at('2026-03-01')).toBeNull() // 90 days after 1 Dec (through a 28-day February)
    expect(at('2026-03-02')).toEqual({ daysAfterTrip: 91 })
  })
})

describe('bureau mediation: 60 days from acceptance', () => {
  it('runs only for bureau cases and only once accepted', () => {
    const h: [string, HistoryEntry['to']][] = [['2026-01-02T09:00', 'new']]
    const bureau = (hist: typeof h) => facts('2026-01-02T09:00', hist, { bureauMediated: true })
    expect(complaintClocks(bureau(h), policy, new Date(bj('2026-01-03T09:00'))).mediation).toBeNull()
    const accepted = bureau([...h, ['2026-01-05T09:00', 'accepted']])
    expect(complaintClocks(accepted, policy, new Date(bj('2026-03-05T09:00'))).mediation).toMatchObject({
      dueDay: '2026-03-06',
      state: 'due_soon',
    })
    expect(complaintClocks(accepted, policy, new Date(bj('2026-03-07T09:00'))).mediation?.state).toBe(
      'overdue',
    )
    expect(
      complaintClocks({ ...accepted, bureauMediated: false }, policy, new Date(bj('2026-03-05T09:00')))
        .mediation,
    ).toBeNull()
  })
})

describe('internal targets pause while waiting for the customer', () => {
  it('first response: 24 h, due soon in the last 6 h, missed for good when late', () => {
    const f = facts('2026-05-31T10:00', [['2026-05-31T10:00', 'new']])
    expect(complaintClocks(f, policy, new Date(bj('2026-06-01T03:59'))).firstResponse.state).toBe('on_time')
    expect(complaintClocks(f, policy, new Date(bj('2026-06-01T04:00'))).firstResponse.state).toBe('due_soon')
    expect(complaintClocks(f, policy, new Date(bj('2026-06-01T10:01'))).firstResponse.state).toBe('overdue')
    const late = facts('2026-05-31T10:00', [
      ['2026-05-31T10:00', 'new'],
      ['2026-06-01T10:01', 'accepted'],
    ])
    expect(complaintClocks(late, policy, new Date(bj('2026-07-01T00:00'))).firstResponse).toMatchObject({
      state: 'overdue',
      missed: true,
    })
  })
  it('stands still while waiting, and moves the due time by the wait', () => {
    const h: HistoryEntry[] = [
      { at: bj('2026-01-30T09:00'), to: 'investigating' },
      { at: bj('2026-01-31T09:00'), to: 'awaiting_customer' },
    ]
    const now = new Date(bj('2026-02-03T09:00'))
    expect(pausedMs(h, Date.parse(bj('2026-01-30T00:00')), now.getTime())).toBe(3 * 86_400_000)
    const f = facts('2026-01-30T09:00', [
      ['2026-01-30T09:00', 'new'],
      ['2026-01-30T10:00', 'accepted'],
      ['2026-01-30T11:00', 'investigating'],
      ['2026-01-31T09:00', 'awaiting_customer'],
    ])
    const r = complaintClocks(f, { firstResponseHours: 24, resolutionDays: 2 }, now).resolution
    // 24 of the 48 hours used, the 3 waiting days not counted
    expect(r).toMatchObject({ state: 'on_time', paused: true, dueAt: bj('2026-02-04T09:00') })
  })
})
