import type { PriceType } from '../trips/trip.schema'

/*
 * The money rules of a trip, pure and in integer fen: amounts are added, never multiplied by a
 * fraction, so a trip's totals are exact to the fen whatever the number of travellers.
 */

/** The largest amount one entry may carry: ten million yuan, far above any tour, far below 2^53. */
export const MAX_FEN = 1_000_000_000

/** The agency's age rules: an age below each bound gets that price type (ages on the departure day). */
export interface AgeRules {
  infantUnder: number
  noBedUnder: number
  childUnder: number
}

export const defaultAgeRules: AgeRules = { infantUnder: 2, noBedUnder: 6, childUnder: 12 }

/** The price type a traveller's age at departure suggests; null when the age is unknown. */
export function suggestPriceType(age: number | null, rules: AgeRules): PriceType | null {
  if (age === null) return null
  if (age < rules.infantUnder) return 'infant'
  if (age < rules.noBedUnder) return 'child_no_bed'
  if (age < rules.childUnder) return 'child_bed'
  return 'adult'
}

/** A trip's prices by type in fen, as stored. */
export interface PricesFen {
  adult: number | null
  childBed: number | null
  childNoBed: number | null
  infant: number | null
  singleSupplement: number | null
}

export function priceOfType(prices: PricesFen, type: PriceType): number | null {
  switch (type) {
    case 'adult':
      return prices.adult
    case 'child_bed':
      return prices.childBed
    case 'child_no_bed':
      return prices.childNoBed
    case 'infant':
      return prices.infant
  }
}

export const chargeKinds = ['single_supplement', 'visa_fee', 'insurance', 'discount', 'other'] as const
export type ChargeKind = (typeof chargeKinds)[number]

/** A charge as entered: always a positive amount; a discount takes it off. */
export function signedCharge(kind: ChargeKind, amountFen: number): number {
  return kind === 'discount' ? -amountFen : amountFen
}

export interface MoneyLine {
  /** the price of the traveller's type; null when the trip has none for it yet */
  baseFen: number | null
  /** signed charges (discounts negative) */
  chargesFen: number[]
  depositFen: number | null
  /** signed payments (refunds negative) */
  paymentsFen: number[]
}

export interface MoneySum {
  dueFen: number
  paidFen: number
  /** what is still to be paid; negative when the traveller paid more than is due */
  owedFen: number
  /** what remains of the agreed deposit; 0 once it is covered */
  depositOwedFen: number
  /** the balance after the deposit: due − deposit */
  balanceFen: number
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

export function moneyOf(line: MoneyLine): MoneySum {
  const dueFen = (line.baseFen ?? 0) + sum(line.chargesFen)
  const paidFen = sum(line.paymentsFen)
  const deposit = line.depositFen ?? 0
  return {
    dueFen,
    paidFen,
    owedFen: dueFen - paidFen,
    depositOwedFen: Math.max(0, deposit - paidFen),
    balanceFen: dueFen - deposit,
  }
}

export function totalOf(sums: MoneySum[]): MoneySum {
  return {
    dueFen: sum(sums.map((s) => s.dueFen)),
    paidFen: sum(sums.map((s) => s.paidFen)),
    owedFen: sum(sums.map((s) => s.owedFen)),
    depositOwedFen: sum(sums.map((s) => s.depositOwedFen)),
    balanceFen: sum(sums.map((s) => s.balanceFen)),
  }
}

/**
 * Yuan as typed ("1,280.5", "¥99") → integer fen, read as text so 0.1 + 0.2 never happens; null when
 * it is not an amount with at most two decimals.
 */
export function parseYuan(text: string): number | null {
  const s = text
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥]/, '')
  const m = /^(\d{1,8})(?:\.(\d{0,2}))?$/.exec(s)
  if (!m) return null
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}

/** Fen → "1,280.50" (no currency sign: the screen puts it where the language wants it). */
export function fenText(fen: number): string {
  const neg = fen < 0
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${neg ? '-' : ''}${yuan}.${String(abs % 100).padStart(2, '0')}`
}
