/*
 * Compensation per 《旅行社服务质量赔偿标准》 (国家旅游局, 旅办发〔2011〕44号), as data plus one
 * calculator. The wording used (articles 4–11) was read from published copies of the standard, e.g.
 * https://m.110ask.com/wenda/11933156121902965430.html and https://maideyi.com/a75873 (article 4,
 * cancellation brackets) and http://www.m9rr9o.cn/changshi/570924.html (article 10, missed sights):
 *
 * 第四条 因旅行社原因不能成行：国内旅游应提前7日（不含7日）通知，否则全额退还预付费用并支付违约金：
 *   出发前7日（含7日）至4日 10%；3日至1日 15%；出发当日 20%。出境旅游（含赴台游）应提前30日（不含30日）
 *   通知：30日至15日 2%；14日至7日 5%；6日至4日 10%；3日至1日 15%；出发当日 20%。
 * 第五条 未经同意擅自转团、拼团：旅游费用总额25%。
 * 第七条 因旅行社原因未能乘坐预定的公共交通工具：直接经济损失，并支付直接经济损失20%的违约金。
 * 第八条 服务档次与合同不符：退还差额，并支付同额违约金。
 * 第九条 导游或领队服务不达标：旅游费用总额1%至5%。
 * 第十条 (一) 遗漏景点、减少服务项目：赔偿未完成项目费用并支付同额违约金；遗漏无门票景点每处5%；
 *   (三) 擅自增加购物次数，每次10%；(四) 强迫或变相强迫购物，每次20%。
 * 第十一条 中止提供住宿、用餐、交通等服务：旅游费用总额30%（另负担同等级别的必要费用）。
 *
 * Rounding: every line is computed in integer fen, basis × rate ÷ 100, rounded half up to the whole
 * fen; the proposal is the sum of the rounded lines. Percentages are whole numbers, so this is exact.
 */

export type TripScope = 'domestic' | 'outbound'

/** How a clause turns the case's facts into money. */
export type Formula =
  /** a percentage of the tour price chosen by the days of notice before departure */
  | { kind: 'notice_brackets'; brackets: readonly { fromDays: number; toDays: number; pct: number }[] }
  /** a percentage of the tour price, once per occurrence (per stop, per sight) or once */
  | { kind: 'pct_of_price'; pct: number; perCount: boolean }
  /** a percentage of the tour price the staff choose within a range (guide below standard) */
  | { kind: 'pct_range'; minPct: number; maxPct: number }
  /** an amount (a difference, a loss) plus a surcharge of pct of that amount */
  | { kind: 'amount_plus_pct'; pct: number }

export interface Clause {
  id: ClauseId
  /** article (and item) of the standard, as cited on the written reply */
  article: string
  titleZh: string
  titleEn: string
  appliesTo: readonly TripScope[]
  formula: Formula
}

export const clauseIds = [
  'cancel_domestic',
  'cancel_outbound',
  'transfer_without_consent',
  'missed_transport',
  'below_grade',
  'guide_below_standard',
  'missed_services',
  'missed_free_sight',
  'extra_shopping',
  'forced_shopping',
  'service_suspended',
] as const
export type ClauseId = (typeof clauseIds)[number]

const BOTH: readonly TripScope[] = ['domestic', 'outbound']

export const clauses: readonly Clause[] = [
  {
    id: 'cancel_domestic',
    article: '第四条（一）',
    titleZh: '国内旅游因旅行社原因不能成行，未提前7日通知',
    titleEn: 'Domestic tour cancelled by the agency with less than 8 days of notice',
    appliesTo: ['domestic'],
    formula: {
      kind: 'notice_brackets',
      brackets: [
        { fromDays: 4, toDays: 7, pct: 10 },
        { fromDays: 1, toDays: 3, pct: 15 },
        { fromDays: 0, toDays: 0, pct: 20 },
      ],
    },
  },
  {
    id: 'cancel_outbound',
    article: '第四条（二）',
    titleZh: '出境旅游因旅行社原因不能成行，未提前30日通知',
    titleEn: 'Outbound tour cancelled by the agency with less than 31 days of notice',
    appliesTo: ['outbound'],
    formula: {
      kind: 'notice_brackets',
      brackets: [
        { fromDays: 15, toDays: 30, pct: 2 },
        { fromDays: 7, toDays: 14, pct: 5 },
        { fromDays: 4, toDays: 6, pct: 10 },
        { fromDays: 1, toDays: 3, pct: 15 },
        { fromDays: 0, toDays: 0, pct: 20 },
      ],
    },
  },
  {
    id: 'transfer_without_consent',
    article: '第五条',
    titleZh: '未经同意擅自转团、拼团',
    titleEn: 'Group transferred or merged without consent',
    appliesTo: BOTH,
    formula: { kind: 'pct_of_price', pct: 25, perCount: false },
  },
  {
    id: 'missed_transport',
    article: '第七条',
    titleZh: '因旅行社原因未能乘坐预定的公共交通工具',
    titleEn: 'Booked public transport missed through the agency’s fault',
    appliesTo: BOTH,
    formula: { kind: 'amount_plus_pct', pct: 20 },
  },
  {
    id: 'below_grade',
    article: '第八条',
    titleZh: '服务档次与合同不符，退还差额并支付同额违约金',
    titleEn: 'Service below the contracted grade: the difference plus an equal amount',
    appliesTo: BOTH,
    formula: { kind: 'amount_plus_pct', pct: 100 },
  },
  {
    id: 'guide_below_standard',
    article: '第九条',
    titleZh: '导游或领队服务未达到服务标准',
    titleEn: 'Guide or tour leader below the service standard',
    appliesTo: BOTH,
    formula: { kind: 'pct_range', minPct: 1, maxPct: 5 },
  },
  {
    id: 'missed_services',
    article: '第十条（一）',
    titleZh: '擅自缩短游览时间、遗漏景点、减少服务项目，赔偿费用并支付同额违约金',
    titleEn: 'Visits shortened, sights or services left out: their cost plus an equal amount',
    appliesTo: BOTH,
    formula: { kind: 'amount_plus_pct', pct: 100 },
  },
  {
    id: 'missed_free_sight',
    article: '第十条（一）',
    titleZh: '遗漏无门票景点，每处',
    titleEn: 'Sight without a ticket left out, per sight',
    appliesTo: BOTH,
    formula: { kind: 'pct_of_price', pct: 5, perCount: true },
  },
  {
    id: 'extra_shopping',
    article: '第十条（三）',
    titleZh: '未经签字确认擅自增加购物次数，每次',
    titleEn: 'Shopping stop added without the tourist’s signed consent, per stop',
    appliesTo: BOTH,
    formula: { kind: 'pct_of_price', pct: 10, perCount: true },
  },
  {
    id: 'forced_shopping',
    article: '第十条（四）',
    titleZh: '强迫或变相强迫购物，每次',
    titleEn: 'Forced shopping, per stop',
    appliesTo: BOTH,
    formula: { kind: 'pct_of_price', pct: 20, perCount: true },
  },
  {
    id: 'service_suspended',
    article: '第十一条',
    titleZh: '中止提供住宿、用餐、交通等旅游服务',
    titleEn: 'Accommodation, meals or transport suspended by the agency',
    appliesTo: BOTH,
    formula: { kind: 'pct_of_price', pct: 30, perCount: false },
  },
]

export const clauseById = (id: ClauseId): Clause => clauses.find((c) => c.id === id)!

/** The case's facts, as the calculator form collects them. Money in integer fen. */
export interface CompensationFacts {
  scope: TripScope
  /** the tour price (旅游费用总额) the percentages apply to */
  tourPriceFen: number
  /** the agency cancelled: whole days between its notice and departure (0 = on the day) */
  cancelNoticeDays?: number | null
  transferredWithoutConsent?: boolean
  /** direct loss from missed booked public transport */
  missedTransportLossFen?: number | null
  /** contract price minus what the lower-grade service actually cost */
  belowGradeDifferenceFen?: number | null
  /** 1–5: how far below standard the guide was, as the staff judge it */
  guideBelowStandardPct?: number | null
  /** cost of sights/services left out (with tickets) or of shortened visits */
  missedServicesFen?: number | null
  missedFreeSights?: number
  extraShoppingStops?: number
  forcedShoppingStops?: number
  serviceSuspended?: boolean
}

export interface CompensationLine {
  clauseId: ClauseId
  article: string
  /** what the rate applies to: the tour price, or the difference/loss */
  basisFen: number
  pct: number
  count: number
  amountFen: number
}

export interface CompensationProposal {
  lines: CompensationLine[]
  totalFen: number
  /** a cancellation also refunds every prepaid fee in full (article 4); shown beside the total */
  refundPrepaidInFull: boolean
}

/** basis × pct ÷ 100, rounded half up to the whole fen, in integers only. */
export function pctOf(basisFen: number, pct: number): number {
  const x = basisFen * pct
  return Math.floor(x / 100) + (x % 100 >= 50 ? 1 : 0)
}

/** The bracket rate for a cancellation `days` before departure, or null when notice was in time. */
export function noticeRate(scope: TripScope, days: number): number | null {
  const clause = clauseById(scope === 'domestic' ? 'cancel_domestic' : 'cancel_outbound')
  if (clause.formula.kind !== 'notice_brackets') return null
  const b = clause.formula.brackets.find((x) => days >= x.fromDays && days <= x.toDays)
  return b ? b.pct : null
}

const positive = (n: number | null | undefined): n is number => typeof n === 'number' && n > 0

/** Every clause the facts meet, with its amount; nothing for facts that meet none. */
export function proposeCompensation(f: CompensationFacts): CompensationProposal {
  const price = f.tourPriceFen
  const lines: CompensationLine[] = []
  const add = (clauseId: ClauseId, basisFen: number, pct: number, count = 1, plusBasis = false) => {
    const one = pctOf(basisFen, pct)
    lines.push({
      clauseId,
      article: clauseById(clauseId).article,
      basisFen,
      pct,
      count,
      amountFen: (plusBasis ? basisFen + one : one) * count,
    })
  }
  let refundPrepaidInFull = false
  if (f.cancelNoticeDays != null && f.cancelNoticeDays >= 0) {
    const pct = noticeRate(f.scope, f.cancelNoticeDays)
    if (pct !== null) {
      add(f.scope === 'domestic' ? 'cancel_domestic' : 'cancel_outbound', price, pct)
      refundPrepaidInFull = true
    }
  }
  if (f.transferredWithoutConsent) add('transfer_without_consent', price, 25)
  // article 7: the loss itself is refunded and 20% of it added
  if (positive(f.missedTransportLossFen)) add('missed_transport', f.missedTransportLossFen, 20, 1, true)
  // articles 8 and 10(1): the difference (or cost) back, plus an equal amount (100% of it)
  if (positive(f.belowGradeDifferenceFen)) add('below_grade', f.belowGradeDifferenceFen, 100, 1, true)
  if (positive(f.guideBelowStandardPct)) {
    add('guide_below_standard', price, Math.min(5, Math.max(1, Math.round(f.guideBelowStandardPct))))
  }
  if (positive(f.missedServicesFen)) add('missed_services', f.missedServicesFen, 100, 1, true)
  if (positive(f.missedFreeSights)) add('missed_free_sight', price, 5, f.missedFreeSights)
  if (positive(f.extraShoppingStops)) add('extra_shopping', price, 10, f.extraShoppingStops)
  if (positive(f.forcedShoppingStops)) add('forced_shopping', price, 20, f.forcedShoppingStops)
  if (f.serviceSuspended) add('service_suspended', price, 30)
  return { lines, totalFen: lines.reduce((s, l) => s + l.amountFen, 0), refundPrepaidInFull }
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** 四 → 4, 十 → 10, 十一 → 11 (the standard has fewer than twenty articles). */
function cnNumber(s: string): number {
  if (s.startsWith('十')) return 10 + (s.length > 1 ? CN_DIGITS[s[1]] : 0)
  return CN_DIGITS[s]
}

/**
 * The article as an English reply cites it: 第十条（四） → Article 10(4). The Chinese form stays the
 * one stored and shown to Chinese readers.
 */
export function articleEn(article: string): string {
  const m = /^第([一二三四五六七八九十]+)条(?:（([一二三四五六七八九十]+)）)?$/.exec(article)
  if (!m) return article
  return `Article ${cnNumber(m[1])}${m[2] ? `(${cnNumber(m[2])})` : ''}`
}
