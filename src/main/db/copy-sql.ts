/* eslint-disable @typescript-eslint/no-explicit-any -- table names known only at run time (the copy walks every table, the probe reads a server that may lack them): Kysely<any>, as the migrations are written */
import { sql } from 'kysely'
import type { Kysely, Transaction } from 'kysely'
import { dialectOf } from './dialect'

/*
 * The dialect-specific half of moving a whole database between the stores (Settings → 数据库): which
 * table refers to which, emptying a target that already has rows, and the identity sequences after
 * rows were inserted with their ids. The copy itself is in src/main/database/store-copy.ts.
 */

type Dbx = Kysely<any> | Transaction<any>

const isPostgres = (db: Dbx) => dialectOf(db as unknown as Kysely<unknown>) === 'postgres'

export interface ForeignKey {
  from: string
  column: string
  to: string
}

/** Every foreign key of the database, read from the database itself (never a list kept by hand). */
export async function foreignKeys(db: Dbx): Promise<ForeignKey[]> {
  if (isPostgres(db)) {
    const r = await sql<ForeignKey>`SELECT c.conrelid::regclass::text AS "from", a.attname AS "column",
        c.confrelid::regclass::text AS "to"
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`.execute(db)
    return r.rows
  }
  const r = await sql<ForeignKey>`SELECT m.name AS "from", f."from" AS "column", f."table" AS "to"
    FROM sqlite_master m, pragma_foreign_key_list(m.name) f
    WHERE m.type = 'table'`.execute(db)
  return r.rows
}

/**
 * Empties the target's TourDesk tables and its search index inside the copy's transaction. On
 * PostgreSQL the audit log refuses DELETE and TRUNCATE (its append-only trigger): replacing the whole
 * database, confirmed by the administrator, is the one case where the log goes with everything else,
 * so the triggers are switched off for the TRUNCATE only (transactional DDL: a rollback restores them).
 */
export async function emptyTables(trx: Transaction<any>, tables: string[]): Promise<void> {
  if (isPostgres(trx)) {
    const all = [...tables, 'customer_search']
    for (const t of all) await sql`ALTER TABLE ${sql.table(t)} DISABLE TRIGGER USER`.execute(trx)
    await sql`TRUNCATE ${sql.join(all.map((t) => sql.table(t)))}`.execute(trx)
    for (const t of all) await sql`ALTER TABLE ${sql.table(t)} ENABLE TRIGGER USER`.execute(trx)
    return
  }
  // SQLite's target is always a new file: only the rows its migrations seeded (policies, the default
  // feedback template) are there; children first
  await sql`DELETE FROM customer_fts`.execute(trx)
  for (const t of [...tables].reverse()) await trx.deleteFrom(t).execute()
}

/**
 * Rows were inserted with their ids: PostgreSQL's identity sequences still stand at 1 and would hand
 * out taken ids. SQLite's AUTOINCREMENT follows the largest id inserted by itself.
 */
export async function resetIdentities(trx: Transaction<any>, tables: string[]): Promise<void> {
  if (!isPostgres(trx)) return
  const r = await sql<{ table_name: string; column_name: string }>`SELECT table_name, column_name
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND is_identity = 'YES'`.execute(trx)
  for (const { table_name, column_name } of r.rows) {
    if (!tables.includes(table_name)) continue
    await sql`SELECT setval(pg_get_serial_sequence(${table_name}, ${column_name}),
        GREATEST(COALESCE(MAX(${sql.ref(column_name)}), 0), 1), MAX(${sql.ref(column_name)}) IS NOT NULL)
      FROM ${sql.table(table_name)}`.execute(trx)
  }
}

/** Does the database hold TourDesk's tables at all (a desk migrated it)? */
export async function hasTourDeskSchema(db: Dbx): Promise<boolean> {
  const tables = await db.introspection.getTables()
  return tables.some((t) => t.name === 'schema_migrations')
}
