import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { writeAudit } from '../audit/audit.repo'
import { restrictedReference } from '../../shared/privacy/retention'
import { personCopy } from './person-copy'

/**
 * A deletion request within the retention period (PIPL art. 47 (2)): the legal record is sealed into
 * restricted_files — the person's copy with whole numbers, which holds the name and identity numbers
 * the contract rows need next to their price and payments, which stay on the trip — and the caller
 * then deletes the customer exactly as a plain deletion does. Runs in the deletion's transaction,
 * so a refused deletion (a trip still running) seals nothing.
 */
export async function sealRestrictedFile(
  trx: Transaction<DB>,
  customerId: number,
  e: { at: string; staffId: number; lastTripEnd: string; destroyFrom: string },
): Promise<number> {
  const copy = await personCopy(trx, customerId, {
    lang: 'zh-CN',
    madeAt: e.at,
    number: (n) => n ?? '',
    fullIdNumbers: true,
    seesHealth: true,
  })
  // the reference is made from the id, which only exists after the insert
  const { id } = await trx
    .insertInto('restricted_files')
    .values({
      reference: `pending-${customerId}-${e.at}`,
      name: copy.name,
      last_trip_end: e.lastTripEnd,
      destroy_from: e.destroyFrom,
      record: JSON.stringify(copy.sections),
      restricted_at: e.at,
      restricted_by: e.staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await trx
    .updateTable('restricted_files')
    .set({ reference: restrictedReference(id) })
    .where('id', '=', id)
    .execute()
  await writeAudit(trx, {
    at: e.at,
    staffId: e.staffId,
    action: 'restrict',
    entity: 'restricted_file',
    entityId: id,
  })
  return id
}
