import type { Transaction } from 'kysely'
import type { CustomerRowDb, DB } from '../db/schema'
import type { MergeField, MergeResult, MergeSide } from '../../shared/duplicates/duplicates.types'
import { mergeFields } from '../../shared/duplicates/duplicates.types'
import { differingFields } from '../../shared/duplicates/merge-rules'
import { notFound, stale } from '../core/context'
import { updateVersioned } from '../core/update-versioned'
import { writeAudit } from '../audit/audit.repo'
import { birthOf, documentNumbers, preferencesOf } from '../customers/customers.repo'
import { indexCustomer, nameSortKey, unindexCustomer } from '../customers/search-index'
import type { Dbx } from '../trips/trips.repo'
import { customerRefs } from './customer-refs'
import type { MergeRun } from './customer-refs'
import { duplicateFiles } from './duplicate-groups'

/** The columns behind each choosable field: a birthday is six columns, chosen together. */
const columnsOf: Record<MergeField, (keyof CustomerRowDb)[]> = {
  name: ['name', 'name_sort'],
  pinyinName: ['pinyin_name'],
  gender: ['gender'],
  birth: ['birth_calendar', 'birth_date', 'lunar_year', 'lunar_month', 'lunar_day', 'lunar_leap'],
  mobile: ['mobile'],
  wechat: ['wechat'],
  email: ['email'],
  address: ['address'],
  occupation: ['occupation'],
  employer: ['employer'],
  source: ['source'],
  referrer: ['referrer_id'],
  tier: ['tier', 'tier_rank'],
  marketingConsent: ['marketing_consent'],
  notes: ['notes'],
  preferences: ['preferences'],
}

async function valuesOf(db: Dbx, r: CustomerRowDb): Promise<MergeSide['values']> {
  const referrer = r.referrer_id
    ? await db
        .selectFrom('customers')
        .select(['id', 'name'])
        .where('id', '=', r.referrer_id)
        .executeTakeFirst()
    : undefined
  return {
    name: r.name,
    pinyinName: r.pinyin_name,
    gender: r.gender as MergeSide['values']['gender'],
    birth: birthOf(r),
    mobile: r.mobile,
    wechat: r.wechat,
    email: r.email,
    address: r.address,
    occupation: r.occupation,
    employer: r.employer,
    source: r.source,
    referrer: referrer ?? null,
    tier: r.tier as MergeSide['values']['tier'],
    marketingConsent: r.marketing_consent === 1,
    notes: r.notes,
    preferences: preferencesOf(r.preferences),
  }
}

export async function loadPair(db: Dbx, aId: number, bId: number): Promise<{ a: MergeSide; b: MergeSide }> {
  const rows = await db.selectFrom('customers').selectAll().where('id', 'in', [aId, bId]).execute()
  const a = rows.find((r) => r.id === aId)
  const b = rows.find((r) => r.id === bId)
  if (!a || !b) throw notFound()
  const facts = await duplicateFiles(db, [aId, bId])
  return {
    a: { ...facts.get(aId)!, values: await valuesOf(db, a) },
    b: { ...facts.get(bId)!, values: await valuesOf(db, b) },
  }
}

export interface MergeInput {
  keepId: number
  keepVersion: number
  mergeId: number
  mergeVersion: number
  take: MergeField[]
}

/**
 * Merges one file into another in the caller's transaction: the survivor takes the chosen fields,
 * everything that pointed at the merged file points at the survivor (customerRefs), the merged file
 * and its search rows go, and one audit entry names both files and the fields taken from the merged one.
 */
export async function mergeFiles(
  trx: Transaction<DB>,
  input: MergeInput,
  e: { at: string; staffId: number },
): Promise<MergeResult & { trips: number[] }> {
  const keep = await trx.selectFrom('customers').selectAll().where('id', '=', input.keepId).executeTakeFirst()
  const gone = await trx
    .selectFrom('customers')
    .selectAll()
    .where('id', '=', input.mergeId)
    .executeTakeFirst()
  if (!keep || !gone) throw notFound()
  if (keep.version !== input.keepVersion || gone.version !== input.mergeVersion) throw stale()

  // only a field that differs is a choice; taking an equal value changes nothing and is not recorded
  const differs = new Set(differingFields(await valuesOf(trx, keep), await valuesOf(trx, gone)))
  const taken = mergeFields.filter((f) => differs.has(f) && input.take.includes(f))
  const set: Record<string, unknown> = {}
  for (const f of taken) for (const c of columnsOf[f]) set[c] = gone[c]
  if (taken.includes('name')) set.name_sort = nameSortKey(gone.name)
  if (set.referrer_id === keep.id || set.referrer_id === gone.id) set.referrer_id = null
  // what the person told the agency once still holds: no contact, and consent to keep health data
  set.do_not_contact = Math.max(keep.do_not_contact, gone.do_not_contact)
  if (!keep.health_consent && gone.health_consent) {
    set.health_consent = 1
    set.health_consent_at = gone.health_consent_at
  }

  const run: MergeRun = {
    trx,
    keep: keep.id,
    gone: gone.id,
    at: e.at,
    staffId: e.staffId,
    sameTrips: [],
    trips: new Set(),
  }
  for (const ref of customerRefs) if (ref.move !== 'search-index') await ref.move(run)

  await unindexCustomer(trx, gone.id)
  await trx.deleteFrom('customers').where('id', '=', gone.id).execute()
  await trx
    .insertInto('customer_merges')
    .values({ merged_id: gone.id, survivor_id: keep.id, at: e.at, staff_id: e.staffId })
    .execute()
  const version = await updateVersioned(trx, 'customers', keep.id, keep.version, {
    ...set,
    updated_at: e.at,
    updated_by: e.staffId,
  })
  const name = (set.name as string | undefined) ?? keep.name
  const mobile = 'mobile' in set ? (set.mobile as string | null) : keep.mobile
  await indexCustomer(trx, keep.id, { name, mobile, documents: await documentNumbers(trx, keep.id) })
  await writeAudit(trx, {
    at: e.at,
    staffId: e.staffId,
    action: 'merge',
    entity: 'customer',
    entityId: keep.id,
    fields: [`mergedFrom:${gone.id}`, ...taken],
  })
  return { id: keep.id, version, sameTrips: run.sameTrips, trips: [...run.trips] }
}
