import type { Kysely } from 'kysely'
import { AppError } from '../../shared/api/envelope'
import { dayIn } from '../../shared/common/dates'
import { canSeeHealth } from '../../shared/customers/customer.schema'
import type { ArchiveSheet, TripArchive } from '../../shared/feedback/archive.types'
import type { feedbackCalls } from '../../shared/feedback/feedback.api'
import type { ScoreFilter } from '../../shared/feedback/feedback.api'
import { sheetCode } from '../../shared/feedback/return-rate'
import { itemsFor } from '../../shared/feedback/template'
import type { Handlers } from '../api/dispatcher'
import { writeAudit } from '../audit/audit.repo'
import { loadComplaint } from '../complaints/complaint-detail'
import type { Ctx } from '../core/context'
import { actor, nowIso } from '../core/context'
import { dialectOf } from '../db/dialect'
import { readAgency } from '../settings/settings.handlers'
import { loadTrip } from '../trips/trip-detail'
import { requireTrip } from '../trips/trips.repo'
import { answersOf, currentTemplate, templateById } from './feedback.repo'
import type { Dbx } from './feedback.repo'
import { groundOperators } from './print-data'
import { scores } from './rollup'
import { tripFeedback } from './trip-feedback'

type All = Handlers<{ feedback: typeof feedbackCalls }>['feedback']

const NONE: ScoreFilter = {
  tripId: null,
  guideId: null,
  supplierId: null,
  routeName: null,
  from: null,
  to: null,
}

/** The entered sheets in number order, each with its answers, seat and room, and the forms they were printed on. */
async function enteredSheets(db: Dbx, tripId: number, tripCode: string, kind: TripArchive['trip']['kind']) {
  const rows = await db
    .selectFrom('feedback_sheets as s')
    .leftJoin('customers as c', 'c.id', 's.customer_id')
    .leftJoin('trip_participants as p', 'p.id', 's.participant_id')
    .select([
      's.id',
      's.sheet_no',
      's.template_id',
      's.comment',
      's.verified_at',
      's.entered_at',
      'c.name',
      'p.seat',
      'p.room_no',
    ])
    .where('s.trip_id', '=', tripId)
    .where('s.status', '=', 'entered')
    .orderBy('s.sheet_no')
    .execute()
  const answers = await answersOf(
    db,
    rows.map((r) => r.id),
  )
  const forms: TripArchive['forms'] = {}
  for (const r of rows) {
    if (forms[r.template_id]) continue
    const body = await templateById(db, r.template_id)
    forms[r.template_id] = { levels: body.levels, items: itemsFor(body, kind) }
  }
  const sheets: ArchiveSheet[] = rows.map((r) => ({
    id: r.id,
    sheetNo: r.sheet_no,
    code: sheetCode(tripCode, r.sheet_no),
    templateId: r.template_id,
    name: r.name ?? null,
    seat: r.seat ?? null,
    roomNo: r.room_no ?? null,
    answers: Object.fromEntries((answers.get(r.id) ?? []).map((a) => [a.itemKey, a.value])),
    comment: r.comment,
    verified: r.verified_at !== null,
    enteredAt: r.entered_at,
  }))
  return { forms, sheets }
}

/**
 * 团队档案: one call, one read. On PostgreSQL the read is one repeatable-read snapshot, so a sheet keyed
 * meanwhile cannot appear in the list but not in the scores. The print is audited like the full
 * traveller list: who printed whose file and how much of it, never what it held.
 */
export function archiveHandlers(ctx: Ctx): Pick<All, 'archive'> {
  const { db } = ctx
  return {
    async archive(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const read =
        dialectOf(db as Kysely<unknown>) === 'postgres'
          ? db.transaction().setIsolationLevel('repeatable read')
          : db.transaction()
      return read.execute(async (trx): Promise<TripArchive> => {
        const row = await requireTrip(trx, input.tripId)
        // after destruction the file holds no one's data any more: there is nothing left to print
        if (row.archive_destroyed_at) throw new AppError('CONFLICT', 'errors.tripArchiveDestroyed')
        const trip = await loadTrip(trx, row.id, dayIn(ctx.clock()), canSeeHealth(me.role))
        const order = (await currentTemplate(trx)).body.items.map((i) => i.key)
        const feedback = await tripFeedback(trx, row, order)
        const { forms, sheets } = await enteredSheets(trx, row.id, row.code, trip.kind)
        const guides: TripArchive['guides'] = []
        for (const g of trip.guides) {
          const s = await scores(trx, { ...NONE, guideId: g.guide.id }, order)
          guides.push({
            id: g.guide.id,
            name: g.guide.name,
            role: g.role,
            licenceNo: g.guide.licenceNo,
            scores: s,
          })
        }
        const suppliers: TripArchive['suppliers'] = []
        for (const b of trip.bookings) {
          if (suppliers.some((s) => s.id === b.supplier.id)) continue
          const s = await scores(trx, { ...NONE, supplierId: b.supplier.id }, order)
          suppliers.push({ ...b.supplier, scores: s })
        }
        const cases = await trx
          .selectFrom('complaints')
          .select('id')
          .where('trip_id', '=', row.id)
          .orderBy('received_at')
          .orderBy('id')
          .execute()
        const complaints = []
        for (const c of cases) complaints.push(await loadComplaint(trx, c.id, me.role, ctx.clock()))
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'printArchive',
          entity: 'trip',
          entityId: row.id,
          fields: [
            `rows:${trip.participants.length}`,
            ...(sheets.length ? ['feedbackSheets'] : []),
            ...(complaints.length ? ['complaints'] : []),
          ],
        })
        return {
          trip,
          agency: await readAgency(trx),
          operators: await groundOperators(trx, row.id),
          rate: feedback.rate,
          short: feedback.short,
          forms,
          sheets,
          scores: feedback.scores,
          guides,
          suppliers,
          complaints,
        }
      })
    },
  }
}
