import type { ApiContract } from '../../shared/api/registry'
import { AppError } from '../../shared/api/envelope'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, notFound, nowIso } from '../core/context'
import { loadForUpdate } from '../core/load-for-update'
import { updateVersioned } from '../core/update-versioned'
import { auditor, changedKeys, fieldError, touchTrip } from '../trips/trips.repo'
import { customerPayments, loadPolicy, loadTripMoney, paidBy } from './payments.repo'

type PaymentHandlers = Handlers<ApiContract>['payments']

/**
 * Money on a trip. Payments are a ledger: recorded once, never edited or deleted; a mistake or money
 * given back is a refund (a negative entry with its reason), so the till and the ledger always agree.
 */
export function paymentHandlers(ctx: Ctx): PaymentHandlers {
  const { db } = ctx
  const changed = (tripId: number, customerId: number | null) => {
    ctx.events.broadcast('data.changed', { entity: 'trip', id: tripId })
    if (customerId !== null) ctx.events.broadcast('data.changed', { entity: 'customer', id: customerId })
  }

  /** One ledger entry for a traveller; `sign` -1 for a refund. */
  async function enter(
    input: {
      participantId: number
      day: string
      amountFen: number
      method: string
      receiptNo: string | null
    },
    staffId: number,
    sign: 1 | -1,
    reason: string | null,
  ) {
    const at = nowIso(ctx)
    const out = await db.transaction().execute(async (trx) => {
      const p = await loadForUpdate(trx, 'trip_participants', input.participantId)
      if (sign < 0 && input.amountFen > (await paidBy(trx, p.id))) {
        throw fieldError('amountFen', 'errors.refundAbovePaid')
      }
      const row = await trx
        .insertInto('trip_payments')
        .values({
          trip_id: p.trip_id,
          participant_id: p.id,
          day: input.day,
          amount_fen: sign * input.amountFen,
          method: input.method,
          receipt_no: input.receiptNo,
          reason,
          taken_by: staffId,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      const fields = ['participantId', 'day', 'amount', 'method', ...(input.receiptNo ? ['receiptNo'] : [])]
      await auditor({ trx, at, staffId })(sign > 0 ? 'create' : 'refund', 'payment', row.id, [
        ...fields,
        ...(reason ? ['reason'] : []),
      ])
      await touchTrip(trx, p.trip_id, staffId, at)
      return { id: row.id, tripId: p.trip_id, customerId: p.customer_id }
    })
    changed(out.tripId, out.customerId)
    return { id: out.id }
  }

  return {
    async ofTrip(input) {
      return loadTripMoney(db, input.tripId)
    },

    async ofCustomer(input) {
      const c = await db
        .selectFrom('customers')
        .select('id')
        .where('id', '=', input.customerId)
        .executeTakeFirst()
      if (!c) throw notFound()
      return customerPayments(db, input.customerId)
    },

    async setTraveller(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const out = await db.transaction().execute(async (trx) => {
        const cur = await loadForUpdate(trx, 'trip_participants', input.id, input.version)
        const before = await trx
          .selectFrom('trip_charges')
          .select(['kind', 'label', 'amount_fen'])
          .where('participant_id', '=', cur.id)
          .orderBy('position')
          .execute()
        const version = await updateVersioned(trx, 'trip_participants', cur.id, input.version, {
          price_type: input.priceType,
          deposit_fen: input.depositFen,
          updated_at: at,
          updated_by: me.id,
        })
        await trx.deleteFrom('trip_charges').where('participant_id', '=', cur.id).execute()
        if (input.charges.length) {
          await trx
            .insertInto('trip_charges')
            .values(
              input.charges.map((c, i) => ({
                participant_id: cur.id,
                position: i,
                kind: c.kind,
                label: c.label,
                amount_fen: c.amountFen,
              })),
            )
            .execute()
        }
        const fields = changedKeys(
          {
            priceType: cur.price_type,
            deposit: cur.deposit_fen,
            charges: before.map((c) => [c.kind, c.label, c.amount_fen]),
          },
          {
            priceType: input.priceType,
            deposit: input.depositFen,
            charges: input.charges.map((c) => [c.kind, c.label, c.amountFen]),
          },
        )
        await auditor({ trx, at, staffId: me.id })('update', 'participant', cur.id, fields)
        await touchTrip(trx, cur.trip_id, me.id, at)
        return { version, tripId: cur.trip_id, customerId: cur.customer_id }
      })
      changed(out.tripId, out.customerId)
      return { version: out.version }
    },

    record: (input, session) => enter(input, actor(session).id, 1, null),
    refund: (input, session) => enter(input, actor(session).id, -1, input.reason),

    policy: () => loadPolicy(db),

    async setPolicy(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      await db.transaction().execute(async (trx) => {
        const cur = await loadPolicy(trx)
        if (cur.version !== input.version) throw new AppError('STALE', 'errors.stale')
        // the version in the WHERE: two managers saving at once cannot both win
        const r = await trx
          .updateTable('trip_money_policy')
          .set((eb) => ({
            infant_under: input.infantUnder,
            no_bed_under: input.noBedUnder,
            child_under: input.childUnder,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', 1)
          .where('version', '=', input.version)
          .executeTakeFirst()
        if (Number(r.numUpdatedRows) !== 1) throw new AppError('STALE', 'errors.stale')
        const { version: _v, ...next } = input
        const { version: _c, ...prev } = cur
        await auditor({ trx, at, staffId: me.id })('update', 'moneyPolicy', null, changedKeys(prev, next))
      })
      ctx.events.broadcast('data.changed', { entity: 'trip' })
      return loadPolicy(db)
    },
  }
}
