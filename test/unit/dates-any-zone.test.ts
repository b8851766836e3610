import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  addDays,
  calendarDay,
  dayAfterReturn,
  dayIn,
  daysBetween,
  momentAt,
  tripDayDate,
  wallClock,
} from '../../src/shared/common/dates'
import { nextBirthday } from '../../src/shared/customers/birthday'
import { idCheckDigit, validateIdCard } from '../../src/shared/customers/id-card'
import { suggestedStatus } from '../../src/shared/trips/status'
import { dateFormatters } from '../../src/renderer/src/format/formatters'

// 00:30 on 25 November in Beijing; still 24 November in UTC and 08:30 on the 24th in Los Angeles.
const AT = new Date('2026-11-24T16:30:00.000Z')
const withCheck = (first17: string) => first17 + idCheckDigit(first17)

/** The date rules, run with the process in `zone`: none of them may follow the machine's zone. */
function dateRules(zone: string) {
  describe(`with the process in ${zone}, at 00:30 Beijing time`, () => {
    const saved = process.env.TZ
    beforeAll(() => {
      // Node re-reads TZ whenever it is assigned
      process.env.TZ = zone
    })
    afterAll(() => {
      process.env.TZ = saved
    })

    it('the process really runs in that zone, where a UTC slice or local date gives the 24th', () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone)
      expect(AT.toISOString().slice(0, 10)).toBe('2026-11-24')
      if (zone !== 'Asia/Shanghai') expect(AT.getDate()).toBe(24)
    })

    it('today is the 25th on the agency calendar', () => {
      expect(dayIn(AT)).toBe('2026-11-25')
      expect(dayIn(AT.toISOString())).toBe('2026-11-25')
      expect(wallClock(AT)).toBe('2026-11-25T00:30')
      // one minute before midnight in Beijing is still the 24th
      expect(dayIn(new Date('2026-11-24T15:59:00.000Z'))).toBe('2026-11-24')
    })

    it('a birthday on the 25th is celebrated today, one on the 24th next year', () => {
      const today = dayIn(AT)
      expect(nextBirthday({ calendar: 'solar', date: '1960-11-25' }, today)).toBe('2026-11-25')
      expect(nextBirthday({ calendar: 'solar', date: '1960-11-24' }, today)).toBe('2027-11-24')
    })

    it('the day after return has come: the status suggestion says returned', () => {
      const trip = { status: 'departed' as const, departDate: '2026-11-19', returnDate: '2026-11-24' }
      expect(dayAfterReturn(trip.returnDate)).toBe('2026-11-25')
      expect(suggestedStatus(trip, dayIn(AT))).toBe('returned')
      // on the return day itself (the UTC day at that moment) the group may still be travelling
      expect(suggestedStatus(trip, '2026-11-24')).toBeNull()
      const confirmed = { status: 'confirmed' as const, departDate: '2026-11-25', returnDate: '2026-11-30' }
      expect(suggestedStatus(confirmed, dayIn(AT))).toBe('departed')
    })

    it('trip days follow the calendar across month, year and daylight-saving changes', () => {
      expect(tripDayDate('2026-11-25', 1)).toBe('2026-11-25')
      expect(tripDayDate('2026-11-29', 3)).toBe('2026-12-01')
      expect(tripDayDate('2026-12-30', 4)).toBe('2027-01-02')
      // Los Angeles moves its clocks on 8 March 2026 and 1 November 2026
      expect(tripDayDate('2026-03-07', 3)).toBe('2026-03-09')
      expect(tripDayDate('2026-10-31', 3)).toBe('2026-11-02')
      expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
      expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2)
    })

    it('updatedAt shows the agency day, not the UTC day, in both languages', () => {
      expect(dateFormatters('zh-CN').date(AT.toISOString())).toBe('2026/11/25')
      expect(dateFormatters('en').date(AT.toISOString())).toBe('25/11/2026')
      // a stored day is shown as itself
      expect(dateFormatters('zh-CN').date('2026-11-24')).toBe('2026/11/24')
      expect(dateFormatters('en').monthDay('2026-12-16')).toBe('16 Dec')
    })

    it('the consent date and times are read on the agency clock', () => {
      const consentAt = '2026-11-24T16:05:00.000Z'
      expect(calendarDay(consentAt)).toBe('2026-11-25')
      expect(dateFormatters('zh-CN').date(consentAt)).toBe('2026/11/25')
      expect(dateFormatters('en').dateTime(consentAt)).toBe('25/11/2026, 00:05')
    })

    it('a time typed by the clerk is the agency wall clock', () => {
      expect(momentAt('2026-11-25T00:30').toISOString()).toBe(AT.toISOString())
      expect(momentAt('2026-11-25T00:30:15').toISOString()).toBe('2026-11-24T16:30:15.000Z')
      expect(Number.isNaN(momentAt('2026-11-25 00:30').getTime())).toBe(true)
      expect(Number.isNaN(momentAt('2026-13-45T00:30').getTime())).toBe(true)
    })

    it('an ID card holder born on the 25th is accepted, one born on the 26th is not', () => {
      const today = dayIn(AT)
      expect(validateIdCard(withCheck('11010120261125001'), today)).toMatchObject({ ok: true })
      expect(validateIdCard(withCheck('11010120261126001'), today)).toEqual({
        ok: false,
        reason: 'birthdate',
      })
    })
  })
}

dateRules('UTC')
dateRules('America/Los_Angeles')
dateRules('Asia/Shanghai')

describe('the test run itself', () => {
  it('starts in the agency zone (vitest.config.mts pins it)', () => {
    expect(process.env.TZ).toBe('Asia/Shanghai')
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Asia/Shanghai')
    expect(new Date('2026-11-24T16:30:00.000Z').getTimezoneOffset()).toBe(-480)
  })
})

describe('wallClock remembers the last minute per zone', () => {
  const zones = [
    'Asia/Shanghai',
    'America/Los_Angeles',
    'Europe/Amsterdam',
    'Africa/Monrovia',
    'Asia/Kolkata',
    'UTC',
  ]
  const fresh = (ms: number, zone: string) => {
    const f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
    const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]))
    return `${p.year.padStart(4, '0')}-${p.month}-${p.day}T${p.hour}:${p.minute}`
  }
  it('answers what the clock shows, whatever moments come in whatever order', () => {
    // moments cluster in a few minutes (repeats hit the remembered one), seconds and zones vary,
    // and reach back to the years of offsets with seconds (Amsterdam +0:19:32, Monrovia −0:44:30)
    const minute = fc.oneof(
      fc.constantFrom(
        Date.UTC(2026, 10, 24, 16, 30),
        Date.UTC(1930, 4, 1, 12, 0),
        Date.UTC(1971, 11, 31, 23, 59),
      ),
      fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => ms - (ms % 60_000)),
    )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(minute, fc.integer({ min: 0, max: 59_999 }), fc.constantFrom(...zones)), {
          maxLength: 40,
        }),
        (calls) => {
          for (const [m, within, zone] of calls)
            expect(wallClock(m + within, zone)).toBe(fresh(m + within, zone))
        },
      ),
      { numRuns: 300 },
    )
  })
})
