import type { Db } from '../db/open'
import type { BirthInput } from '../../shared/customers/customer.schema'
import type { DuplicateMatch } from '../../shared/customers/customer.types'
import { validatePhone } from '../../shared/customers/phone'
import { nameBirthKey } from '../../shared/duplicates/birth-key'

const LIMIT = 10

/**
 * Other files sharing a mobile number, an identity-document number, or a name and birth date (the
 * duplicates screen's third rule, solar or lunar with its year) with the one being typed. A file
 * found by more than one rule is listed once, under the first: mobile, document, name and birth.
 */
export async function findDuplicates(
  db: Db,
  q: {
    excludeId?: number | null
    mobile?: string | null
    documents: string[]
    name?: string | null
    birth?: BirthInput | null
  },
): Promise<DuplicateMatch[]> {
  const out = new Map<number, DuplicateMatch>()
  const phone = q.mobile ? validatePhone(q.mobile) : null
  if (phone?.ok) {
    let s = db.selectFrom('customers').select(['id', 'name', 'mobile']).where('mobile', '=', phone.normalized)
    if (q.excludeId) s = s.where('id', '<>', q.excludeId)
    for (const r of await s.limit(LIMIT).execute()) out.set(r.id, { ...r, reason: 'mobile' })
  }
  const numbers = q.documents.map((n) => n.trim().toUpperCase()).filter(Boolean)
  if (numbers.length) {
    let s = db
      .selectFrom('customer_documents as d')
      .innerJoin('customers as c', 'c.id', 'd.customer_id')
      .select(['c.id', 'c.name', 'c.mobile'])
      .where('d.number', 'in', numbers)
    if (q.excludeId) s = s.where('c.id', '<>', q.excludeId)
    for (const r of await s.limit(LIMIT).execute())
      if (!out.has(r.id)) out.set(r.id, { ...r, reason: 'document' })
  }
  for (const r of await sameNameAndBirth(db, q))
    if (!out.has(r.id)) out.set(r.id, { ...r, reason: 'nameBirth' })
  if (q.excludeId && out.size)
    for (const id of await dismissedWith(db, q.excludeId, [...out.keys()])) out.delete(id)
  return [...out.values()]
}

/**
 * The files a colleague already told apart from the one being edited on the duplicates screen (two
 * people of one name born the same day, a family sharing a mobile): its edit form does not ask again.
 */
async function dismissedWith(db: Db, id: number, others: number[]): Promise<number[]> {
  const rows = await db
    .selectFrom('customer_pair_dismissals')
    .select(['a_id', 'b_id'])
    .where((eb) =>
      eb.or([
        eb.and([eb('a_id', '=', id), eb('b_id', 'in', others)]),
        eb.and([eb('b_id', '=', id), eb('a_id', 'in', others)]),
      ]),
    )
    .execute()
  return rows.map((r) => (r.a_id === id ? r.b_id : r.a_id))
}

/** By customers_name_birth (name, birth_date) or the partial customers_name_lunar_birth. */
async function sameNameAndBirth(
  db: Db,
  q: { excludeId?: number | null; name?: string | null; birth?: BirthInput | null },
) {
  const name = q.name?.trim()
  // the rule's own key decides what can match: no name, no birth, a lunar birthday without its year
  if (!name || !q.birth || !nameBirthKey(name, q.birth)) return []
  const b = q.birth
  let s = db.selectFrom('customers').select(['id', 'name', 'mobile']).where('name', '=', name)
  s =
    b.calendar === 'solar'
      ? s.where('birth_calendar', '=', 'solar').where('birth_date', '=', b.date)
      : s
          .where('birth_calendar', '=', 'lunar')
          .where('lunar_year', 'is not', null)
          .where('lunar_year', '=', b.year!)
          .where('lunar_month', '=', b.month)
          .where('lunar_day', '=', b.day)
          .where('lunar_leap', '=', b.leap ? 1 : 0)
  if (q.excludeId) s = s.where('id', '<>', q.excludeId)
  return s.orderBy('id').limit(LIMIT).execute()
}
