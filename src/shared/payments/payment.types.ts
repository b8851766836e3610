import type { PriceType, TripStatus } from '../trips/trip.schema'
import type { VisaStatus } from '../trips/visa'
import type { AgeRules, ChargeKind, MoneySum } from './money'

export const paymentMethods = ['cash', 'wechat', 'alipay', 'bank_transfer', 'card'] as const
export type PaymentMethod = (typeof paymentMethods)[number]

export interface ChargeView {
  kind: ChargeKind
  label: string | null
  /** as entered: positive; a discount takes it off */
  amountFen: number
}

export interface TravellerMoney extends MoneySum {
  participantId: number
  /** the participant's version: the money form and the participant form guard the same record */
  version: number
  customerId: number | null
  name: string
  age: number | null
  priceType: PriceType
  /** what the agency's age rules say for the age at departure; null when the birth date is unknown */
  suggestedPriceType: PriceType | null
  baseFen: number | null
  charges: ChargeView[]
  depositFen: number | null
  /** the traveller has a room to themselves (single room, or nobody shares it): 单房差 applies */
  singleOccupant: boolean
  visa: {
    status: VisaStatus | null
    type: string | null
    number: string | null
    validUntil: string | null
  }
}

export interface PaymentView {
  id: number
  tripId: number
  /** null once the traveller was taken off the trip */
  participantId: number | null
  name: string | null
  day: string
  /** negative for a refund */
  amountFen: number
  method: PaymentMethod
  receiptNo: string | null
  reason: string | null
  takenBy: { id: number; name: string } | null
  createdAt: string
}

export interface TripMoney {
  tripId: number
  departDate: string
  singleSupplementFen: number | null
  travellers: TravellerMoney[]
  payments: PaymentView[]
  totals: MoneySum
  /** payments of travellers since taken off the trip: counted in the trip's paid total */
  unassignedFen: number
  /** travellers whose price type has no price on the trip yet */
  unpriced: number
}

export interface CustomerPayment extends PaymentView {
  trip: { id: number; code: string; routeName: string; status: TripStatus }
}

export interface MoneyPolicy extends AgeRules {
  version: number
}
