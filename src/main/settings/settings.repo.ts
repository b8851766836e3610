import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema'

export type SettingKey =
  | 'agency_name'
  | 'agency_phone'
  | 'agency_address'
  | 'language'
  | 'last_login'
  | 'trip_code_pattern'
  /** when setup ran; inserted once, never upserted, so a second setup clashes (auth.handlers.ts) */
  | 'setup_at'
  /** the agency form's version (settings.handlers.ts); absent until the first save, i.e. version 1 */
  | 'agency_version'
  /** set by migration 0006: customers' name keys predate the mixed keys (see refreshStaleNameKeys) */
  | 'search_keys_stale'
  /** 0015: years trip records are kept after the trip ends (default 2, 《旅行社条例实施细则》§44) */
  | 'retention_years'

export async function getSetting(db: Kysely<DB>, key: SettingKey): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst()
  return row?.value ?? null
}

export async function setSetting(
  db: Kysely<DB> | Transaction<DB>,
  key: SettingKey,
  value: string | null,
): Promise<void> {
  if (value === null) {
    await db.deleteFrom('settings').where('key', '=', key).execute()
    return
  }
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute()
}
