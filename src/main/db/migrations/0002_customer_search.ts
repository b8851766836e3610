import { sql } from 'kysely'
import type { Kysely } from 'kysely'

/*
 * Frozen. SQLite-only search index for customers (a PostgreSQL variant would use pg_trgm):
 * - customer_fts: FTS5 trigram over name, pinyin keys, phone and document numbers, for queries
 *   of 3+ characters. secure-delete so a deleted customer's tokens are really removed.
 * - customer_grams: every 1–2 character gram of the name and initials, for the short queries
 *   trigram cannot answer (张伟, zw).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE customer_fts USING fts5(name, keys, phone, docs, tokenize = 'trigram')`.execute(
    db,
  )
  await sql`INSERT INTO customer_fts(customer_fts, rank) VALUES('secure-delete', 1)`.execute(db)
  await sql`CREATE TABLE customer_grams (
    gram TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    PRIMARY KEY (gram, customer_id)
  ) WITHOUT ROWID`.execute(db)
  await sql`CREATE INDEX customer_grams_customer ON customer_grams(customer_id)`.execute(db)
}
