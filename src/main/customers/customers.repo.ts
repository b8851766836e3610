import type { Kysely, Transaction } from 'kysely'
import type { DB, CustomerRowDb } from '../db/schema'
import type {
  BirthInput,
  CustomerCreate,
  NeedKind,
  Preferences,
} from '../../shared/customers/customer.schema'
import { preferencesSchema, tiers } from '../../shared/customers/customer.schema'
import { int } from '../core/context'
import { indexCustomer, nameSortKey } from './search-index'
import { writeAudit } from '../audit/audit.repo'

type Dbx = Kysely<DB> | Transaction<DB>

/** Fields of the customers table written from the editable part of a file. */
export function customerColumns(c: Omit<CustomerCreate, 'documents'>) {
  const b = c.birth
  return {
    name: c.name,
    name_sort: nameSortKey(c.name),
    pinyin_name: c.pinyinName,
    gender: c.gender,
    birth_calendar: b?.calendar ?? null,
    birth_date: b?.calendar === 'solar' ? b.date : null,
    lunar_year: b?.calendar === 'lunar' ? b.year : null,
    lunar_month: b?.calendar === 'lunar' ? b.month : null,
    lunar_day: b?.calendar === 'lunar' ? b.day : null,
    lunar_leap: b?.calendar === 'lunar' && b.leap ? 1 : 0,
    mobile: c.mobile,
    wechat: c.wechat,
    email: c.email,
    address: c.address,
    occupation: c.occupation,
    employer: c.employer,
    source: c.source,
    referrer_id: c.referrerId,
    tier: c.tier,
    tier_rank: tiers.indexOf(c.tier),
    marketing_consent: int(c.marketingConsent),
    do_not_contact: int(c.doNotContact),
    health_consent: int(c.healthConsent),
    notes: c.notes,
    preferences: JSON.stringify(c.preferences),
  }
}

/** The columns a birth date is stored in: select them, then read them back with birthOf. */
export const BIRTH_COLUMNS = [
  'birth_calendar',
  'birth_date',
  'lunar_year',
  'lunar_month',
  'lunar_day',
  'lunar_leap',
] as const

type BirthColumns = (typeof BIRTH_COLUMNS)[number]

/** Also takes a left-joined row, where every column may be null (a deleted traveller has no birth). */
export function birthOf(r: { [K in BirthColumns]: CustomerRowDb[K] | null }): BirthInput | null {
  if (r.birth_calendar === 'solar' && r.birth_date) return { calendar: 'solar', date: r.birth_date }
  if (r.birth_calendar === 'lunar' && r.lunar_month && r.lunar_day) {
    return {
      calendar: 'lunar',
      year: r.lunar_year,
      month: r.lunar_month,
      day: r.lunar_day,
      leap: r.lunar_leap === 1,
    }
  }
  return null
}

export function preferencesOf(json: string): Preferences {
  const parsed = preferencesSchema.safeParse(JSON.parse(json || '{}'))
  return parsed.success ? parsed.data : preferencesSchema.parse({})
}

export async function replaceTags(trx: Dbx, customerId: number, tags: string[]): Promise<void> {
  await trx.deleteFrom('customer_tags').where('customer_id', '=', customerId).execute()
  if (tags.length)
    await trx
      .insertInto('customer_tags')
      .values(tags.map((tag) => ({ customer_id: customerId, tag })))
      .execute()
}

export async function replaceContacts(
  trx: Dbx,
  customerId: number,
  contacts: CustomerCreate['emergencyContacts'],
): Promise<void> {
  await trx.deleteFrom('customer_contacts').where('customer_id', '=', customerId).execute()
  if (contacts.length) {
    await trx
      .insertInto('customer_contacts')
      .values(
        contacts.map((c, i) => ({
          customer_id: customerId,
          position: i,
          name: c.name,
          relation: c.relation,
          phone: c.phone,
        })),
      )
      .execute()
  }
}

export async function replaceNeeds(
  trx: Dbx,
  customerId: number,
  needs: { kind: NeedKind; note: string | null }[],
): Promise<void> {
  await trx.deleteFrom('customer_needs').where('customer_id', '=', customerId).execute()
  if (needs.length) {
    await trx
      .insertInto('customer_needs')
      .values(needs.map((n) => ({ customer_id: customerId, kind: n.kind, note: n.note })))
      .execute()
  }
}

export async function documentNumbers(trx: Dbx, customerId: number): Promise<string[]> {
  const rows = await trx
    .selectFrom('customer_documents')
    .select('number')
    .where('customer_id', '=', customerId)
    .execute()
  return rows.map((r) => r.number)
}

export async function tagsFor(db: Dbx, ids: number[]): Promise<Map<number, string[]>> {
  const m = new Map<number, string[]>()
  if (!ids.length) return m
  const rows = await db
    .selectFrom('customer_tags')
    .select(['customer_id', 'tag'])
    .where('customer_id', 'in', ids)
    .orderBy('tag')
    .execute()
  for (const r of rows) m.set(r.customer_id, [...(m.get(r.customer_id) ?? []), r.tag])
  return m
}

export async function needsFor(db: Dbx, ids: number[]): Promise<Map<number, NeedKind[]>> {
  const m = new Map<number, NeedKind[]>()
  if (!ids.length) return m
  const rows = await db
    .selectFrom('customer_needs')
    .select(['customer_id', 'kind'])
    .where('customer_id', 'in', ids)
    .execute()
  for (const r of rows) m.set(r.customer_id, [...(m.get(r.customer_id) ?? []), r.kind as NeedKind])
  return m
}

/** One identity document's row (the caller audits it and reindexes the file's search keys). */
export async function insertDocument(
  trx: Dbx,
  customerId: number,
  d: Pick<CustomerCreate['documents'][number], 'kind' | 'number' | 'issueDate' | 'issuePlace' | 'expiryDate'>,
  staffId: number,
  at: string,
): Promise<number> {
  const row = await trx
    .insertInto('customer_documents')
    .values({
      customer_id: customerId,
      kind: d.kind,
      number: d.number,
      issue_date: d.issueDate,
      issue_place: d.issuePlace,
      expiry_date: d.expiryDate,
      created_at: at,
      updated_at: at,
      created_by: staffId,
      updated_by: staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}
/** Inserts a whole new file (children, documents, search index, audit) inside the caller's transaction. */
export async function insertCustomer(
  trx: Transaction<DB>,
  input: CustomerCreate,
  staffId: number,
  at: string,
): Promise<number> {
  const cols = customerColumns(input)
  const row = await trx
    .insertInto('customers')
    .values({
      ...cols,
      health_consent_at: input.healthConsent ? at : null,
      created_at: at,
      updated_at: at,
      created_by: staffId,
      updated_by: staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await replaceTags(trx, row.id, input.tags)
  await replaceContacts(trx, row.id, input.emergencyContacts)
  await replaceNeeds(trx, row.id, input.needs)
  for (const d of input.documents) {
    const docId = await insertDocument(trx, row.id, d, staffId, at)
    await writeAudit(trx, {
      at,
      staffId,
      action: 'create',
      entity: 'document',
      entityId: docId,
      fields: ['kind', 'number'],
    })
  }
  await indexCustomer(trx, row.id, {
    name: input.name,
    mobile: input.mobile,
    documents: input.documents.map((d) => d.number),
  })
  const fields = Object.entries(cols)
    .filter(([k, v]) => k !== 'name_sort' && k !== 'tier_rank' && v != null && v !== 0 && v !== '')
    .map(([k]) => k)
  if (input.tags.length) fields.push('tags')
  if (input.needs.length) fields.push('needs')
  if (input.emergencyContacts.length) fields.push('emergencyContacts')
  await writeAudit(trx, { at, staffId, action: 'create', entity: 'customer', entityId: row.id, fields })
  return row.id
}
