import { harness } from './harness'
import type { Harness } from './harness'
import { createCustomer } from './fixtures'
import type { Session } from '../../src/main/app'
import type { ComplaintDetail } from '../../src/shared/complaints/complaint.types'

export interface ComplaintWorld {
  customer: number
  trip: number
  guide: number
  supplier: number
}

/** A customer on a domestic trip with a local guide and a shopping-stop supplier booked. */
export async function complaintWorld(h: Harness, customer: number): Promise<ComplaintWorld> {
  const guide = (await h.must('guides.create', { name: '张导', roles: ['local_guide'] })).id
  const supplier = (await h.must('suppliers.create', { kind: 'other', name: '七彩玉石店' })).id
  const trip = (
    await h.must('trips.create', {
      routeName: '云南六日游',
      destination: '昆明',
      kind: 'domestic',
      departDate: '2026-11-10',
      returnDate: '2026-11-15',
    })
  ).id
  await h.must('trips.addParticipants', { tripId: trip, customerIds: [customer] })
  await h.must('trips.assignGuide', { tripId: trip, guideId: guide, role: 'local_guide' })
  await h.must('trips.addBooking', { tripId: trip, supplierId: supplier, dayNo: 3 })
  return { customer, trip, guide, supplier }
}

/** A fresh harness with the complaint world around one customer (王建国 with a mobile by default). */
export async function complaintHarness(
  customer: Record<string, unknown> = { name: '王建国', mobile: '13812345678' },
): Promise<{ h: Harness; w: ComplaintWorld }> {
  const h = await harness()
  return { h, w: await complaintWorld(h, await createCustomer(h, customer)) }
}

/** The same, with the front desk and a manager signed in: who records and who approves money. */
export async function complaintDesk(): Promise<{
  h: Harness
  w: ComplaintWorld
  desk: Session
  manager: Session
}> {
  const { h, w } = await complaintHarness()
  return { h, w, desk: await h.signedIn('frontdesk'), manager: await h.signedIn('manager') }
}

/** A forced-shopping complaint about the world's trip, as the front desk records it. */
export function complaintInput(
  w: ComplaintWorld,
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    channel: 'phone',
    tripId: w.trip,
    contractNo: 'HT-2026-0815',
    eventAt: '2026-11-12T15:30',
    eventPlace: '昆明 七彩玉石店',
    whatHappened: '导游把全团带进玉石店两个小时，不买不让走',
    request: '退还购物时间对应的费用并道歉',
    cause: 'shopping',
    severity: 'high',
    complainants: [
      { customerId: w.customer },
      {
        name: 'John Smith',
        gender: 'male',
        nationality: '英国',
        address: '北京朝阳区',
        postcode: '100020',
        phone: '13900001111',
      },
    ],
    guideIds: [w.guide],
    supplierIds: [w.supplier],
    ...over,
  }
}

export async function createComplaint(
  h: Harness,
  w: ComplaintWorld,
  over: Record<string, unknown> = {},
  s?: Session,
): Promise<{ id: number; caseNo: string }> {
  return h.must('complaints.create', complaintInput(w, over), s)
}

export const getComplaint = (h: Harness, id: number, s?: Session): Promise<ComplaintDetail> =>
  h.must<ComplaintDetail>('complaints.get', { id }, s)

/** Moves a case through statuses in order, each from the version the last move returned. */
export async function walk(h: Harness, id: number, statuses: string[], s?: Session): Promise<number> {
  let version = (await getComplaint(h, id, s)).version
  for (const status of statuses) {
    version = (await h.must<{ version: number }>('complaints.setStatus', { id, version, status }, s)).version
  }
  return version
}
