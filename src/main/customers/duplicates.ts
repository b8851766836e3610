import type { Db } from '../db/open'
import type { DuplicateMatch } from '../../shared/customers/customer.types'
import { validatePhone } from '../../shared/customers/phone'

/** Other files sharing a mobile number or an identity-document number with the one being edited. */
export async function findDuplicates(
  db: Db,
  q: { excludeId?: number | null; mobile?: string | null; documents: string[] },
): Promise<DuplicateMatch[]> {
  const out = new Map<number, DuplicateMatch>()
  const phone = q.mobile ? validatePhone(q.mobile) : null
  if (phone?.ok) {
    let s = db.selectFrom('customers').select(['id', 'name', 'mobile']).where('mobile', '=', phone.normalized)
    if (q.excludeId) s = s.where('id', '<>', q.excludeId)
    for (const r of await s.limit(10).execute()) out.set(r.id, { ...r, reason: 'mobile' })
  }
  const numbers = q.documents.map((n) => n.trim().toUpperCase()).filter(Boolean)
  if (numbers.length) {
    let s = db
      .selectFrom('customer_documents as d')
      .innerJoin('customers as c', 'c.id', 'd.customer_id')
      .select(['c.id', 'c.name', 'c.mobile'])
      .where('d.number', 'in', numbers)
    if (q.excludeId) s = s.where('c.id', '<>', q.excludeId)
    for (const r of await s.limit(10).execute())
      if (!out.has(r.id)) out.set(r.id, { ...r, reason: 'document' })
  }
  return [...out.values()]
}
