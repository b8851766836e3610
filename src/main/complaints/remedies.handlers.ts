import { AppError } from '../../shared/api/envelope'
import type { complaintCalls } from '../../shared/complaints/complaints.api'
import type { CompensationFactsInput, RemedyKind } from '../../shared/complaints/complaint.schema'
import { moneyRemedies } from '../../shared/complaints/complaint.schema'
import { proposeCompensation } from '../../shared/complaints/compensation'
import type { CompensationProposal } from '../../shared/complaints/compensation'
import type { ComplaintStatus } from '../../shared/complaints/status'
import { isFinished } from '../../shared/complaints/status'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, notFound, nowIso, stale } from '../core/context'
import { updateVersioned } from '../core/update-versioned'
import { auditor, changedKeys, fieldError, toFen } from '../trips/trips.repo'
import { readPolicy, requireComplaint } from './complaints.repo'
import type { Dbx } from './complaints.repo'

type All = Handlers<{ complaints: typeof complaintCalls }>['complaints']
type RemedyHandlers = Pick<
  All,
  'addRemedy' | 'decideRemedy' | 'setRemedyAccepted' | 'policy' | 'updatePolicy'
>

/** The calculator on the form's facts, yuan turned into fen first. */
export function proposal(f: CompensationFactsInput): CompensationProposal {
  return proposeCompensation({
    scope: f.scope,
    tourPriceFen: toFen(f.tourPrice)!,
    cancelNoticeDays: f.cancelNoticeDays,
    transferredWithoutConsent: f.transferredWithoutConsent,
    missedTransportLossFen: toFen(f.missedTransportLoss),
    belowGradeDifferenceFen: toFen(f.belowGradeDifference),
    guideBelowStandardPct: f.guideBelowStandardPct,
    missedServicesFen: toFen(f.missedServices),
    missedFreeSights: f.missedFreeSights,
    extraShoppingStops: f.extraShoppingStops,
    forcedShoppingStops: f.forcedShoppingStops,
    serviceSuspended: f.serviceSuspended,
  })
}

async function requireRemedy(db: Dbx, id: number) {
  const r = await db.selectFrom('complaint_remedies').selectAll().where('id', '=', id).executeTakeFirst()
  if (!r) throw notFound()
  return r
}

async function requireOpenCase(db: Dbx, id: number) {
  const c = await requireComplaint(db, id)
  if (isFinished(c.status as ComplaintStatus)) throw new AppError('CONFLICT', 'errors.complaintFinished')
  return c
}

/** A remedy change is part of the case's record: it moves updated_at, not the case form's version. */
async function touch(db: Dbx, complaintId: number, staffId: number, at: string) {
  await db
    .updateTable('complaints')
    .set({ updated_at: at, updated_by: staffId })
    .where('id', '=', complaintId)
    .execute()
}

export function remedyHandlers(ctx: Ctx): RemedyHandlers {
  const { db } = ctx
  const changed = (id: number) => ctx.events.broadcast('data.changed', { entity: 'complaint', id })

  return {
    async addRemedy(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const id = await db.transaction().execute(async (trx) => {
        await requireOpenCase(trx, input.complaintId)
        let amountFen = toFen(input.amount)
        let proposed: CompensationProposal | null = null
        if (input.kind === 'compensation') {
          proposed = proposal(input.facts!)
          if (amountFen === null) {
            if (proposed.totalFen === 0) throw fieldError('facts', 'errors.noClauseMet')
            amountFen = proposed.totalFen
          }
          // staff may depart from the standard's figure, but only saying why (kept on the remedy)
          if (amountFen !== proposed.totalFen && !input.overrideReason) {
            throw fieldError('overrideReason', 'errors.overrideReason')
          }
        }
        const { approvalThresholdFen } = await readPolicy(trx)
        const needsApproval =
          moneyRemedies.includes(input.kind as RemedyKind) && (amountFen ?? 0) > approvalThresholdFen
        const row = await trx
          .insertInto('complaint_remedies')
          .values({
            complaint_id: input.complaintId,
            kind: input.kind,
            amount_fen: amountFen,
            proposed_fen: proposed?.totalFen ?? null,
            facts: input.facts ? JSON.stringify(input.facts) : null,
            lines: proposed ? JSON.stringify(proposed.lines) : null,
            override_reason: proposed && amountFen !== proposed.totalFen ? input.overrideReason : null,
            notes: input.notes,
            approval: needsApproval ? 'pending' : 'not_required',
            created_at: at,
            created_by: me.id,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
        await touch(trx, input.complaintId, me.id, at)
        await auditor({ trx, at, staffId: me.id })('addRemedy', 'complaint', input.complaintId, [input.kind])
        return row.id
      })
      changed(input.complaintId)
      return { id }
    },

    async decideRemedy(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const { version, complaintId } = await db.transaction().execute(async (trx) => {
        const r = await requireRemedy(trx, input.id)
        if (r.version !== input.version) throw stale()
        if (r.approval !== 'pending') throw new AppError('CONFLICT', 'errors.remedyNotPending')
        await requireOpenCase(trx, r.complaint_id)
        const version = await updateVersioned(trx, 'complaint_remedies', r.id, input.version, {
          approval: input.approve ? 'approved' : 'rejected',
          decided_by: me.id,
          decided_at: at,
          updated_at: at,
        })
        await touch(trx, r.complaint_id, me.id, at)
        const action = input.approve ? 'approveRemedy' : 'rejectRemedy'
        await auditor({ trx, at, staffId: me.id })(action, 'complaint', r.complaint_id, [r.kind])
        return { version, complaintId: r.complaint_id }
      })
      changed(complaintId)
      return { version }
    },

    async setRemedyAccepted(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const { version, complaintId } = await db.transaction().execute(async (trx) => {
        const r = await requireRemedy(trx, input.id)
        if (r.version !== input.version) throw stale()
        // only what the agency actually offers can be accepted: nothing awaiting or refused approval
        if (r.approval !== 'approved' && r.approval !== 'not_required') {
          throw new AppError('CONFLICT', 'errors.remedyNotOffered')
        }
        await requireOpenCase(trx, r.complaint_id)
        const version = await updateVersioned(trx, 'complaint_remedies', r.id, input.version, {
          customer_accepted: input.accepted === null ? null : input.accepted ? 1 : 0,
          updated_at: at,
        })
        await touch(trx, r.complaint_id, me.id, at)
        await auditor({ trx, at, staffId: me.id })('remedyAccepted', 'complaint', r.complaint_id, [r.kind])
        return { version, complaintId: r.complaint_id }
      })
      changed(complaintId)
      return { version }
    },

    async policy() {
      const { approvalThresholdFen: _fen, ...p } = await readPolicy(db)
      return p
    },

    async updatePolicy(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      await db.transaction().execute(async (trx) => {
        const { approvalThresholdFen: _fen, version: _v, ...before } = await readPolicy(trx)
        const { version, ...form } = input
        await updateVersioned(trx, 'complaint_policy', 1, version, {
          approval_threshold_fen: toFen(input.approvalThreshold)!,
          first_response_hours: input.firstResponseHours,
          resolution_days: input.resolutionDays,
        })
        await auditor({ trx, at, staffId: me.id })(
          'update',
          'complaintPolicy',
          null,
          changedKeys(before, form),
        )
      })
      ctx.events.broadcast('data.changed', { entity: 'settings' })
      const { approvalThresholdFen: _fen, ...p } = await readPolicy(db)
      return p
    },
  }
}
