import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { Kysely } from 'kysely'
import { dialectOf } from '../../src/main/db/dialect'
import type { Effects } from '../../src/main/effects'
import { idCheckDigit } from '../../src/shared/customers/id-card'
import type { CustomerProfile } from '../../src/shared/customers/customer.types'
import type { Harness } from './harness'

/** A call's outcome as one word: 'ok', or the error code (STALE, CONFLICT, VALIDATION…). */
export const code = (r: { ok: boolean; error?: { code: string } }): string => (r.ok ? 'ok' : r.error!.code)

export type SavedFile = Parameters<NonNullable<Effects['saveFile']>>[1]

/**
 * The save effect of an export, as the test host: it keeps each file main hands over (read back as
 * the person would open it), and `cancelNext()` makes the next save dialog come back cancelled.
 */
export function savedFiles() {
  const files: SavedFile[] = []
  let cancel = false
  const effects: Effects = {
    notify: () => {},
    openExternal: async () => {},
    print: async () => ({ done: false }),
    async saveFile(_s, file) {
      if (cancel) {
        cancel = false
        return { done: false }
      }
      files.push(file)
      return { done: true, file: `/tmp/${file.name}` }
    },
  }
  return {
    effects,
    files,
    last: (): SavedFile => files[files.length - 1],
    cancelNext: () => {
      cancel = true
    },
  }
}

/** A valid 身份证 number from its first 17 digits (GB 11643 check digit appended). */
export const withCheck = (first17: string): string => first17 + idCheckDigit(first17)

/** The GB 11643 worked example: born 1949-12-31, check digit X. */
export const ID_X = withCheck('11010519491231002')
export const ID_2 = withCheck('44030619851120001')
export const ID_3 = withCheck('31011520000229002')

/** The same first 17 digits with a wrong last digit. */
export function badChecksum(id: string): string {
  const good = id[17]
  const wrong = ['1', '2', '3'].find((d) => d !== good)!
  return id.slice(0, 17) + wrong
}

/** What the editor sends back when a user saves the form unchanged (the renderer's mapping). */
export function editable(p: CustomerProfile) {
  return {
    id: p.id,
    version: p.version,
    name: p.name,
    pinyinName: p.pinyinName,
    gender: p.gender,
    birth: p.birth,
    mobile: p.mobile,
    wechat: p.wechat,
    email: p.email,
    address: p.address,
    occupation: p.occupation,
    employer: p.employer,
    source: p.source,
    referrerId: p.referrer?.id ?? null,
    tags: p.tags,
    tier: p.tier,
    marketingConsent: p.marketingConsent,
    doNotContact: p.doNotContact,
    healthConsent: p.healthConsent,
    notes: p.notes,
    preferences: p.preferences,
    // like the form: 'confidential' stands for needs this role never sees, and main keeps them
    needs: p.needs
      .filter((n) => n.kind !== 'confidential')
      .map((n) => ({ kind: n.kind, note: n.note, keepNote: n.noteHidden })),
    emergencyContacts: p.emergencyContacts,
  }
}

export async function createCustomer(h: Harness, input: Record<string, unknown>): Promise<number> {
  return (await h.must<{ id: number }>('customers.create', input)).id
}

export async function names(h: Harness, search: Record<string, unknown>): Promise<string[]> {
  const r = await h.must<{ rows: { name: string }[] }>('customers.search', { pageSize: 200, ...search })
  return r.rows.map((row) => row.name)
}

export interface AuditRow {
  id: number
  at: string
  staff_id: number | null
  action: string
  entity: string
  entity_id: number | null
  fields: string
}

/** The audit log as stored, oldest first (read straight from the database, not through the API). */
export async function auditRows(db: Kysely<any>): Promise<AuditRow[]> {
  return (await sql<AuditRow>`SELECT * FROM audit_log ORDER BY id`.execute(db)).rows
}

const SESSION_ACTIONS = /^sign(in|out)/

/** Table and column names per database: the schema does not change within a test. */
const layouts = new WeakMap<object, Promise<{ table: string; cols: number }[]>>()

async function readLayout(db: Kysely<any>): Promise<{ table: string; cols: number }[]> {
  if (dialectOf(db) === 'postgres') {
    // the catalog rather than information_schema, which is slow enough to dominate a property test
    return (
      await sql<{ table: string; cols: number }>`SELECT c.relname AS table,
          (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS cols
        FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
        ORDER BY c.relname COLLATE "C"`.execute(db)
    ).rows
  }
  const tables = (
    await sql<{
      name: string
    }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(
      db,
    )
  ).rows
  const out = []
  for (const { name } of tables) {
    const cols = (await sql<{ name: string }>`SELECT name FROM pragma_table_info(${name})`.execute(db)).rows
    out.push({ table: name, cols: cols.length })
  }
  return out
}

/**
 * A hash of every row of every table (FTS shadow tables included), ordered by all columns so it
 * does not depend on storage order. Sign-in/out audit entries are left out: they record who
 * looked, not a change to the data.
 */
export async function dbFingerprint(db: Kysely<any>): Promise<string> {
  let layout = layouts.get(db)
  if (!layout) layouts.set(db, (layout = readLayout(db)))
  const hash = createHash('sha256')
  for (const { table: t, cols } of await layout) {
    const order = Array.from({ length: cols }, (_, i) => String(i + 1)).join(', ')
    const rows = (
      await sql<Record<string, unknown>>`SELECT * FROM ${sql.id(t)} ORDER BY ${sql.raw(order)}`.execute(db)
    ).rows
    hash.update(`\u0000${t}\u0000`)
    for (const row of rows) {
      if (t === 'audit_log' && SESSION_ACTIONS.test(String(row.action))) continue
      hash.update(
        JSON.stringify(row, (_k, v) =>
          Buffer.isBuffer(v) || v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v,
        ),
      )
    }
  }
  return hash.digest('hex')
}
