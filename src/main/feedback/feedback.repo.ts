import type { Kysely, Transaction } from 'kysely'
import { AppError } from '../../shared/api/envelope'
import type { TripKind } from '../../shared/trips/trip.schema'
import { defaultReturnRule } from '../../shared/feedback/return-rate'
import type { ReturnRule } from '../../shared/feedback/return-rate'
import { templateBodySchema } from '../../shared/feedback/template'
import type { TemplateBody } from '../../shared/feedback/template'
import type { FeedbackTemplateView, ReturnRuleView } from '../../shared/feedback/feedback.types'
import type { StoredAnswer } from '../../shared/feedback/scoring'
import type { DB, FeedbackSheetRowDb } from '../db/schema'
import { notFound } from '../core/context'

export type Dbx = Kysely<DB> | Transaction<DB>

/** Template bodies never change once written: parsed once per process. */
const bodies = new Map<number, TemplateBody>()

function parseBody(id: number, text: string): TemplateBody {
  let b = bodies.get(id)
  if (!b) {
    b = templateBodySchema.parse(JSON.parse(text))
    bodies.set(id, b)
  }
  return b
}

export async function currentTemplate(db: Dbx): Promise<FeedbackTemplateView> {
  const row = await db
    .selectFrom('feedback_templates')
    .select(['id', 'version_no', 'body'])
    .orderBy('version_no', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow()
  return { id: row.id, versionNo: row.version_no, body: parseBody(row.id, row.body) }
}

export async function templateById(db: Dbx, id: number): Promise<TemplateBody> {
  const cached = bodies.get(id)
  if (cached) return cached
  const row = await db
    .selectFrom('feedback_templates')
    .select(['id', 'body'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw notFound()
  return parseBody(row.id, row.body)
}

export async function readRule(db: Dbx): Promise<ReturnRuleView> {
  const p = await db.selectFrom('feedback_policy').selectAll().where('id', '=', 1).executeTakeFirst()
  if (!p) return { ...defaultReturnRule, version: 1 }
  return {
    smallGroupMax: p.small_group_max,
    smallGroupPct: p.small_group_pct,
    largeGroupPct: p.large_group_pct,
    version: p.version,
  }
}

export const ruleColumns = (r: ReturnRule) => ({
  small_group_max: r.smallGroupMax,
  small_group_pct: r.smallGroupPct,
  large_group_pct: r.largeGroupPct,
})

export async function requireSheet(db: Dbx, id: number): Promise<FeedbackSheetRowDb> {
  const s = await db.selectFrom('feedback_sheets').selectAll().where('id', '=', id).executeTakeFirst()
  if (!s) throw notFound()
  return s
}

/** The trip's kind and code for a sheet's form. */
export async function tripOfSheet(db: Dbx, tripId: number) {
  const t = await db
    .selectFrom('trips')
    .select(['id', 'code', 'kind', 'route_name', 'status', 'created_by', 'return_date'])
    .where('id', '=', tripId)
    .executeTakeFirst()
  if (!t) throw notFound()
  return { ...t, kind: t.kind as TripKind }
}

export async function answersOf(db: Dbx, sheetIds: number[]): Promise<Map<number, StoredAnswer[]>> {
  const out = new Map<number, StoredAnswer[]>()
  if (!sheetIds.length) return out
  const rows = await db
    .selectFrom('feedback_answers')
    .select(['sheet_id', 'item_key', 'kind', 'value', 'score_x10', 'satisfied', 'problem'])
    .where('sheet_id', 'in', sheetIds)
    .execute()
  for (const r of rows) {
    const list = out.get(r.sheet_id) ?? []
    list.push({
      itemKey: r.item_key,
      kind: r.kind as StoredAnswer['kind'],
      value: r.value,
      score: r.score_x10 === null ? null : r.score_x10 / 10,
      satisfied: r.satisfied === null ? null : r.satisfied === 1,
      problem: r.problem === null ? null : r.problem === 1,
    })
    out.set(r.sheet_id, list)
  }
  return out
}

export async function writeAnswers(
  trx: Transaction<DB>,
  sheetId: number,
  tripId: number,
  answers: StoredAnswer[],
) {
  await trx.deleteFrom('feedback_answers').where('sheet_id', '=', sheetId).execute()
  if (!answers.length) return
  await trx
    .insertInto('feedback_answers')
    .values(
      answers.map((a) => ({
        sheet_id: sheetId,
        trip_id: tripId,
        item_key: a.itemKey,
        kind: a.kind,
        value: a.value,
        score_x10: a.score === null ? null : Math.round(a.score * 10),
        satisfied: a.satisfied === null ? null : a.satisfied ? 1 : 0,
        problem: a.problem === null ? null : a.problem ? 1 : 0,
      })),
    )
    .execute()
}

export function fieldsError(fields: Record<string, string>): AppError {
  return new AppError(
    'VALIDATION',
    'errors.validation',
    undefined,
    Object.fromEntries(Object.entries(fields).map(([k, key]) => [k, { key }])),
  )
}
