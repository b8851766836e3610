import { sql } from 'kysely'
import type { Kysely } from 'kysely'

/*
 * Frozen once landed. Identity numbers were indexed whole in customer_fts.docs, so any 3+ character
 * substring found them and a clerk could recover a masked number (110***********1234) piece by piece.
 * From now on docs holds each number and its last 4, 5 and 6 characters between ^ and $, and search
 * matches ^query$ only: a number is found whole or by its tail. This rewrites the existing rows in that
 * form (lowercased, whitespace removed: search-index.ts docKeys does the same for new writes). With
 * secure-delete on (migration 0002) the old tokens are overwritten, not left in the index.
 *
 * The same release adds mixes of full syllables and initials to the name keys (zhangsf). Those need the
 * pinyin library, which a migration must not import: the row search_keys_stale asks the app to rewrite
 * the keys once at start (search-index.ts refreshStaleNameKeys), and is removed when that is done.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`UPDATE customer_fts SET docs = coalesce((
      SELECT group_concat('^' || k || '$', ' | ') FROM (
        SELECT DISTINCT k FROM (
          SELECT n AS k, 0 AS t FROM (
            SELECT lower(replace(replace(replace(number, ' ', ''), char(9), ''), char(12288), '')) AS n
            FROM customer_documents WHERE customer_id = customer_fts.rowid
          ) WHERE n <> ''
          UNION ALL
          SELECT substr(n, -t.len) AS k, t.len AS t FROM (
            SELECT lower(replace(replace(replace(number, ' ', ''), char(9), ''), char(12288), '')) AS n
            FROM customer_documents WHERE customer_id = customer_fts.rowid
          ) JOIN (SELECT 4 AS len UNION ALL SELECT 5 UNION ALL SELECT 6) AS t ON length(n) > t.len
        )
      )
    ), '')`.execute(db)
  await sql`INSERT INTO settings (key, value) VALUES ('search_keys_stale', '1')
    ON CONFLICT (key) DO NOTHING`.execute(db)
}
