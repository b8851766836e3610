import type { Harness } from './harness'
import type { Session } from '../../src/main/app'
import type { FeedbackPrint, SheetEntry, TripFeedback } from '../../src/shared/feedback/feedback.types'

export interface FeedbackWorld {
  trip: number
  code: string
  guide: number
  supplier: number
  customers: number[]
}

/**
 * A returned domestic group of `size` travellers (named 游客01…) with a local guide and a ground
 * operator booked. The harness's today is 2026-11-25; the trip came back on 2026-11-20.
 */
export async function feedbackWorld(
  h: Harness,
  size: number,
  over: { routeName?: string; returnDate?: string; guide?: number; supplier?: number; owner?: Session } = {},
): Promise<FeedbackWorld> {
  const guide =
    over.guide ??
    (await h.must('guides.create', { name: '张导', licenceNo: 'D-5300-001', roles: ['local_guide'] })).id
  const supplier =
    over.supplier ??
    (await h.must('suppliers.create', { kind: 'ground_operator', name: '昆明地接社', licenceNo: 'L-YN-001' }))
      .id
  const returnDate = over.returnDate ?? '2026-11-20'
  const departDate = `${returnDate.slice(0, 8)}${String(Number(returnDate.slice(8)) - 5).padStart(2, '0')}`
  const trip = (
    await h.must(
      'trips.create',
      {
        routeName: over.routeName ?? '云南六日游',
        destination: '昆明',
        kind: 'domestic',
        departDate,
        returnDate,
      },
      over.owner,
    )
  ).id
  const customers: number[] = []
  for (let i = 1; i <= size; i++) {
    customers.push(
      (await h.must('customers.create', { name: `游客${String(i).padStart(2, '0')}`, gender: 'unknown' })).id,
    )
  }
  if (customers.length) await h.must('trips.addParticipants', { tripId: trip, customerIds: customers })
  await h.must('trips.assignGuide', { tripId: trip, guideId: guide, role: 'local_guide' })
  await h.must('trips.addBooking', { tripId: trip, supplierId: supplier, dayNo: 1 })
  const code = (await h.must('trips.get', { id: trip })).code
  return { trip, code, guide, supplier, customers }
}

/** Moves a trip along the pipeline to 已回团. */
export async function markReturned(h: Harness, trip: number) {
  for (const status of ['confirmed', 'departed', 'returned']) {
    const t = await h.must('trips.get', { id: trip })
    // the fixtures' travellers carry no documents: confirming needs the guardrail's reason
    const confirmAnyway = status === 'confirmed' ? '证件后补' : undefined
    await h.must('trips.setStatus', { id: trip, version: t.version, status, confirmAnyway })
  }
}

export const issue = (h: Harness, tripId: number, blanks = 0, s?: Session): Promise<FeedbackPrint> =>
  h.must('feedback.issue', { tripId, blanks }, s)

export const ofTrip = (h: Harness, tripId: number, s?: Session): Promise<TripFeedback> =>
  h.must('feedback.ofTrip', { tripId }, s)

/** Keys a sheet: `answers` by item key; items left out are "no answer". */
export async function key(
  h: Harness,
  sheetId: number,
  answers: Record<string, number | null>,
  s?: Session,
  comment: string | null = null,
) {
  const e = await h.must<SheetEntry>('feedback.get', { id: sheetId }, s)
  return h.must('feedback.enter', { id: sheetId, version: e.version, answers, comment }, s)
}

/** Every rated item at one level, the compliance items all fine, and an NPS. */
export function uniform(entry: Pick<SheetEntry, 'items'>, level: number, nps: number | null) {
  const a: Record<string, number | null> = {}
  for (const i of entry.items) {
    if (i.kind === 'rating') a[i.key] = level
    if (i.kind === 'yesno') a[i.key] = i.problem === 'yes' ? 0 : 1
    if (i.kind === 'nps') a[i.key] = nps
  }
  return a
}
