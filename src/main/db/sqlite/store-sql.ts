import { sql } from 'kysely'
import type { StoreSql } from '../store-sql'
import { insertMany } from '../bulk-insert'
import { matchParts, searchCustomersSqlite } from './customer-search'

/** SQLite's side of the store seam: FTS5 + gram table, GLOB, unary +, WAL checkpoint. */
export const sqliteSql: StoreSql = {
  async indexCustomer(trx, id, row) {
    await this.unindexCustomer(trx, id)
    await sql`INSERT INTO customer_fts(rowid, name, keys, phone, docs) VALUES (${id}, ${row.name}, ${row.keys}, ${row.phone}, ${row.docs})`.execute(
      trx,
    )
    if (row.grams.length) {
      // one short statement whatever the number of grams (a VALUES list would be a new statement each time)
      await sql`INSERT INTO customer_grams(gram, customer_id)
        SELECT value, ${id} FROM json_each(${JSON.stringify(row.grams)})`.execute(trx)
    }
  },
  async unindexCustomer(trx, id) {
    await sql`DELETE FROM customer_fts WHERE rowid = ${id}`.execute(trx)
    await sql`DELETE FROM customer_grams WHERE customer_id = ${id}`.execute(trx)
  },
  async indexNewCustomers(trx, rows) {
    await insertMany(
      trx,
      'customer_fts',
      ['rowid', 'name', 'keys', 'phone', 'docs'],
      rows.map((r) => [r.id, r.name, r.keys, r.phone, r.docs]),
    )
    await insertMany(
      trx,
      'customer_grams',
      ['gram', 'customer_id'],
      rows.flatMap((r) => r.grams.map((g) => [g, r.id])),
    )
  },
  async setNameKeys(trx, id, keys) {
    await sql`UPDATE customer_fts SET keys = ${keys} WHERE rowid = ${id}`.execute(trx)
  },
  customerMatch: (q) => matchParts(q).where,
  searchCustomers: searchCustomersSqlite,
  // one writer at a time: a write transaction already excludes every other
  lockNumbering: async () => {},
  async tripCodesStartingWith(db, prefix) {
    // GLOB is case-sensitive and walks the code index by prefix; a pattern cannot hold * ? [ (see status.ts)
    const r = await sql<{ code: string }>`SELECT code FROM trips WHERE code GLOB ${prefix + '*'}`.execute(db)
    return r.rows.map((x) => x.code)
  },
  async writeMarker(db) {
    // total_changes(): rows written through this connection (the app's only one) since it opened,
    // rolled-back ones included; data_version: moves when another connection commits to the file
    const r = await sql<{
      c: number
      v: number
    }>`SELECT total_changes() AS c, (SELECT data_version FROM pragma_data_version) AS v`.execute(db)
    return `${r.rows[0].c}:${r.rows[0].v}`
  },
  inList: (column, values) =>
    sql<boolean>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(values)}))`,
  // unary + keeps SQLite from walking the sort index when sorting the few matches is cheaper
  sortedNotWalked: (column) => sql`+${sql.ref(column)}`,
  async purgeDeleted(db) {
    // push the deleted pages out of the WAL so the personal data is gone from the disk, not just unlinked
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db)
  },
}
