import type { PriceType } from '../../shared/trips/trip.schema'
import type { VisaStatus } from '../../shared/trips/visa'
import type { ChargeKind } from '../../shared/payments/money'
import { moneyOf, priceOfType, signedCharge, suggestPriceType, totalOf } from '../../shared/payments/money'
import type {
  ChargeView,
  CustomerPayment,
  MoneyPolicy,
  PaymentMethod,
  PaymentView,
  TripMoney,
} from '../../shared/payments/payment.types'
import type { TripStatus } from '../../shared/trips/trip.schema'
import { birthOf } from '../customers/customers.repo'
import type { Dbx } from '../trips/trips.repo'
import { ageAt, requireTrip } from '../trips/trips.repo'

export async function loadPolicy(db: Dbx): Promise<MoneyPolicy> {
  const p = await db.selectFrom('trip_money_policy').selectAll().where('id', '=', 1).executeTakeFirstOrThrow()
  return {
    infantUnder: p.infant_under,
    noBedUnder: p.no_bed_under,
    childUnder: p.child_under,
    version: p.version,
  }
}

/** The ledger's rows with who took them and whose they are (a removed traveller's name is gone with them). */
function paymentQuery(db: Dbx) {
  return db
    .selectFrom('trip_payments as m')
    .leftJoin('staff as s', 's.id', 'm.taken_by')
    .leftJoin('trip_participants as p', 'p.id', 'm.participant_id')
    .leftJoin('customers as c', 'c.id', 'p.customer_id')
    .selectAll('m')
    .select(['s.name as staff_name', 'c.name as customer_name'])
}

type PaymentRow = Awaited<ReturnType<ReturnType<typeof paymentQuery>['execute']>>[number]

function paymentView(r: PaymentRow): PaymentView {
  return {
    id: r.id,
    tripId: r.trip_id,
    participantId: r.participant_id,
    name: r.customer_name,
    day: r.day,
    amountFen: r.amount_fen,
    method: r.method as PaymentMethod,
    receiptNo: r.receipt_no,
    reason: r.reason,
    takenBy: r.taken_by != null ? { id: r.taken_by, name: r.staff_name ?? '' } : null,
    createdAt: r.created_at,
  }
}

/** Everything the 收款 tab shows, in four queries whatever the group size. */
export async function loadTripMoney(db: Dbx, tripId: number): Promise<TripMoney> {
  const t = await requireTrip(db, tripId)
  const ofTrip = () => db.selectFrom('trip_participants').select('id').where('trip_id', '=', tripId)
  const [people, charges, payments, policy] = await Promise.all([
    db
      .selectFrom('trip_participants as p')
      .leftJoin('customers as c', 'c.id', 'p.customer_id')
      .select([
        'p.id',
        'p.version',
        'p.customer_id',
        'p.price_type',
        'p.deposit_fen',
        'p.room_no',
        'p.single_room',
        'p.visa_status',
        'p.visa_type',
        'p.visa_no',
        'p.visa_valid_until',
        'c.name',
        'c.birth_calendar',
        'c.birth_date',
        'c.lunar_year',
        'c.lunar_month',
        'c.lunar_day',
        'c.lunar_leap',
      ])
      .where('p.trip_id', '=', tripId)
      .orderBy('p.id')
      .execute(),
    db
      .selectFrom('trip_charges')
      .selectAll()
      .where('participant_id', 'in', ofTrip())
      .orderBy('participant_id')
      .orderBy('position')
      .execute(),
    paymentQuery(db).where('m.trip_id', '=', tripId).orderBy('m.day').orderBy('m.id').execute(),
    loadPolicy(db),
  ])
  const prices = {
    adult: t.price_adult,
    childBed: t.price_child_bed,
    childNoBed: t.price_child_no_bed,
    infant: t.price_infant,
    singleSupplement: t.price_single,
  }
  const roomCount = new Map<string, number>()
  for (const p of people) if (p.room_no) roomCount.set(p.room_no, (roomCount.get(p.room_no) ?? 0) + 1)
  const travellers = people.map((p) => {
    const mine: ChargeView[] = charges
      .filter((c) => c.participant_id === p.id)
      .map((c) => ({ kind: c.kind as ChargeKind, label: c.label, amountFen: c.amount_fen }))
    const paid = payments.filter((m) => m.participant_id === p.id).map((m) => m.amount_fen)
    const priceType = p.price_type as PriceType
    const baseFen = priceOfType(prices, priceType)
    const age = p.customer_id === null ? null : ageAt(birthOf(p), t.depart_date)
    return {
      participantId: p.id,
      version: p.version,
      customerId: p.customer_id,
      name: p.name ?? '',
      age,
      priceType,
      suggestedPriceType: suggestPriceType(age, policy),
      baseFen,
      charges: mine,
      depositFen: p.deposit_fen,
      singleOccupant: p.single_room === 1 || (!!p.room_no && roomCount.get(p.room_no) === 1),
      visa: {
        status: p.visa_status as VisaStatus | null,
        type: p.visa_type,
        number: p.visa_no,
        validUntil: p.visa_valid_until,
      },
      ...moneyOf({
        baseFen,
        chargesFen: mine.map((c) => signedCharge(c.kind, c.amountFen)),
        depositFen: p.deposit_fen,
        paymentsFen: paid,
      }),
    }
  })
  const unassignedFen = payments
    .filter((m) => m.participant_id === null)
    .reduce((a, m) => a + m.amount_fen, 0)
  const totals = totalOf(travellers)
  return {
    tripId,
    departDate: t.depart_date,
    singleSupplementFen: t.price_single,
    travellers,
    payments: payments.map(paymentView),
    totals: { ...totals, paidFen: totals.paidFen + unassignedFen, owedFen: totals.owedFen - unassignedFen },
    unassignedFen,
    unpriced: travellers.filter((x) => x.baseFen === null).length,
  }
}

/** A customer's payments and refunds on every trip they were booked on, newest first. */
export async function customerPayments(db: Dbx, customerId: number): Promise<CustomerPayment[]> {
  const rows = await paymentQuery(db)
    .innerJoin('trips as t', 't.id', 'm.trip_id')
    .select(['t.code', 't.route_name', 't.status'])
    .where('p.customer_id', '=', customerId)
    .orderBy('m.day', 'desc')
    .orderBy('m.id', 'desc')
    .execute()
  return rows.map((r) => ({
    ...paymentView(r),
    trip: { id: r.trip_id, code: r.code, routeName: r.route_name, status: r.status as TripStatus },
  }))
}

/** What a traveller has paid so far, net of refunds (a refund may not give back more than that). */
export async function paidBy(db: Dbx, participantId: number): Promise<number> {
  const r = await db
    .selectFrom('trip_payments')
    .select((eb) => eb.fn.sum<number | string | null>('amount_fen').as('paid'))
    .where('participant_id', '=', participantId)
    .executeTakeFirst()
  return Number(r?.paid ?? 0)
}
