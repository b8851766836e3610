import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from 'kysely'
import type { ScoreFilter } from '../../shared/feedback/feedback.api'
import type { TrendRow } from '../../shared/feedback/feedback.types'
import { itemScore, npsOf, scoresFrom } from '../../shared/feedback/scoring'
import type { ItemSums, Scores } from '../../shared/feedback/scoring'
import type { DB } from '../db/schema'
import type { Dbx } from './feedback.repo'

/*
 * Roll-ups of entered answers per trip, guide, supplier (the trips that booked it), route and
 * return period. Blanks ("no answer", value NULL) are excluded everywhere; every figure carries the
 * number of answers behind it. The sums run in the database over feedback_answers_rollup.
 */

type ADB = DB & { a: DB['feedback_answers']; t: DB['trips'] }
type AnswerQuery = SelectQueryBuilder<ADB, 'a' | 't', object>

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v))

/** The answers behind a filter, by trip id only: no join, so the roll-up reads feedback_answers_rollup alone. */
function answers(db: Dbx, f: ScoreFilter) {
  let q = db.selectFrom('feedback_answers as a').where('a.value', 'is not', null)
  if (f.tripId !== null) q = q.where('a.trip_id', '=', f.tripId)
  if (f.guideId !== null) {
    const g = f.guideId
    q = q.where('a.trip_id', 'in', (eb) =>
      eb.selectFrom('trip_guides').select('trip_id').where('guide_id', '=', g),
    )
  }
  if (f.supplierId !== null) {
    const s = f.supplierId
    q = q.where('a.trip_id', 'in', (eb) =>
      eb.selectFrom('trip_bookings').select('trip_id').where('supplier_id', '=', s),
    )
  }
  if (f.routeName !== null || f.from !== null || f.to !== null) {
    q = q.where('a.trip_id', 'in', (eb) => {
      let t = eb.selectFrom('trips').select('id')
      if (f.routeName !== null) t = t.where('route_name', '=', f.routeName)
      if (f.from !== null) t = t.where('return_date', '>=', f.from)
      if (f.to !== null) t = t.where('return_date', '<=', f.to)
      return t
    })
  }
  return q
}

/** The same, joined to the trips for their return month (the trend). */
function filtered(db: Dbx, f: ScoreFilter): AnswerQuery {
  let q = db
    .selectFrom('feedback_answers as a')
    .innerJoin('trips as t', 't.id', 'a.trip_id')
    .where('a.value', 'is not', null)
  if (f.tripId !== null) q = q.where('a.trip_id', '=', f.tripId)
  if (f.guideId !== null) {
    const g = f.guideId
    q = q.where('a.trip_id', 'in', (eb) =>
      eb.selectFrom('trip_guides').select('trip_id').where('guide_id', '=', g),
    )
  }
  if (f.supplierId !== null) {
    const s = f.supplierId
    q = q.where('a.trip_id', 'in', (eb) =>
      eb.selectFrom('trip_bookings').select('trip_id').where('supplier_id', '=', s),
    )
  }
  if (f.routeName !== null) q = q.where('t.route_name', '=', f.routeName)
  if (f.from !== null) q = q.where('t.return_date', '>=', f.from)
  if (f.to !== null) q = q.where('t.return_date', '<=', f.to)
  return q
}

type Eb = ExpressionBuilder<ADB, 'a' | 't'>
const when = (eb: Eb, cond: Expression<SqlBool>) =>
  eb.fn.sum<number>(eb.case().when(cond).then(1).else(0).end())

export async function scores(db: Dbx, f: ScoreFilter, order: string[] = []): Promise<Scores> {
  const rows = await answers(db, f)
    .select((eb) => {
      const flag = (cond: Expression<SqlBool>) =>
        eb.fn.sum<number>(eb.case().when(cond).then(1).else(0).end())
      return [
        'a.item_key',
        'a.kind',
        eb.fn.count<number>('a.value').as('n'),
        eb.fn.sum<number>('a.score_x10').as('score'),
        eb.fn.sum<number>('a.satisfied').as('sat'),
        eb.fn.sum<number>('a.problem').as('prob'),
        flag(eb.and([eb('a.kind', '=', 'nps'), eb('a.value', '>=', 9)])).as('prom'),
        flag(eb.and([eb('a.kind', '=', 'nps'), eb('a.value', '<=', 6)])).as('det'),
      ]
    })
    .groupBy(['a.item_key', 'a.kind'])
    .execute()
  const sums: ItemSums[] = rows.map((r) => ({
    key: r.item_key,
    kind: r.kind as ItemSums['kind'],
    n: num(r.n),
    scoreSum: num(r.score) / 10,
    satisfied: num(r.sat),
    problems: num(r.prob),
    promoters: num(r.prom),
    detractors: num(r.det),
  }))
  const sheets = await sheetCount(db, f)
  return scoresFrom(sheets, sums, order)
}

/** Entered sheets behind a filter (a sheet left wholly blank still counts as returned). */
export async function sheetCount(db: Dbx, f: ScoreFilter): Promise<number> {
  let q = db
    .selectFrom('feedback_sheets as s')
    .innerJoin('trips as t', 't.id', 's.trip_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('s.status', '=', 'entered')
  if (f.tripId !== null) q = q.where('s.trip_id', '=', f.tripId)
  if (f.guideId !== null) {
    const g = f.guideId
    q = q.where('s.trip_id', 'in', (eb) =>
      eb.selectFrom('trip_guides').select('trip_id').where('guide_id', '=', g),
    )
  }
  if (f.supplierId !== null) {
    const s = f.supplierId
    q = q.where('s.trip_id', 'in', (eb) =>
      eb.selectFrom('trip_bookings').select('trip_id').where('supplier_id', '=', s),
    )
  }
  if (f.routeName !== null) q = q.where('t.route_name', '=', f.routeName)
  if (f.from !== null) q = q.where('t.return_date', '>=', f.from)
  if (f.to !== null) q = q.where('t.return_date', '<=', f.to)
  return num((await q.executeTakeFirst())?.n)
}

/** Month by month (of the trips' return): rated mean, NPS, sheets. */
export async function trend(db: Dbx, f: ScoreFilter): Promise<TrendRow[]> {
  const rows = await filtered(db, f)
    .select((eb) => {
      const e = eb
      const rated = eb('a.kind', '=', 'rating')
      const nps = eb('a.kind', '=', 'nps')
      return [
        eb.fn<string>('substr', ['t.return_date', eb.val(1), eb.val(7)]).as('month'),
        eb.fn.count<number>('a.sheet_id').distinct().as('sheets'),
        when(e, eb.and([rated])).as('rated_n'),
        eb.fn.sum<number>(eb.case().when(rated).then(eb.ref('a.score_x10')).else(0).end()).as('rated_sum'),
        when(e, eb.and([nps])).as('nps_n'),
        when(e, eb.and([nps, eb('a.value', '>=', 9)])).as('prom'),
        when(e, eb.and([nps, eb('a.value', '<=', 6)])).as('det'),
      ]
    })
    .groupBy('month')
    .orderBy('month')
    .execute()
  return rows.map((r) => {
    const overall = itemScore('*', num(r.rated_n), num(r.rated_sum) / 10, 0)
    const nps = npsOf(num(r.nps_n), num(r.prom), num(r.det))
    return {
      month: r.month,
      sheets: num(r.sheets),
      overall: overall.mean,
      overallN: overall.n,
      nps: nps.score,
      npsN: nps.n,
    }
  })
}
