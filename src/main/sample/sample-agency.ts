import type { Transaction } from 'kysely'
import { contract } from '../../shared/api/registry'
import { addDays } from '../../shared/common/dates'
import type { TripStatus } from '../../shared/trips/trip.schema'
import { AppError } from '../../shared/api/envelope'
import type { DB } from '../db/schema'
import type { Ctx } from '../core/context'
import type { Session } from '../api/session'
import { createDispatcher } from '../api/dispatcher'
import { tripFeatureHandlers } from '../trips'
import { roomHandlers } from '../rooms/rooms.handlers'
import { paymentHandlers } from '../payments/payments.handlers'
import { complaintHandlers } from '../complaints'
import { feedbackHandlers } from '../feedback'
import { joinedCtx } from './joined-transaction'
import { GUIDES, ITINERARY, SUPPLIERS, TRIPS } from './sample-agency.data'

/** The sample customers the trips draw their travellers from (families travel together). */
export interface SamplePeople {
  families: number[][]
  singles: number[]
}

/** The steps from 咨询 to each status, as a desk would take them. */
const PATH: Record<TripStatus, TripStatus[]> = {
  inquiry: [],
  quoted: ['quoted'],
  confirmed: ['confirmed'],
  departed: ['confirmed', 'departed'],
  returned: ['confirmed', 'departed', 'returned'],
  closed: ['confirmed', 'departed', 'returned', 'closed'],
  cancelled: ['quoted', 'cancelled'],
}

/**
 * Guides, suppliers, route templates and a trip in every status, with travellers, rooms,
 * payments, feedback sheets and a complaint — every date counted from `today`, the injected
 * clock's day. Written through the same calls the screens use (so the sample holds nothing the
 * app would refuse), all inside the caller's transaction.
 */
export async function loadSampleAgency(
  ctx: Ctx,
  trx: Transaction<DB>,
  session: Session,
  today: string,
  people: SamplePeople,
): Promise<{ trips: number }> {
  const inner = joinedCtx(ctx, trx)
  const sub = {
    trips: contract.trips,
    guides: contract.guides,
    suppliers: contract.suppliers,
    routes: contract.routes,
    print: contract.print,
    rooms: contract.rooms,
    payments: contract.payments,
    complaints: contract.complaints,
    feedback: contract.feedback,
  }
  const dispatch = createDispatcher(sub, {
    ...tripFeatureHandlers(inner),
    rooms: roomHandlers(inner),
    payments: paymentHandlers(inner),
    complaints: complaintHandlers(inner),
    feedback: feedbackHandlers(inner),
  })
  // a refusal means the sample broke a rule of the app: the whole load rolls back with it
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await dispatch(channel, input, session)
    if (!r.ok) throw new AppError('INTERNAL', 'errors.sampleFailed', { channel, code: r.error.code })
    return r.value as T
  }
  const day = (n: number) => addDays(today, n)

  const guides: number[] = []
  for (const g of GUIDES(day)) guides.push((await call<{ id: number }>('guides.create', g)).id)
  const suppliers: number[] = []
  for (const s of SUPPLIERS(day)) suppliers.push((await call<{ id: number }>('suppliers.create', s)).id)

  const families = [...people.families]
  const singles = [...people.singles]
  let receipt = 0
  for (const [n, spec] of TRIPS.entries()) {
    const trip = (
      await call<{ id: number }>('trips.create', {
        ...spec.trip,
        departDate: day(spec.departIn),
        returnDate: day(spec.departIn + spec.days - 1),
      })
    ).id
    for (const [i, item] of ITINERARY.entries()) {
      const dayNo = (i % spec.days) + 1
      const supplierId = item.supplier === undefined ? null : suppliers[item.supplier]
      await call('trips.addItem', { tripId: trip, dayNo, item: { ...item.item, supplierId } })
    }
    // the first trip of each route becomes its template, to start the next one from
    if (spec.template) await call('routes.saveFromTrip', { tripId: trip, name: spec.template })

    const travellers = [...families.splice(0, spec.families).flat(), ...singles.splice(0, spec.singles)]
    if (travellers.length) await call('trips.addParticipants', { tripId: trip, customerIds: travellers })
    if (spec.guide !== undefined)
      await call('trips.assignGuide', { tripId: trip, guideId: guides[spec.guide], role: spec.guideRole })
    for (const b of spec.bookings ?? [])
      await call('trips.addBooking', {
        tripId: trip,
        supplierId: suppliers[b],
        dayNo: 1,
        status: 'confirmed',
        confirmationNo: `QR-${n + 1}${b}`,
      })
    if (travellers.length) await call('rooms.familyRooms', { tripId: trip })

    // deposits taken at booking; travellers of trips that have left paid in full
    const money = await call<{ travellers: { participantId: number; dueFen: number }[] }>('payments.ofTrip', {
      tripId: trip,
    })
    for (const [i, p] of money.travellers.entries()) {
      if (spec.paid === 'none' || (spec.paid === 'some' && i % 3 === 2) || p.dueFen <= 0) continue
      await call('payments.record', {
        participantId: p.participantId,
        day: day(Math.min(-1, spec.departIn - 30)),
        amountFen: spec.paid === 'all' ? p.dueFen : Math.min(p.dueFen, 100_000),
        method: (['wechat', 'alipay', 'cash', 'bank_transfer', 'card'] as const)[i % 5],
        receiptNo: `SK-${String(++receipt).padStart(4, '0')}`,
      })
    }

    const detail = await call<{ version: number }>('trips.get', { id: trip })
    let version = detail.version
    for (const status of PATH[spec.status]) {
      version = (
        await call<{ version: number }>('trips.setStatus', {
          id: trip,
          version,
          status,
          // the sample's travellers have not all handed in documents yet: a desk confirms such a group with a reason
          confirmAnyway: status === 'confirmed' ? '示例数据：证件陆续补交' : undefined,
        })
      ).version
    }

    if (spec.feedback) {
      const printed = await call<{ sheets: { id: number }[] }>('feedback.issue', { tripId: trip })
      for (const [i, sheet] of printed.sheets.slice(0, 2).entries()) {
        const s = await call<{ version: number }>('feedback.get', { id: sheet.id })
        const answers =
          i === 0
            ? { overall: 0, local_guide: 0, hotel: 1, nps: 9 }
            : { overall: 2, shopping: 3, forced_shopping: 1, nps: 4 }
        await call('feedback.enter', { id: sheet.id, version: s.version, answers })
      }
    }
    if (spec.complaint) {
      await call('complaints.create', {
        channel: 'counter',
        tripId: trip,
        eventAt: `${day(spec.departIn + 1)}T15:30`,
        eventPlace: '黄山风景区',
        whatHappened: '行程第二天导游临时增加一个购物点，停留约 90 分钟，客人不愿进店也只能等候。',
        request: '要求旅行社说明情况并按标准赔偿',
        cause: 'shopping',
        complainants: [{ customerId: travellers[0] }],
        guideIds: spec.guide === undefined ? [] : [guides[spec.guide]],
      })
    }
  }
  return { trips: TRIPS.length }
}
