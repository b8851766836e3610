import { AppError } from '../../shared/api/envelope'
import type { complaintCalls } from '../../shared/complaints/complaints.api'
import type { ComplaintStatus } from '../../shared/complaints/status'
import { checkMove, isFinished } from '../../shared/complaints/status'
import { dayIn } from '../../shared/common/dates'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, nowIso, stale } from '../core/context'
import { updateVersioned } from '../core/update-versioned'
import { auditor, changedKeys, fieldError } from '../trips/trips.repo'
import type { ComplaintRowDb } from '../db/schema'
import {
  checkRefs,
  complainantKey,
  partsOf,
  replyDueDay,
  requireComplaint,
  writeParts,
} from './complaints.repo'
import { withCaseNumber } from './case-no'
import { loadComplaint } from './complaint-detail'

type All = Handlers<{ complaints: typeof complaintCalls }>['complaints']
type CaseHandlers = Pick<All, 'get' | 'create' | 'update' | 'setStatus' | 'close'>

/** The record as the form edits it, to name the fields an update changed (never their values). */
function formOf(
  c: ComplaintRowDb,
  parts: { complainants: unknown[]; guideIds: number[]; supplierIds: number[] },
) {
  return {
    channel: c.channel,
    receivedAt: c.received_at,
    assigneeId: c.assignee_id,
    tripId: c.trip_id,
    contractNo: c.contract_no,
    eventAt: c.event_at,
    eventPlace: c.event_place,
    whatHappened: c.what_happened,
    request: c.request,
    cause: c.cause,
    severity: c.severity,
    ...parts,
  }
}

const moveError = (why: 'not_a_move' | 'role' | 'reopen_window', from: string, to: string): AppError =>
  why === 'role'
    ? new AppError('FORBIDDEN', 'errors.forbidden')
    : why === 'reopen_window'
      ? fieldError('status', 'errors.reopenWindow', { days: 30 })
      : fieldError('status', 'errors.complaintMove', { from, to })

export function complaintCaseHandlers(ctx: Ctx): CaseHandlers {
  const { db } = ctx
  const changed = (id: number) => ctx.events.broadcast('data.changed', { entity: 'complaint', id })
  /** a received-at in the future is a typing slip (a minute of clock skew between desks is not) */
  const received = (v: string | null, at: string) => {
    const iso = v ? new Date(v).toISOString() : at
    if (Date.parse(iso) > Date.parse(at) + 60_000) throw fieldError('receivedAt', 'errors.receivedInFuture')
    return iso
  }
  const columns = (input: Omit<Parameters<All['create']>[0], 'followUpOfId'>, receivedAt: string) => ({
    channel: input.channel,
    received_at: receivedAt,
    assignee_id: input.assigneeId,
    trip_id: input.tripId,
    contract_no: input.contractNo,
    event_at: input.eventAt,
    event_place: input.eventPlace,
    what_happened: input.whatHappened,
    request: input.request,
    cause: input.cause,
    severity: input.severity,
    reply_due_day: replyDueDay(receivedAt),
  })

  return {
    get: (input, session) => loadComplaint(db, input.id, actor(session).role, ctx.clock()),

    async create(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const receivedAt = received(input.receivedAt, at)
      await checkRefs(db, input)
      if (input.followUpOfId != null)
        await requireComplaint(db, input.followUpOfId).catch(() => {
          throw fieldError('followUpOfId', 'errors.complaintUnknown')
        })
      const made = await withCaseNumber(db, Number(dayIn(receivedAt).slice(0, 4)), async (trx, no) => {
        // checked again inside: a trip or customer deleted since the first check must not be linked
        await checkRefs(trx, input)
        const row = await trx
          .insertInto('complaints')
          .values({
            ...columns(input, receivedAt),
            case_no: no.no,
            case_year: no.year,
            case_seq: no.seq,
            taken_by: me.id,
            status: 'new',
            follow_up_of_id: input.followUpOfId,
            created_at: at,
            updated_at: at,
            created_by: me.id,
            updated_by: me.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await writeParts(trx, row.id, input)
        await trx
          .insertInto('complaint_status_history')
          .values({ complaint_id: row.id, from_status: null, to_status: 'new', at, staff_id: me.id })
          .execute()
        const fields = Object.entries(input)
          .filter(([, v]) => v != null && !(Array.isArray(v) && v.length === 0))
          .map(([k]) => k)
        await auditor({ trx, at, staffId: me.id })('create', 'complaint', row.id, fields)
        return { id: row.id, caseNo: no.no }
      })
      changed(made.id)
      return made
    },

    async update(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const version = await db.transaction().execute(async (trx) => {
        const cur = await requireComplaint(trx, input.id)
        if (cur.version !== input.version) throw stale()
        if (isFinished(cur.status as ComplaintStatus))
          throw new AppError('CONFLICT', 'errors.complaintFinished')
        const receivedAt = received(input.receivedAt ?? cur.received_at, at)
        await checkRefs(trx, input)
        const before = formOf(cur, await partsOf(trx, cur.id))
        const { id: _id, version: _v, ...form } = input
        const fields = changedKeys(before, {
          ...form,
          receivedAt,
          complainants: form.complainants.map(complainantKey),
        })
        const version = await updateVersioned(trx, 'complaints', cur.id, input.version, {
          ...columns(input, receivedAt),
          updated_at: at,
          updated_by: me.id,
        })
        await writeParts(trx, cur.id, input)
        await auditor({ trx, at, staffId: me.id })('update', 'complaint', cur.id, fields)
        return version
      })
      changed(input.id)
      return { version }
    },

    async setStatus(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const version = await db.transaction().execute(async (trx) => {
        const cur = await requireComplaint(trx, input.id)
        if (cur.version !== input.version) throw stale()
        const from = cur.status as ComplaintStatus
        // closing records the lessons and the corrective action: the close call does it
        if (input.status === 'closed') throw fieldError('status', 'errors.closeWithLessons')
        const finishedDay = cur.finished_at ? dayIn(cur.finished_at) : null
        const ok = checkMove(from, input.status, me.role, dayIn(at), finishedDay)
        if (!ok.ok) throw moveError(ok.why, from, input.status)
        if (input.status === 'duplicate') {
          const orig = await trx
            .selectFrom('complaints')
            .select('id')
            .where('id', '=', input.duplicateOfId!)
            .executeTakeFirst()
          if (!orig) throw fieldError('duplicateOfId', 'errors.complaintUnknown')
        }
        const answered = ['replied', 'rejected', 'duplicate'].includes(input.status)
        const version = await updateVersioned(trx, 'complaints', cur.id, input.version, {
          status: input.status,
          replied_day: cur.replied_day ?? (answered ? dayIn(at) : null),
          finished_at: isFinished(input.status) ? at : null,
          // a reopened case is neither refused nor a duplicate any more; the history keeps what it was
          rejection_reason:
            input.status === 'rejected' ? input.note : ok.reopen ? null : cur.rejection_reason,
          duplicate_of_id:
            input.status === 'duplicate' ? input.duplicateOfId : ok.reopen ? null : cur.duplicate_of_id,
          updated_at: at,
          updated_by: me.id,
        })
        await trx
          .insertInto('complaint_status_history')
          .values({
            complaint_id: cur.id,
            from_status: from,
            to_status: input.status,
            at,
            staff_id: me.id,
            note: input.note,
          })
          .execute()
        await auditor({ trx, at, staffId: me.id })(ok.reopen ? 'reopen' : 'status', 'complaint', cur.id, [
          'status',
        ])
        return version
      })
      changed(input.id)
      return { version }
    },

    async close(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const version = await db.transaction().execute(async (trx) => {
        const cur = await requireComplaint(trx, input.id)
        if (cur.version !== input.version) throw stale()
        const ok = checkMove(cur.status as ComplaintStatus, 'closed', me.role, dayIn(at), null)
        if (!ok.ok) throw moveError(ok.why, cur.status, 'closed')
        const pending = await trx
          .selectFrom('complaint_remedies')
          .select('id')
          .where('complaint_id', '=', cur.id)
          .where('approval', '=', 'pending')
          .executeTakeFirst()
        if (pending) throw new AppError('CONFLICT', 'errors.remedyPending')
        const version = await updateVersioned(trx, 'complaints', cur.id, input.version, {
          status: 'closed',
          finished_at: at,
          lessons: input.lessons,
          corrective_actions: JSON.stringify(input.correctiveActions),
          customer_satisfied: input.customerSatisfied == null ? null : input.customerSatisfied ? 1 : 0,
          updated_at: at,
          updated_by: me.id,
        })
        await trx
          .insertInto('complaint_status_history')
          .values({ complaint_id: cur.id, from_status: cur.status, to_status: 'closed', at, staff_id: me.id })
          .execute()
        await auditor({ trx, at, staffId: me.id })('close', 'complaint', cur.id, [
          'status',
          'lessons',
          'correctiveActions',
          ...(input.customerSatisfied != null ? ['customerSatisfied'] : []),
        ])
        return version
      })
      changed(input.id)
      return { version }
    },
  }
}
