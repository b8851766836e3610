import type { feedbackCalls } from '../../shared/feedback/feedback.api'
import { returnRate, sheetCode } from '../../shared/feedback/return-rate'
import type { ShortTrip } from '../../shared/feedback/feedback.types'
import { scoresFrom, sumAnswers } from '../../shared/feedback/scoring'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, notFound, nowIso, stale } from '../core/context'
import { updateVersioned } from '../core/update-versioned'
import { onUniqueClash } from '../db/errors'
import { auditor, requireTrip } from '../trips/trips.repo'
import { answersOf, currentTemplate, readRule, ruleColumns } from './feedback.repo'
import { scores, trend } from './rollup'
import { printData } from './print-data'
import { RETURNED, tripFeedback } from './trip-feedback'

type All = Handlers<{ feedback: typeof feedbackCalls }>['feedback']
type Main = Omit<All, 'open' | 'get' | 'enter' | 'verify' | 'openComplaint' | 'archive'>

export function feedbackMainHandlers(ctx: Ctx): Main {
  const { db } = ctx
  const changed = (id?: number) => ctx.events.broadcast('data.changed', { entity: 'feedback', id })
  const order = async () => (await currentTemplate(db)).body.items.map((i) => i.key)

  return {
    template: () => currentTemplate(db),

    async saveTemplate(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const made = await db.transaction().execute(async (trx) => {
        const cur = await currentTemplate(trx)
        if (cur.id !== input.basedOn) throw stale()
        const row = await onUniqueClash(
          () =>
            trx
              .insertInto('feedback_templates')
              .values({
                version_no: cur.versionNo + 1,
                body: JSON.stringify(input.body),
                created_at: at,
                created_by: me.id,
              })
              .returning('id')
              .executeTakeFirstOrThrow(),
          () => stale(),
        )
        await auditor({ trx, at, staffId: me.id })('create', 'feedback_template', row.id, ['items', 'levels'])
        return { id: row.id, versionNo: cur.versionNo + 1, body: input.body }
      })
      changed()
      return made
    },

    rule: () => readRule(db),

    async saveRule(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const { version: v, ...rule } = input
      const version = await db.transaction().execute(async (trx) => {
        const next = await updateVersioned(trx, 'feedback_policy', 1, v, ruleColumns(rule))
        await auditor({ trx, at, staffId: me.id })('update', 'feedback_policy', 1, Object.keys(rule))
        return next
      })
      changed()
      return { ...rule, version }
    },

    async issue(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const trip = await requireTrip(db, input.tripId)
      const participants = await db
        .selectFrom('trip_participants')
        .select(['id', 'customer_id', 'seat', 'room_no'])
        .where('trip_id', '=', trip.id)
        .orderBy('id')
        .execute()
      const ids = await db.transaction().execute(async (trx) => {
        const template = await currentTemplate(trx)
        const have = await trx
          .selectFrom('feedback_sheets')
          .select(['id', 'sheet_no', 'participant_id', 'customer_id', 'status'])
          .where('trip_id', '=', trip.id)
          .orderBy('sheet_no')
          .execute()
        let next = have.reduce((m, s) => Math.max(m, s.sheet_no), 0) + 1
        const add = async (participantId: number | null, customerId: number | null) => {
          const row = await trx
            .insertInto('feedback_sheets')
            .values({
              trip_id: trip.id,
              sheet_no: next++,
              template_id: template.id,
              participant_id: participantId,
              customer_id: customerId,
              status: 'issued',
              created_at: at,
              created_by: me.id,
              updated_at: at,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
          return row.id
        }
        const forParticipant = new Map<number, number>()
        for (const s of have) if (s.participant_id !== null) forParticipant.set(s.participant_id, s.id)
        if (!input.blankOnly) {
          for (const p of participants)
            if (!forParticipant.has(p.id)) forParticipant.set(p.id, await add(p.id, p.customer_id))
        }
        // blank forms: reuse those printed before and never keyed, add only what is missing
        const blanks = have
          .filter((s) => s.participant_id === null && s.customer_id === null && s.status === 'issued')
          .map((s) => s.id)
          .slice(0, input.blanks)
        while (blanks.length < input.blanks) blanks.push(await add(null, null))
        await auditor({ trx, at, staffId: me.id })('update', 'trip', trip.id, ['feedbackSheets'])
        return {
          people: input.blankOnly ? [] : participants.map((p) => ({ p, sheet: forParticipant.get(p.id)! })),
          blanks,
        }
      })
      changed(trip.id)
      return printData(db, trip.id, trip.code, trip.kind, participants.length, ids)
    },

    ofTrip: async (input) => tripFeedback(db, await requireTrip(db, input.tripId), await order()),

    scores: async (input) => scores(db, input, await order()),
    trend: (input) => trend(db, input),

    async ofCustomer(input) {
      const found = await db
        .selectFrom('customers')
        .select('id')
        .where('id', '=', input.customerId)
        .executeTakeFirst()
      if (!found) throw notFound()
      const rows = await db
        .selectFrom('feedback_sheets as s')
        .innerJoin('trips as t', 't.id', 's.trip_id')
        .select([
          's.id',
          's.trip_id',
          's.sheet_no',
          's.status',
          's.template_id',
          't.code',
          't.route_name',
          't.return_date',
          't.kind',
        ])
        .where('s.customer_id', '=', input.customerId)
        .orderBy('t.return_date', 'desc')
        .orderBy('s.id', 'desc')
        .execute()
      const answers = await answersOf(
        db,
        rows.map((r) => r.id),
      )
      const out = []
      for (const r of rows) {
        const a = answers.get(r.id) ?? []
        const s = scoresFrom(1, sumAnswers(a))
        out.push({
          id: r.id,
          tripId: r.trip_id,
          tripCode: r.code,
          routeName: r.route_name,
          returnDate: r.return_date,
          code: sheetCode(r.code, r.sheet_no),
          status: r.status as 'issued' | 'entered',
          overall: s.overall.mean,
          npsValue: a.find((x) => x.kind === 'nps')?.value ?? null,
          problems: a.filter((x) => x.problem).map((x) => x.itemKey),
        })
      }
      return out
    },

    async shortTrips(input) {
      const rule = await readRule(db)
      const trips = await db
        .selectFrom('trips as t')
        .select((eb) => [
          't.id',
          't.code',
          't.route_name',
          't.return_date',
          eb
            .selectFrom('trip_participants as p')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('p.trip_id', '=', 't.id')
            .as('people'),
          eb
            .selectFrom('feedback_sheets as s')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('s.trip_id', '=', 't.id')
            .where('s.status', '=', 'entered')
            .as('entered'),
        ])
        .where('t.status', 'in', RETURNED)
        .where('t.return_date', '>=', input.from)
        .where('t.return_date', '<=', input.to)
        .orderBy('t.return_date', 'desc')
        .orderBy('t.id', 'desc')
        .execute()
      const out: ShortTrip[] = []
      for (const t of trips) {
        const rate = returnRate(rule, Number(t.people ?? 0), Number(t.entered ?? 0))
        if (!rate.met)
          out.push({ id: t.id, code: t.code, routeName: t.route_name, returnDate: t.return_date, rate })
      }
      return out
    },
  }
}
