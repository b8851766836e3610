/*
 * TourDesk duplicates benchmark: 20,000 synthetic customers loaded through the real insert path, then
 * 600 second files of existing people written raw (same mobile, same ID number, same name + birth
 * date, 200 each). Times the duplicates screen's calls through the service (duplicates.count and
 * duplicates.groups via dispatch) against the three hand-written GROUP BY queries they rest on, on the
 * same file, and prints the ratio. Reports only; never fails the process.
 *
 *   npx tsx bench/duplicates.ts [--customers 20000] [--rounds 20]
 */
import fs from 'node:fs'
import Database from 'better-sqlite3'
import { loadCustomers } from './load'
import { ms, msSince, now, stats, table } from './stats'

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback)
}

/** Second files of existing customers, 200 per rule, written straight into the file. */
function addDuplicates(file: string): void {
  const db = new Database(file)
  const copy = db.prepare(`INSERT INTO customers (name, name_sort, gender, birth_calendar, birth_date, mobile,
    tier, tier_rank, marketing_consent, do_not_contact, health_consent, preferences, created_at, updated_at)
    VALUES (?, ?, 'unknown', ?, ?, ?, 'none', 0, 0, 0, 0, '{}', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')`)
  const doc = db.prepare(`INSERT INTO customer_documents (customer_id, kind, number, created_at, updated_at)
    VALUES (?, 'id_card', ?, '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')`)
  const people = db
    .prepare(
      `SELECT c.id, c.name, c.name_sort, c.birth_date, c.mobile, d.number FROM customers c
       JOIN customer_documents d ON d.customer_id = c.id AND d.kind = 'id_card'
       WHERE c.mobile IS NOT NULL AND c.birth_date IS NOT NULL ORDER BY c.id LIMIT 600`,
    )
    .all() as { name: string; name_sort: string; birth_date: string; mobile: string; number: string }[]
  db.transaction(() => {
    people.forEach((p, i) => {
      const rule = i % 3
      if (rule === 0) copy.run(`${p.name}（手机）`, p.name_sort, null, null, p.mobile)
      if (rule === 1) {
        const id = copy.run(`${p.name}（证件）`, p.name_sort, null, null, null).lastInsertRowid
        doc.run(id, p.number)
      }
      if (rule === 2) copy.run(p.name, p.name_sort, 'solar', p.birth_date, null)
    })
  })()
  db.close()
}

const RAW = [
  `SELECT mobile FROM customers WHERE mobile IS NOT NULL GROUP BY mobile HAVING count(*) > 1 AND count(*) <= 12`,
  `SELECT number FROM customer_documents GROUP BY number
   HAVING count(DISTINCT customer_id) > 1 AND count(DISTINCT customer_id) <= 12`,
  `SELECT name, birth_date FROM customers WHERE birth_date IS NOT NULL GROUP BY name, birth_date
   HAVING count(*) > 1 AND count(*) <= 12`,
]

export async function runDuplicateBench(opts: { customers?: number; rounds?: number } = {}) {
  const count = opts.customers ?? 20_000
  const rounds = opts.rounds ?? 20
  const loaded = await loadCustomers(count)
  const { app, admin, dir, file } = loaded
  try {
    addDuplicates(file)
    const raw = new Database(file, { readonly: true })
    const rawStmts = RAW.map((q) => raw.prepare(q))
    const call = async (channel: string, input: unknown) => {
      const r = await app.dispatch(channel, input, admin)
      if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`)
      return r.value as { groups: unknown }
    }
    const time = async (f: () => unknown) => {
      const samples: number[] = []
      await f()
      for (let i = 0; i < rounds; i++) {
        const t0 = now()
        await f()
        samples.push(msSince(t0))
      }
      return stats(samples)
    }
    const groups = (await call('duplicates.count', {})).groups as number
    const rawMs = await time(() => rawStmts.map((s) => s.all()))
    const countMs = await time(() => call('duplicates.count', {}))
    const listMs = await time(() => call('duplicates.groups', { limit: 200 }))
    console.log(
      `Duplicates bench: ${count + 600} customers, ${groups} groups found; ${rounds} rounds; ` +
        'raw = the three GROUP BY queries on better-sqlite3',
    )
    const row = (label: string, s: ReturnType<typeof stats>) => [
      label,
      ms(s.p50),
      ms(s.p95),
      (s.p50 / rawMs.p50).toFixed(2),
    ]
    console.log(
      table([
        ['call', 'p50 ms', 'p95 ms', 'p50 × raw'],
        row('raw GROUP BY ×3', rawMs),
        row('duplicates.count', countMs),
        row('duplicates.groups (200)', listMs),
      ]),
    )
    raw.close()
  } finally {
    await app.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1]?.endsWith('duplicates.ts')) {
  void runDuplicateBench({
    customers: Number(arg('customers', '20000')),
    rounds: Number(arg('rounds', '20')),
  })
}
