import { AppError } from '../../shared/api/envelope'
import type { feedbackCalls } from '../../shared/feedback/feedback.api'
import { parseSheetCode, sheetCode } from '../../shared/feedback/return-rate'
import { answerError, scoreAnswers, sheetAlerts } from '../../shared/feedback/scoring'
import { itemsFor } from '../../shared/feedback/template'
import type { FeedbackItem, TemplateBody } from '../../shared/feedback/template'
import { dayIn } from '../../shared/common/dates'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, nowIso, stale } from '../core/context'
import { updateVersioned } from '../core/update-versioned'
import { auditor, fieldError } from '../trips/trips.repo'
import {
  answersOf,
  fieldsError,
  requireSheet,
  templateById,
  tripOfSheet,
  writeAnswers,
} from './feedback.repo'
import type { Dbx } from './feedback.repo'
import { sheetEntry } from './sheets'
import { complaintFromSheet, raiseFollowUp } from './follow-up'

type All = Handlers<{ feedback: typeof feedbackCalls }>['feedback']
type EntryHandlers = Pick<All, 'open' | 'get' | 'enter' | 'verify' | 'openComplaint'>

/** Answers checked against the sheet's own form: unknown items and values off its scale are refused. */
function checkAnswers(body: TemplateBody, items: FeedbackItem[], answers: Record<string, number | null>) {
  const bad: Record<string, string> = {}
  for (const [key, value] of Object.entries(answers)) {
    const item = items.find((i) => i.key === key)
    const why = item ? answerError(body, item, value) : 'errors.unexpectedField'
    if (why) bad[`answers.${key}`] = why
  }
  if (Object.keys(bad).length) throw fieldsError(bad)
}

async function formOf(db: Dbx, templateId: number, tripId: number) {
  const trip = await tripOfSheet(db, tripId)
  const body = await templateById(db, templateId)
  return { trip, body, items: itemsFor(body, trip.kind) }
}

export function entryHandlers(ctx: Ctx): EntryHandlers {
  const { db } = ctx
  const changed = (tripId: number) => ctx.events.broadcast('data.changed', { entity: 'feedback', id: tripId })

  return {
    async open(input) {
      const parsed = parseSheetCode(input.code)
      const unknown = () => fieldError('code', 'errors.feedbackSheetUnknown')
      if (!parsed) throw unknown()
      const sheetOf = (code: 'exact' | 'anyCase') =>
        db
          .selectFrom('feedback_sheets as s')
          .innerJoin('trips as t', 't.id', 's.trip_id')
          .select('s.id')
          .where((eb) =>
            code === 'exact'
              ? eb('t.code', '=', parsed.tripCode)
              : eb(eb.fn('lower', ['t.code']), '=', parsed.tripCode.toLowerCase()),
          )
          .where('s.sheet_no', '=', parsed.sheetNo)
          .orderBy('t.id')
          .executeTakeFirst()
      // a clerk may type `jp-…` and a scanner may lower-case it; the exact 团号 wins if two differ only in case
      const found = (await sheetOf('exact')) ?? (await sheetOf('anyCase'))
      if (!found) throw unknown()
      return sheetEntry(db, found.id)
    },

    get: (input) => sheetEntry(db, input.id),

    async enter(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const result = await db.transaction().execute(async (trx) => {
        const cur = await requireSheet(trx, input.id)
        if (cur.version !== input.version) throw stale()
        const { trip, body, items } = await formOf(trx, cur.template_id, cur.trip_id)
        checkAnswers(body, items, input.answers)
        const stored = scoreAnswers(body, items, input.answers)
        const alerts = sheetAlerts(body, stored)
        // a correction undoes an earlier verification: the second keying must match what is stored now
        const version = await updateVersioned(trx, 'feedback_sheets', cur.id, input.version, {
          status: 'entered',
          comment: input.comment,
          entered_at: at,
          entered_by: me.id,
          verified_at: null,
          verified_by: null,
          updated_at: at,
        })
        await writeAnswers(trx, cur.id, cur.trip_id, stored)
        let followUpId: number | null = null
        if ((alerts.low.length || alerts.problems.length) && cur.follow_up_id === null) {
          followUpId = await raiseFollowUp(trx, {
            tripId: trip.id,
            owner: trip.created_by,
            customerId: cur.customer_id,
            code: sheetCode(trip.code, cur.sheet_no),
            low: alerts.low.length,
            problems: alerts.problems.length,
            staffId: me.id,
            today: dayIn(ctx.clock()),
            now: at,
          })
          await trx
            .updateTable('feedback_sheets')
            .set({ follow_up_id: followUpId })
            .where('id', '=', cur.id)
            .execute()
        }
        const action = cur.status === 'entered' ? 'update' : 'create'
        await auditor({ trx, at, staffId: me.id })(action, 'feedback_sheet', cur.id, ['answers'])
        return { tripId: cur.trip_id, result: { version, followUpId, ...alerts } }
      })
      changed(result.tripId)
      if (result.result.followUpId !== null) ctx.events.broadcast('reminders.changed', {})
      return result.result
    },

    async verify(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const out = await db.transaction().execute(async (trx) => {
        const cur = await requireSheet(trx, input.id)
        if (cur.status !== 'entered') throw new AppError('CONFLICT', 'errors.feedbackNotEntered')
        const { body, items } = await formOf(trx, cur.template_id, cur.trip_id)
        checkAnswers(body, items, input.answers)
        const stored = (await answersOf(trx, [cur.id])).get(cur.id) ?? []
        const differences = stored
          .map((a) => ({ key: a.itemKey, stored: a.value, keyed: input.answers[a.itemKey] ?? null }))
          .filter((d) => d.stored !== d.keyed)
        const commentDiffers = (cur.comment ?? '') !== (input.comment ?? '')
        const verified = !differences.length && !commentDiffers
        if (verified) {
          await updateVersioned(trx, 'feedback_sheets', cur.id, cur.version, {
            verified_at: at,
            verified_by: me.id,
            updated_at: at,
          })
          await auditor({ trx, at, staffId: me.id })('verify', 'feedback_sheet', cur.id)
        }
        return { differences, commentDiffers, verified, tripId: cur.trip_id }
      })
      if (out.verified) changed(out.tripId)
      return { differences: out.differences, commentDiffers: out.commentDiffers, verified: out.verified }
    },

    async openComplaint(input, session) {
      const entry = await sheetEntry(db, input.id)
      return complaintFromSheet(ctx, session, {
        id: input.id,
        whatHappened: input.whatHappened,
        code: entry.code,
        problemKeys: [...entry.problems, ...entry.low],
      })
    },
  }
}
