import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { pairKey } from '../../shared/duplicates/merge-rules'
import { moveParticipants } from './move-participants'

/** What a merge is doing: `gone` is merged into `keep`; movers add to `sameTrips` and `trips`. */
export interface MergeRun {
  trx: Transaction<DB>
  keep: number
  gone: number
  at: string
  staffId: number
  /** 团号 of trips both files were on: one place kept */
  sameTrips: string[]
  /** trips whose roster changed, to tell open trip pages */
  trips: Set<number>
}

type Mover = (m: MergeRun) => Promise<void>

/*
 * Every column of the schema that points at a customer file, and what a merge does with it. This one
 * list is the merge: test/integration/duplicates-refs.test.ts reads the foreign keys (and every column
 * named customer_id) of the migrated schema on both stores and fails when a table is missing here, so
 * a feature that adds a link to customers cannot be forgotten by merges.
 */
export const customerRefs: { table: string; column: string; move: Mover | 'search-index' }[] = [
  { table: 'customers', column: 'referrer_id', move: moveReferrals },
  { table: 'customer_tags', column: 'customer_id', move: (m) => unite(m, 'customer_tags', 'tag') },
  { table: 'customer_needs', column: 'customer_id', move: (m) => unite(m, 'customer_needs', 'kind') },
  { table: 'customer_contacts', column: 'customer_id', move: moveContacts },
  { table: 'customer_documents', column: 'customer_id', move: moveDocuments },
  { table: 'customer_relations', column: 'a_id', move: moveRelations },
  // both ends are handled by moveRelations
  { table: 'customer_relations', column: 'b_id', move: async () => {} },
  { table: 'communications', column: 'customer_id', move: (m) => plain(m, 'communications') },
  { table: 'trip_participants', column: 'customer_id', move: moveParticipants },
  { table: 'trip_roster_events', column: 'customer_id', move: (m) => plain(m, 'trip_roster_events') },
  { table: 'complaint_complainants', column: 'customer_id', move: (m) => plain(m, 'complaint_complainants') },
  { table: 'feedback_sheets', column: 'customer_id', move: (m) => plain(m, 'feedback_sheets') },
  { table: 'reminders', column: 'customer_id', move: moveReminders },
  { table: 'reminder_flags', column: 'customer_id', move: moveFlags },
  { table: 'import_items', column: 'customer_id', move: (m) => plain(m, 'import_items') },
  { table: 'customer_pair_dismissals', column: 'a_id', move: moveDismissals },
  { table: 'customer_pair_dismissals', column: 'b_id', move: async () => {} },
  { table: 'customer_merges', column: 'survivor_id', move: moveMerges },
  // the search index is rebuilt for the survivor and dropped for the merged-away file
  { table: 'customer_grams', column: 'customer_id', move: 'search-index' },
  { table: 'customer_search', column: 'id', move: 'search-index' },
]

type PlainTable =
  'communications' | 'trip_roster_events' | 'complaint_complainants' | 'feedback_sheets' | 'import_items'

async function plain(m: MergeRun, table: PlainTable): Promise<void> {
  await m.trx.updateTable(table).set({ customer_id: m.keep }).where('customer_id', '=', m.gone).execute()
}

/** Rows keyed by (customer, key): the survivor's row wins a clash, the rest move over. */
async function unite(m: MergeRun, table: 'customer_tags' | 'customer_needs', key: 'tag' | 'kind') {
  const t = m.trx as unknown as Transaction<
    Record<string, { customer_id: number; tag: string; kind: string }>
  >
  const own = t.selectFrom(table).select(key).where('customer_id', '=', m.keep)
  await t.deleteFrom(table).where('customer_id', '=', m.gone).where(key, 'in', own).execute()
  await t.updateTable(table).set({ customer_id: m.keep }).where('customer_id', '=', m.gone).execute()
}

async function moveReferrals(m: MergeRun): Promise<void> {
  // the survivor cannot be its own referrer
  await m.trx
    .updateTable('customers')
    .set({ referrer_id: null })
    .where('id', '=', m.keep)
    .where('referrer_id', '=', m.gone)
    .execute()
  await m.trx
    .updateTable('customers')
    .set({ referrer_id: m.keep })
    .where('referrer_id', '=', m.gone)
    .execute()
}

async function moveContacts(m: MergeRun): Promise<void> {
  const own = await m.trx
    .selectFrom('customer_contacts')
    .select(['phone', 'position'])
    .where('customer_id', '=', m.keep)
    .execute()
  const phones = new Set(own.map((c) => c.phone))
  let next = Math.max(-1, ...own.map((c) => c.position)) + 1
  const theirs = await m.trx
    .selectFrom('customer_contacts')
    .select(['id', 'phone'])
    .where('customer_id', '=', m.gone)
    .orderBy('position')
    .execute()
  for (const c of theirs) {
    if (phones.has(c.phone)) {
      await m.trx.deleteFrom('customer_contacts').where('id', '=', c.id).execute()
      continue
    }
    phones.add(c.phone)
    await m.trx
      .updateTable('customer_contacts')
      .set({ customer_id: m.keep, position: next++ })
      .where('id', '=', c.id)
      .execute()
  }
}

/** The same document recorded on both files is one document: the survivor's copy stays. */
async function moveDocuments(m: MergeRun): Promise<void> {
  const own = await m.trx
    .selectFrom('customer_documents')
    .select(['kind', 'number'])
    .where('customer_id', '=', m.keep)
    .execute()
  const has = new Set(own.map((d) => `${d.kind}|${d.number.toUpperCase()}`))
  const theirs = await m.trx
    .selectFrom('customer_documents')
    .select(['id', 'kind', 'number'])
    .where('customer_id', '=', m.gone)
    .execute()
  for (const d of theirs) {
    const q = has.has(`${d.kind}|${d.number.toUpperCase()}`)
      ? m.trx.deleteFrom('customer_documents').where('id', '=', d.id)
      : m.trx
          .updateTable('customer_documents')
          .set((eb) => ({
            customer_id: m.keep,
            updated_at: m.at,
            updated_by: m.staffId,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', d.id)
    await q.execute()
  }
}

/** Family links move to the survivor, except a link between the two files and a link the survivor already has. */
async function moveRelations(m: MergeRun): Promise<void> {
  const rows = await m.trx
    .selectFrom('customer_relations')
    .select(['id', 'a_id', 'b_id'])
    .where((eb) => eb.or([eb('a_id', '=', m.gone), eb('b_id', '=', m.gone)]))
    .execute()
  for (const r of rows) {
    const other = r.a_id === m.gone ? r.b_id : r.a_id
    const dup =
      other === m.keep ||
      (await m.trx
        .selectFrom('customer_relations')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([eb('a_id', '=', m.keep), eb('b_id', '=', other)]),
            eb.and([eb('a_id', '=', other), eb('b_id', '=', m.keep)]),
          ]),
        )
        .executeTakeFirst())
    if (dup) await m.trx.deleteFrom('customer_relations').where('id', '=', r.id).execute()
    else
      await m.trx
        .updateTable('customer_relations')
        .set(r.a_id === m.gone ? { a_id: m.keep } : { b_id: m.keep })
        .where('id', '=', r.id)
        .execute()
  }
}

/*
 * Reminders made by a rule carry the file's id in their source key (birthday:c12:2026-03-17), which
 * stops the engine making the same reminder twice. Moved reminders take the survivor's key; where the
 * survivor already has that reminder, the merged file's open copy goes (history stays as it was).
 */
async function moveReminders(m: MergeRun): Promise<void> {
  const rows = await m.trx
    .selectFrom('reminders')
    .select(['id', 'source_key', 'status'])
    .where('customer_id', '=', m.gone)
    .execute()
  const pattern = new RegExp(`:c${m.gone}(?=:|$)`)
  for (const r of rows) {
    const key =
      r.source_key && pattern.test(r.source_key) ? r.source_key.replace(pattern, `:c${m.keep}`) : null
    const taken =
      key &&
      (await m.trx.selectFrom('reminders').select('id').where('source_key', '=', key).executeTakeFirst())
    if (taken && (r.status === 'open' || r.status === 'snoozed')) {
      await m.trx.deleteFrom('reminders').where('id', '=', r.id).execute()
      continue
    }
    await m.trx
      .updateTable('reminders')
      .set((eb) => ({
        customer_id: m.keep,
        source_key: key && !taken ? key : r.source_key,
        updated_at: m.at,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', r.id)
      .execute()
  }
}

async function moveFlags(m: MergeRun): Promise<void> {
  const theirs = await m.trx
    .selectFrom('reminder_flags')
    .selectAll()
    .where('customer_id', '=', m.gone)
    .executeTakeFirst()
  if (!theirs) return
  const own = await m.trx
    .selectFrom('reminder_flags')
    .selectAll()
    .where('customer_id', '=', m.keep)
    .executeTakeFirst()
  if (!own) {
    await m.trx
      .updateTable('reminder_flags')
      .set({ customer_id: m.keep })
      .where('customer_id', '=', m.gone)
      .execute()
    return
  }
  await m.trx
    .updateTable('reminder_flags')
    .set({ stay_in_touch: Math.max(own.stay_in_touch, theirs.stay_in_touch) })
    .where('customer_id', '=', m.keep)
    .execute()
  await m.trx.deleteFrom('reminder_flags').where('customer_id', '=', m.gone).execute()
}

/** "Not the same person" decisions about the merged file now concern the survivor. */
async function moveDismissals(m: MergeRun): Promise<void> {
  const rows = await m.trx
    .selectFrom('customer_pair_dismissals')
    .selectAll()
    .where((eb) => eb.or([eb('a_id', '=', m.gone), eb('b_id', '=', m.gone)]))
    .execute()
  await m.trx
    .deleteFrom('customer_pair_dismissals')
    .where((eb) => eb.or([eb('a_id', '=', m.gone), eb('b_id', '=', m.gone)]))
    .execute()
  for (const r of rows) {
    const other = r.a_id === m.gone ? r.b_id : r.a_id
    if (other === m.keep) continue
    const [a, b] = pairKey(m.keep, other)
    const exists = await m.trx
      .selectFrom('customer_pair_dismissals')
      .select('a_id')
      .where('a_id', '=', a)
      .where('b_id', '=', b)
      .executeTakeFirst()
    if (!exists)
      await m.trx
        .insertInto('customer_pair_dismissals')
        .values({ a_id: a, b_id: b, at: r.at, staff_id: r.staff_id })
        .execute()
  }
}

/** Files merged into the merged file earlier now point at the survivor, so every old link still resolves. */
async function moveMerges(m: MergeRun): Promise<void> {
  await m.trx
    .updateTable('customer_merges')
    .set({ survivor_id: m.keep })
    .where('survivor_id', '=', m.gone)
    .execute()
}
