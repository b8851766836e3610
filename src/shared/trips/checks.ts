import type { DocKind, RelationKind } from '../customers/customer.schema'
import type { TripKind, TripStatus } from './trip.schema'
import { daysBetween } from './trip.schema'
import type { CheckWarning } from './trip.types'
import type { VisaStatus } from './visa'
import { VISA_NOTICE_DAYS, visaNeededBy, visaOpen } from './visa'

/*
 * The checks a careful desk makes on a trip, as one pure function over plain data that main gathers
 * (a handful of queries), so each rule is unit-tested without a database and runs in microseconds.
 */

/** An outbound passport must stay valid this many months after the return date (entry rules). */
export const PASSPORT_MONTHS = 6
/** "As departure nears": an under-filled group is flagged this many days before departure. */
export const MINIMUM_NOTICE_DAYS = 14
export const ADULT_AGE = 18

export interface CheckDoc {
  kind: DocKind
  /** null: no expiry recorded (e.g. a long-term 身份证) — treated as valid */
  expiryDate: string | null
}

export interface CheckParticipant {
  id: number
  /** null when the customer file was deleted after the trip: the contract row stays, the person's data is gone */
  customerId: number | null
  name: string
  /** age on the departure date; null when the birth date is unknown */
  age: number | null
  roommateId: number | null
  documents: CheckDoc[]
  /** outbound trips: the visa's progress; null or absent while nobody recorded one */
  visaStatus?: VisaStatus | null
}

/** A family link as stored: B is `kind` of A ("parent": B is A's parent). */
export interface CheckRelation {
  aId: number
  bId: number
  kind: RelationKind
}

export interface CheckGuide {
  /** the trip_guides row, where the warning points */
  assignmentId: number
  guideId: number
  name: string
  licenceExpiry: string | null
  /** the guide's other trips that are not cancelled */
  otherTrips: { id: number; code: string; departDate: string; returnDate: string }[]
}

export interface CheckInput {
  trip: {
    kind: TripKind
    destination: string
    status: TripStatus
    departDate: string
    returnDate: string
    minSize: number | null
    capacity: number | null
  }
  participants: CheckParticipant[]
  relations: CheckRelation[]
  guides: CheckGuide[]
  today: string
}

/** YYYY-MM-DD plus whole months; the day is clamped to the month's end (08-31 + 6 → 02-28). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number)
  const total = y * 12 + (m - 1) + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const last = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${p(year, 4)}-${p(month)}-${p(Math.min(d, last))}`
}

const TAIWAN = /台湾|臺灣|台灣|taiwan|台北|高雄|花莲|垦丁|日月潭|阿里山/i
const HK_MACAO = /香港|澳门|澳門|hong\s*kong|macao|macau/i

/**
 * Which documents a trip needs, as groups: each group is satisfied by any one of its kinds.
 * Outbound: a passport. Domestic: a 身份证, or a passport for foreign guests. Hong Kong/Macao/Taiwan:
 * the matching 通行证, read from the destination (a combined HK + Taiwan tour needs both).
 */
export function requiredDocuments(kind: TripKind, destination: string): DocKind[][] {
  if (kind === 'outbound') return [['passport']]
  if (kind === 'domestic') return [['id_card', 'passport']]
  const taiwan = TAIWAN.test(destination)
  const groups: DocKind[][] = []
  if (HK_MACAO.test(destination) || !taiwan) groups.push(['hk_macao_permit'])
  if (taiwan) groups.push(['taiwan_permit'])
  return groups
}

const overlaps = (
  a: { departDate: string; returnDate: string },
  b: { departDate: string; returnDate: string },
) => a.departDate <= b.returnDate && b.departDate <= a.returnDate

function documentWarnings(input: CheckInput, p: CheckParticipant): CheckWarning[] {
  const { trip } = input
  const target = { section: 'participants' as const, id: p.id, customerId: p.customerId ?? undefined }
  const out: CheckWarning[] = []
  for (const group of requiredDocuments(trip.kind, trip.destination)) {
    const docs = p.documents.filter((d) => group.includes(d.kind))
    if (!docs.length) {
      out.push({ code: 'doc_missing', severity: 'error', params: { name: p.name, doc: group[0] }, target })
      continue
    }
    // the document that lasts longest decides; no recorded expiry lasts for ever
    const best = docs.reduce((a, b) =>
      a.expiryDate === null ? a : b.expiryDate === null || b.expiryDate > a.expiryDate ? b : a,
    )
    if (best.expiryDate === null) continue
    if (best.expiryDate < trip.returnDate) {
      out.push({
        code: 'doc_expired',
        severity: 'error',
        params: { name: p.name, doc: best.kind, expiry: best.expiryDate },
        target,
      })
    } else if (trip.kind === 'outbound') {
      const needed = addMonths(trip.returnDate, PASSPORT_MONTHS)
      if (best.expiryDate < needed) {
        out.push({
          code: 'passport_validity',
          severity: 'error',
          params: { name: p.name, expiry: best.expiryDate, needed },
          target,
        })
      }
    }
  }
  return out
}

function hasGuardian(input: CheckInput, minor: CheckParticipant): boolean {
  const byCustomer = new Map(input.participants.map((p) => [p.customerId, p]))
  return input.relations.some((r) => {
    const otherId = r.aId === minor.customerId ? r.bId : r.bId === minor.customerId ? r.aId : null
    const other = otherId === null ? undefined : byCustomer.get(otherId)
    if (!other) return false
    if (other.age !== null) return other.age >= ADULT_AGE
    // no birth date on file: a parent is an adult all the same
    return (
      (r.aId === minor.customerId && r.kind === 'parent') ||
      (r.bId === minor.customerId && r.kind === 'child')
    )
  })
}

/** All warnings for one trip: overview first, then participants in list order, then guides. */
export function tripChecks(input: CheckInput): CheckWarning[] {
  const { trip, participants, guides, today } = input
  const out: CheckWarning[] = []
  const overview = { section: 'overview' as const }
  // a customer listed twice is one person: count and check people, not rows
  // a deleted traveller's row is still one person who travelled, but nothing personal is left to check
  const personKey = (p: CheckParticipant) => p.customerId ?? `deleted:${p.id}`
  const people = new Map<number | string, CheckParticipant>()
  for (const p of participants) if (!people.has(personKey(p))) people.set(personKey(p), p)
  const count = people.size

  if (trip.capacity !== null && count > trip.capacity) {
    out.push({
      code: 'over_capacity',
      severity: 'error',
      params: { count, capacity: trip.capacity },
      target: overview,
    })
  }
  const daysLeft = daysBetween(today, trip.departDate)
  if (
    trip.minSize !== null &&
    count < trip.minSize &&
    trip.status !== 'cancelled' &&
    trip.status !== 'closed' &&
    daysLeft >= 0 &&
    daysLeft <= MINIMUM_NOTICE_DAYS
  ) {
    out.push({
      code: 'under_minimum',
      severity: 'warning',
      params: { count, minSize: trip.minSize, days: daysLeft },
      target: overview,
    })
  }

  const byId = new Map(participants.map((p) => [p.id, p]))
  for (const p of participants) {
    const target = { section: 'participants' as const, id: p.id, customerId: p.customerId ?? undefined }
    if (p.customerId === null) continue
    if (people.get(personKey(p)) !== p) {
      out.push({ code: 'duplicate_participant', severity: 'warning', params: { name: p.name }, target })
    } else {
      out.push(...documentWarnings(input, p))
      if (p.age !== null && p.age < ADULT_AGE && !hasGuardian(input, p)) {
        out.push({
          code: 'minor_without_guardian',
          severity: 'warning',
          params: { name: p.name, age: p.age },
          target,
        })
      }
    }
    const visa = p.visaStatus ?? null
    if (trip.kind === 'outbound' && visaOpen(visa) && trip.status !== 'cancelled') {
      const neededBy = visaNeededBy(trip.departDate)
      if (daysBetween(today, neededBy) <= VISA_NOTICE_DAYS && today <= trip.departDate) {
        out.push({
          code: 'visa_not_issued',
          severity: 'error',
          params: { name: p.name, status: visa as string, neededBy },
          target,
        })
      }
    }
    const mate = p.roommateId === null ? undefined : byId.get(p.roommateId)
    if (mate && mate.customerId !== null && mate.roommateId !== p.id) {
      out.push({
        code: 'roommate_mismatch',
        severity: 'warning',
        params: { name: p.name, roommate: mate.name },
        target,
      })
    }
  }

  for (const g of guides) {
    const target = { section: 'guides' as const, id: g.assignmentId }
    // a cancelled trip keeps no guide busy, neither this one nor the others (filtered by main)
    if (trip.status !== 'cancelled') {
      const clashes = g.otherTrips
        .filter((t) => overlaps(t, trip))
        .sort((a, b) => a.departDate.localeCompare(b.departDate) || a.id - b.id)
      for (const t of clashes) {
        out.push({
          code: 'guide_overlap',
          severity: 'warning',
          params: { guide: g.name, code: t.code, tripId: t.id, from: t.departDate, to: t.returnDate },
          target,
        })
      }
    }
    if (g.licenceExpiry !== null && g.licenceExpiry < trip.returnDate) {
      out.push({
        code: 'guide_licence',
        severity: 'error',
        params: { guide: g.name, expiry: g.licenceExpiry },
        target,
      })
    }
  }
  return out
}
