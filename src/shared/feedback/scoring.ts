import type { FeedbackItem, FeedbackLevel, TemplateBody } from './template'

/*
 * Scores from paper answers. A rated answer is stored with its score on 0–100 as the version of the
 * template it was keyed on scored it, so editing the scale later never changes past results. "No
 * answer" (null) is kept as such and never counted.
 */

/** A rated answer's score on 0–100: its level's score over the best level's. */
export function levelScore(levels: FeedbackLevel[], index: number): number {
  const top = Math.max(...levels.map((l) => l.score))
  if (top <= 0) return 0
  return Math.round((levels[index].score / top) * 1000) / 10
}

/** One stored answer, as the roll-ups read it. */
export interface StoredAnswer {
  itemKey: string
  kind: FeedbackItem['kind']
  value: number | null
  /** rated: 0–100; otherwise null */
  score: number | null
  /** rated: the level counts as 满意/非常满意 */
  satisfied: boolean | null
  /** yes/no: the answer given is the problem one */
  problem: boolean | null
}

/** What one sheet's answers become when stored: every item of the form, answered or not. */
export function scoreAnswers(
  body: TemplateBody,
  items: FeedbackItem[],
  answers: Record<string, number | null>,
): StoredAnswer[] {
  return items
    .filter((i) => i.kind !== 'text')
    .map((i) => {
      const value = answers[i.key] ?? null
      const base = { itemKey: i.key, kind: i.kind, value, score: null, satisfied: null, problem: null }
      if (value === null) return base
      if (i.kind === 'rating')
        return { ...base, score: levelScore(body.levels, value), satisfied: body.levels[value].satisfied }
      if (i.kind === 'yesno') return { ...base, problem: (value === 1 ? 'yes' : 'no') === i.problem }
      return base
    })
}

/** Why an answer value does not fit its item, or null when it does. */
export function answerError(body: TemplateBody, item: FeedbackItem, value: number | null): string | null {
  if (value === null) return null
  if (item.kind === 'rating' && value >= body.levels.length) return 'errors.feedbackAnswer'
  if (item.kind === 'yesno' && value > 1) return 'errors.feedbackAnswer'
  if (item.kind === 'text') return 'errors.feedbackAnswer'
  return null
}

export interface ItemScore {
  key: string
  /** answers behind the figures (blanks excluded) */
  n: number
  /** mean on 0–100, null without answers */
  mean: number | null
  /** share of 满意/非常满意 in percent */
  satisfiedPct: number | null
}

export interface Nps {
  n: number
  promoters: number
  detractors: number
  /** % promoters − % detractors, −100…100; null without answers */
  score: number | null
}

export interface ComplianceCount {
  key: string
  n: number
  problems: number
}

export interface Scores {
  /** sheets entered */
  sheets: number
  items: ItemScore[]
  /** all rated answers together */
  overall: ItemScore
  nps: Nps
  compliance: ComplianceCount[]
}

const round1 = (x: number) => Math.round(x * 10) / 10

/** Per-item sums as the database returns them (GROUP BY item), or as summed from answers in memory. */
export interface ItemSums {
  key: string
  kind: FeedbackItem['kind']
  n: number
  scoreSum: number
  satisfied: number
  problems: number
  promoters: number
  detractors: number
}

export function itemScore(key: string, n: number, scoreSum: number, satisfied: number): ItemScore {
  return {
    key,
    n,
    mean: n ? round1(scoreSum / n) : null,
    satisfiedPct: n ? round1((satisfied / n) * 100) : null,
  }
}

/** NPS: 9–10 promoters, 0–6 detractors, % promoters − % detractors. */
export function npsOf(n: number, promoters: number, detractors: number): Nps {
  return { n, promoters, detractors, score: n ? Math.round(((promoters - detractors) / n) * 100) : null }
}

/** The figures shown everywhere, from per-item sums (answered only). Items keep `order`'s order. */
export function scoresFrom(sheets: number, sums: ItemSums[], order: string[] = []): Scores {
  const pos = (k: string) => {
    const i = order.indexOf(k)
    return i < 0 ? order.length : i
  }
  const sorted = [...sums].sort((a, b) => pos(a.key) - pos(b.key) || a.key.localeCompare(b.key))
  const rated = sorted.filter((s) => s.kind === 'rating')
  const nps = sorted.find((s) => s.kind === 'nps')
  return {
    sheets,
    items: rated.map((s) => itemScore(s.key, s.n, s.scoreSum, s.satisfied)),
    overall: itemScore(
      '*',
      rated.reduce((a, s) => a + s.n, 0),
      rated.reduce((a, s) => a + s.scoreSum, 0),
      rated.reduce((a, s) => a + s.satisfied, 0),
    ),
    nps: npsOf(nps?.n ?? 0, nps?.promoters ?? 0, nps?.detractors ?? 0),
    compliance: sorted
      .filter((s) => s.kind === 'yesno')
      .map((s) => ({ key: s.key, n: s.n, problems: s.problems })),
  }
}

/** Sums answers in memory (the unit tests' reference for what the SQL roll-up computes). */
export function sumAnswers(answers: StoredAnswer[]): ItemSums[] {
  const by = new Map<string, ItemSums>()
  for (const a of answers) {
    if (a.value === null) continue
    const s = by.get(a.itemKey) ?? {
      key: a.itemKey,
      kind: a.kind,
      n: 0,
      scoreSum: 0,
      satisfied: 0,
      problems: 0,
      promoters: 0,
      detractors: 0,
    }
    s.n++
    s.scoreSum += a.score ?? 0
    if (a.satisfied) s.satisfied++
    if (a.problem) s.problems++
    if (a.kind === 'nps' && a.value >= 9) s.promoters++
    if (a.kind === 'nps' && a.value <= 6) s.detractors++
    by.set(a.itemKey, s)
  }
  return [...by.values()]
}

/** What on a sheet asks for a follow-up: rated answers at or below the low mark, and problem answers. */
export function sheetAlerts(
  body: TemplateBody,
  answers: StoredAnswer[],
): { low: string[]; problems: string[] } {
  return {
    low: answers.filter((a) => a.score !== null && a.score <= body.lowScore).map((a) => a.itemKey),
    problems: answers.filter((a) => a.problem).map((a) => a.itemKey),
  }
}
