import { describe, expect, it } from 'vitest'
import { addMonths, requiredDocuments, tripChecks } from '../../src/shared/trips/checks'
import type { CheckInput, CheckParticipant } from '../../src/shared/trips/checks'
import { tripHasEnded } from '../../src/shared/trips/trip-ended'

const TODAY = '2026-11-25'

function input(over: Partial<CheckInput> = {}, trip: Partial<CheckInput['trip']> = {}): CheckInput {
  return {
    trip: {
      kind: 'domestic',
      destination: '昆明',
      status: 'confirmed',
      departDate: '2026-12-03',
      returnDate: '2026-12-08',
      minSize: null,
      capacity: null,
      ...trip,
    },
    participants: [],
    relations: [],
    guides: [],
    today: TODAY,
    ...over,
  }
}

let seq = 0
function person(
  over: Partial<CheckParticipant> & { customerId?: number } = {},
): CheckParticipant & { customerId: number } {
  const id = ++seq
  return {
    id,
    customerId: 1000 + id,
    name: `P${id}`,
    age: 40,
    roommateId: null,
    documents: [
      { kind: 'id_card', expiryDate: null },
      { kind: 'passport', expiryDate: '2032-01-01' },
      { kind: 'hk_macao_permit', expiryDate: '2030-01-01' },
      { kind: 'taiwan_permit', expiryDate: '2030-01-01' },
    ],
    ...over,
  }
}

const codes = (i: CheckInput) => tripChecks(i).map((w) => w.code)

describe('helpers', () => {
  it('addMonths clamps to the end of shorter months and crosses years', () => {
    expect(addMonths('2026-12-08', 6)).toBe('2027-06-08')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29')
  })

  it('requiredDocuments reads the destination of a 港澳台 trip', () => {
    expect(requiredDocuments('outbound', '东京')).toEqual([['passport']])
    expect(requiredDocuments('domestic', '昆明')).toEqual([['id_card', 'passport']])
    expect(requiredDocuments('hmt', '香港 澳门')).toEqual([['hk_macao_permit']])
    expect(requiredDocuments('hmt', '台湾环岛')).toEqual([['taiwan_permit']])
    expect(requiredDocuments('hmt', '香港+台湾')).toEqual([['hk_macao_permit'], ['taiwan_permit']])
  })
})

describe('a clean trip has no warnings', () => {
  it('for each kind of trip', () => {
    for (const kind of ['domestic', 'outbound', 'hmt'] as const) {
      expect(
        codes(input({ participants: [person(), person()] }, { kind, destination: '香港' })),
        kind,
      ).toEqual([])
    }
  })
})

describe('documents', () => {
  it('doc_missing: outbound without a passport; a 身份证 does not do', () => {
    const p = person({ documents: [{ kind: 'id_card', expiryDate: null }] })
    const w = tripChecks(input({ participants: [p] }, { kind: 'outbound', destination: '东京' }))
    expect(w).toEqual([
      {
        code: 'doc_missing',
        severity: 'error',
        params: { name: p.name, doc: 'passport' },
        target: { section: 'participants', id: p.id, customerId: p.customerId },
      },
    ])
  })

  it('doc_missing: Taiwan needs the 台湾通行证, Hong Kong the 港澳通行证', () => {
    const hkOnly = person({ documents: [{ kind: 'hk_macao_permit', expiryDate: '2030-01-01' }] })
    expect(codes(input({ participants: [hkOnly] }, { kind: 'hmt', destination: '台北 高雄' }))).toEqual([
      'doc_missing',
    ])
    expect(codes(input({ participants: [hkOnly] }, { kind: 'hmt', destination: '香港' }))).toEqual([])
    const twOnly = person({ documents: [{ kind: 'taiwan_permit', expiryDate: '2030-01-01' }] })
    expect(
      tripChecks(input({ participants: [twOnly] }, { kind: 'hmt', destination: '香港' }))[0].params.doc,
    ).toBe('hk_macao_permit')
  })

  it('doc_missing: domestic needs a 身份证, or a passport for a foreign guest', () => {
    const none = person({ documents: [{ kind: 'other', expiryDate: null }] })
    const foreigner = person({ documents: [{ kind: 'passport', expiryDate: '2030-01-01' }] })
    expect(codes(input({ participants: [none, foreigner] }))).toEqual(['doc_missing'])
  })

  it('passport_validity: outbound passport valid less than 6 months after return', () => {
    const trip = { kind: 'outbound' as const, destination: '东京', returnDate: '2026-12-08' }
    const short = person({ documents: [{ kind: 'passport', expiryDate: '2027-06-07' }] })
    const exact = person({ documents: [{ kind: 'passport', expiryDate: '2027-06-08' }] })
    const w = tripChecks(input({ participants: [short, exact] }, trip))
    expect(w.map((x) => [x.code, x.target.id])).toEqual([['passport_validity', short.id]])
    expect(w[0].params).toEqual({ name: short.name, expiry: '2027-06-07', needed: '2027-06-08' })
  })

  it('passport_validity: a newer second passport counts', () => {
    const two = person({
      documents: [
        { kind: 'passport', expiryDate: '2027-01-01' },
        { kind: 'passport', expiryDate: '2035-01-01' },
      ],
    })
    expect(codes(input({ participants: [two] }, { kind: 'outbound', destination: '东京' }))).toEqual([])
  })

  it('doc_expired: the permit or ID runs out before the return date; on the return day is fine', () => {
    const trip = { kind: 'hmt' as const, destination: '澳门', returnDate: '2026-12-08' }
    const expired = person({ documents: [{ kind: 'hk_macao_permit', expiryDate: '2026-12-07' }] })
    const lastDay = person({ documents: [{ kind: 'hk_macao_permit', expiryDate: '2026-12-08' }] })
    const w = tripChecks(input({ participants: [expired, lastDay] }, trip))
    expect(w.map((x) => [x.code, x.target.id])).toEqual([['doc_expired', expired.id]])
    expect(w[0].params).toEqual({ name: expired.name, doc: 'hk_macao_permit', expiry: '2026-12-07' })
    const idCard = person({ documents: [{ kind: 'id_card', expiryDate: '2026-12-01' }] })
    expect(codes(input({ participants: [idCard] }))).toEqual(['doc_expired'])
  })

  it('doc_expired, not passport_validity, for an outbound passport already expired on return', () => {
    const p = person({ documents: [{ kind: 'passport', expiryDate: '2026-12-01' }] })
    expect(codes(input({ participants: [p] }, { kind: 'outbound', destination: '东京' }))).toEqual([
      'doc_expired',
    ])
  })
})

describe('group', () => {
  it('duplicate_participant: a customer listed twice, flagged on the second row only', () => {
    const a = person()
    const again = { ...a, id: a.id + 500 }
    const w = tripChecks(input({ participants: [a, again, person()] }))
    expect(w.map((x) => [x.code, x.target.id])).toEqual([['duplicate_participant', again.id]])
  })

  it('over_capacity counts people, not rows', () => {
    const a = person()
    const three = [a, person(), person()]
    expect(codes(input({ participants: three }, { capacity: 2 }))).toEqual(['over_capacity'])
    expect(tripChecks(input({ participants: three }, { capacity: 2 }))[0]).toMatchObject({
      params: { count: 3, capacity: 2 },
      target: { section: 'overview' },
    })
    expect(codes(input({ participants: three }, { capacity: 3 }))).toEqual([])
    expect(codes(input({ participants: [a, { ...a, id: 999 }] }, { capacity: 1 }))).toEqual([
      'duplicate_participant',
    ])
  })

  it('under_minimum: only within 14 days of departure, and not for cancelled or closed trips', () => {
    const two = [person(), person()]
    const soon = { minSize: 10, departDate: '2026-12-09' } // 14 days after TODAY
    expect(codes(input({ participants: two }, soon))).toEqual(['under_minimum'])
    expect(tripChecks(input({ participants: two }, soon))[0].params).toEqual({
      count: 2,
      minSize: 10,
      days: 14,
    })
    expect(
      codes(input({ participants: two }, { ...soon, departDate: '2026-12-10', returnDate: '2026-12-12' })),
    ).toEqual([])
    expect(codes(input({ participants: two }, { ...soon, status: 'cancelled' }))).toEqual([])
    expect(codes(input({ participants: two }, { ...soon, status: 'closed' }))).toEqual([])
    expect(codes(input({ participants: two }, { ...soon, minSize: 2 }))).toEqual([])
    // already under way: nothing to decide any more
    expect(codes(input({ participants: two, today: '2026-12-10' }, soon))).toEqual([])
  })
})

describe('minors', () => {
  it('minor_without_guardian: under 18 at departure with no related adult on the trip', () => {
    const child = person({ age: 12 })
    const stranger = person({ age: 45 })
    const w = tripChecks(input({ participants: [child, stranger] }))
    expect(w.map((x) => [x.code, x.target.id])).toEqual([['minor_without_guardian', child.id]])
    expect(w[0].params).toEqual({ name: child.name, age: 12 })
  })

  it('a related adult on the trip is a guardian, whichever way the link is stored', () => {
    const child = person({ age: 12 })
    const aunt = person({ age: 45 })
    const relations = [{ aId: aunt.customerId, bId: child.customerId, kind: 'other' as const }]
    expect(codes(input({ participants: [child, aunt], relations }))).toEqual([])
    const flipped = [{ aId: child.customerId, bId: aunt.customerId, kind: 'other' as const }]
    expect(codes(input({ participants: [child, aunt], relations: flipped }))).toEqual([])
  })

  it('a related minor is no guardian; a parent with no birth date on file is', () => {
    const child = person({ age: 12 })
    const sibling = person({ age: 16 })
    const rel = [{ aId: child.customerId, bId: sibling.customerId, kind: 'sibling' as const }]
    expect(codes(input({ participants: [child, sibling], relations: rel }))).toEqual([
      'minor_without_guardian',
      'minor_without_guardian',
    ])
    const mum = person({ age: null })
    const parent = [{ aId: mum.customerId, bId: child.customerId, kind: 'child' as const }]
    expect(codes(input({ participants: [child, mum], relations: parent }))).toEqual([])
    const friend = [{ aId: mum.customerId, bId: child.customerId, kind: 'friend' as const }]
    expect(codes(input({ participants: [child, mum], relations: friend }))).toEqual([
      'minor_without_guardian',
    ])
  })

  it('an 18-year-old is an adult; an unknown age is not flagged', () => {
    expect(codes(input({ participants: [person({ age: 18 }), person({ age: null })] }))).toEqual([])
  })
})

describe('rooming', () => {
  it('roommate_mismatch: A rooms with B but B not with A', () => {
    const a = person()
    const b = person()
    const c = person()
    a.roommateId = b.id
    b.roommateId = c.id
    c.roommateId = b.id
    const w = tripChecks(input({ participants: [a, b, c] }))
    expect(w.map((x) => [x.code, x.target.id])).toEqual([['roommate_mismatch', a.id]])
    expect(w[0].params).toEqual({ name: a.name, roommate: b.name })
    b.roommateId = a.id
    c.roommateId = null
    expect(codes(input({ participants: [a, b, c] }))).toEqual([])
  })
})

describe('guides', () => {
  const guide = (over: Partial<CheckInput['guides'][number]> = {}) => ({
    assignmentId: 7,
    guideId: 3,
    name: '张导',
    licenceExpiry: '2028-01-01',
    otherTrips: [],
    ...over,
  })

  it('guide_overlap: another trip sharing a day (ends included), pointing at the assignment', () => {
    const other = { id: 42, code: 'TD-20261208-01', departDate: '2026-12-08', returnDate: '2026-12-10' }
    const w = tripChecks(input({ guides: [guide({ otherTrips: [other] })] }))
    expect(w).toEqual([
      {
        code: 'guide_overlap',
        severity: 'warning',
        params: { guide: '张导', code: other.code, tripId: 42, from: other.departDate, to: other.returnDate },
        target: { section: 'guides', id: 7 },
      },
    ])
    const after = { ...other, departDate: '2026-12-09' }
    const before = { ...other, departDate: '2026-11-28', returnDate: '2026-12-02' }
    expect(codes(input({ guides: [guide({ otherTrips: [after, before] })] }))).toEqual([])
  })

  it('guide_overlap is not raised for a cancelled trip', () => {
    const other = { id: 42, code: 'X', departDate: '2026-12-05', returnDate: '2026-12-06' }
    expect(codes(input({ guides: [guide({ otherTrips: [other] })] }, { status: 'cancelled' }))).toEqual([])
  })

  it('guide_licence: the 导游证 expires before the return date', () => {
    expect(tripChecks(input({ guides: [guide({ licenceExpiry: '2026-12-07' })] }))).toEqual([
      {
        code: 'guide_licence',
        severity: 'error',
        params: { guide: '张导', expiry: '2026-12-07' },
        target: { section: 'guides', id: 7 },
      },
    ])
    expect(codes(input({ guides: [guide({ licenceExpiry: '2026-12-08' })] }))).toEqual([])
    expect(codes(input({ guides: [guide({ licenceExpiry: null })] }))).toEqual([])
  })
})

describe('order', () => {
  it('overview first, then participants in list order, then guides', () => {
    const a = person({ documents: [] })
    const w = tripChecks(
      input(
        {
          participants: [a, { ...a, id: 900 }],
          guides: [
            {
              assignmentId: 1,
              guideId: 1,
              name: 'G',
              licenceExpiry: '2020-01-01',
              otherTrips: [],
            },
          ],
        },
        { capacity: 0 },
      ),
    )
    expect(w.map((x) => x.code)).toEqual([
      'over_capacity',
      'doc_missing',
      'duplicate_participant',
      'guide_licence',
    ])
  })
})

describe('a deleted traveller (customer file deleted after the trip)', () => {
  const deleted = (over: Partial<CheckParticipant> = {}): CheckParticipant => ({
    ...person({ documents: [], age: null, name: '' }),
    customerId: null,
    ...over,
  })

  it('still counts as one person each, but raises no personal warning', () => {
    const rows = [deleted(), deleted(), person()]
    expect(codes(input({ participants: rows }, { capacity: 2 }))).toEqual(['over_capacity'])
    expect(tripChecks(input({ participants: rows }, { capacity: 2 }))[0].params).toEqual({
      count: 3,
      capacity: 2,
    })
  })

  it('is no duplicate of another deleted traveller, and no roommate mismatch either way', () => {
    const a = deleted()
    const b = person({ roommateId: a.id })
    const c = deleted({ roommateId: b.id })
    expect(codes(input({ participants: [a, b, c] }))).toEqual([])
  })
})

describe('tripHasEnded', () => {
  const today = '2026-11-25'
  it.each([
    ['inquiry', '2026-11-24', true], // over by the calendar though nobody moved its status
    ['departed', '2026-11-25', false], // returns today: still on the road
    ['departed', '2026-11-26', false],
    ['confirmed', '2026-12-08', false],
    ['returned', '2026-11-26', true], // came back early: the desk says so
    ['closed', '2026-12-08', true],
    ['cancelled', '2026-12-08', true],
  ] as const)('%s returning %s: ended %s', (status, returnDate, ended) => {
    expect(tripHasEnded({ status, returnDate }, today)).toBe(ended)
  })
})
