import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CODE_PATTERN,
  canMove,
  codeFromPattern,
  codePatternValid,
  suggestedStatus,
  transitions,
} from '../../src/shared/trips/status'
import { tripStatuses } from '../../src/shared/trips/trip.schema'
import type { TripStatus } from '../../src/shared/trips/trip.schema'

describe('status transitions', () => {
  it('follow the pipeline forward, with a step back where a desk corrects itself', () => {
    const path: TripStatus[] = ['inquiry', 'quoted', 'confirmed', 'departed', 'returned', 'closed']
    for (let i = 0; i + 1 < path.length; i++) expect(canMove(path[i], path[i + 1]), path[i]).toBe(true)
    expect(canMove('quoted', 'inquiry')).toBe(true)
    expect(canMove('returned', 'departed')).toBe(true)
    expect(canMove('closed', 'returned')).toBe(true)
  })

  it('refuse jumps and moves out of a trip that has run', () => {
    expect(canMove('inquiry', 'departed')).toBe(false)
    expect(canMove('inquiry', 'closed')).toBe(false)
    expect(canMove('departed', 'cancelled')).toBe(false)
    expect(canMove('returned', 'cancelled')).toBe(false)
    expect(canMove('closed', 'cancelled')).toBe(false)
    expect(canMove('cancelled', 'confirmed')).toBe(false)
  })

  it('never allow staying put, and a cancelled trip only reopens as an inquiry', () => {
    for (const s of tripStatuses) expect(canMove(s, s), s).toBe(false)
    expect(transitions.cancelled).toEqual(['inquiry'])
  })

  it('let every live trip before departure be cancelled', () => {
    for (const s of ['inquiry', 'quoted', 'confirmed'] as const) expect(canMove(s, 'cancelled'), s).toBe(true)
  })
})

describe('suggestedStatus', () => {
  const trip = (status: TripStatus) => ({ status, departDate: '2026-12-03', returnDate: '2026-12-08' })

  it('suggests departed from the departure day on for a confirmed trip, not before', () => {
    expect(suggestedStatus(trip('confirmed'), '2026-12-02')).toBeNull()
    expect(suggestedStatus(trip('confirmed'), '2026-12-03')).toBe('departed')
    expect(suggestedStatus(trip('confirmed'), '2026-12-20')).toBe('departed')
  })

  it('suggests returned the day after the return date for a departed trip', () => {
    expect(suggestedStatus(trip('departed'), '2026-12-08')).toBeNull()
    expect(suggestedStatus(trip('departed'), '2026-12-09')).toBe('returned')
  })

  it('suggests nothing for trips that are not confirmed (an inquiry in the past is not departed)', () => {
    for (const s of ['inquiry', 'quoted', 'returned', 'closed', 'cancelled'] as const) {
      expect(suggestedStatus(trip(s), '2027-01-01'), s).toBeNull()
    }
  })
})

describe('团号 pattern', () => {
  it('fills the date of departure and the counter', () => {
    expect(codeFromPattern(DEFAULT_CODE_PATTERN, '2026-12-03', 1)).toBe('TD-20261203-01')
    expect(codeFromPattern('YN{YY}{MM}{DD}{NNN}', '2026-12-03', 7)).toBe('YN261203007')
    expect(codeFromPattern('{YYYY}/{NN}', '2026-01-09', 123)).toBe('2026/123')
  })

  it('accepts only known tokens, exactly one counter of 2–6 digits, and code characters', () => {
    expect(codePatternValid(DEFAULT_CODE_PATTERN)).toBe(true)
    expect(codePatternValid('SH-{YY}{MM}-{NNNN}')).toBe(true)
    expect(codePatternValid('TD-{YYYY}{MM}{DD}')).toBe(false)
    expect(codePatternValid('TD-{NN}-{NN}')).toBe(false)
    expect(codePatternValid('TD-{N}')).toBe(false)
    expect(codePatternValid('TD-{NNNNNNN}')).toBe(false)
    expect(codePatternValid('TD-{HH}-{NN}')).toBe(false)
    expect(codePatternValid('团-{NN}')).toBe(false)
    expect(codePatternValid('TD {NN}')).toBe(false)
    expect(codePatternValid('TD-{NN}' + 'X'.repeat(40))).toBe(false)
    expect(codePatternValid('')).toBe(false)
  })
})
