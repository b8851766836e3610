/*
 * Import benchmark: 100,000 customers from an .xlsx through the real service path (imports.open →
 * headers → dryRun → run via dispatch: parse, validate with the form's rules, pinyin keys, dedup,
 * insert with search index), next to a raw insert of the same rows into the same tables (better-sqlite3
 * prepared statements in one transaction, every value computed beforehand; see raw). Goal: ≥ 50% of raw.
 *
 *   npx tsx bench/imports.ts [--rows 100000]
 */
import fs from 'node:fs'
import ExcelJS from 'exceljs'
import { DB_FILE, openSqlite } from '../src/main/db/open'
import path from 'node:path'
import { rng, syntheticCustomer } from '../src/main/customers/synthetic'
import { customerColumns } from '../src/main/customers/customers.repo'
import { buildSearchRow } from '../src/main/customers/search-index'
import { customerCreateSchema } from '../src/shared/customers/customer.schema'
import { CHUNK_BYTES } from '../src/shared/imports/imports.api'
import { freshApp, TODAY } from './load'
import { msSince, now, table, verdict } from './stats'

const TARGET = 0.5

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i < 0 ? fallback : process.argv[i + 1]
}

/** the bench's customers, the same every time (fixed seed) */
function peopleOf(count: number) {
  const r = rng(20261202)
  return Array.from({ length: count }, () => syntheticCustomer(r, { today: TODAY, withDocuments: true }))
}

export async function sheetOf(count: number) {
  const people = peopleOf(count)
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('客户')
  ws.addRow(['姓名', '手机', '身份证号', '生日', '性别', '标签'])
  for (const p of people) {
    const birth = p.birth?.calendar === 'solar' ? p.birth.date : ''
    ws.addRow([
      p.name,
      p.mobile,
      p.documents![0].number,
      birth,
      p.gender === 'male' ? '男' : '女',
      (p.tags ?? []).join('，'),
    ])
  }
  return { people, bytes: Buffer.from(await wb.xlsx.writeBuffer()) }
}

async function must(app: Awaited<ReturnType<typeof freshApp>>, ch: string, input: unknown) {
  const res = await app.app.dispatch(ch, input, app.admin)
  if (!res.ok) throw new Error(`${ch}: ${JSON.stringify(res.error)}`)
  return res.value as any
}

export async function service(bytes: Buffer) {
  const app = await freshApp()
  const chunks: string[] = []
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES)
    chunks.push(bytes.subarray(i, i + CHUNK_BYTES).toString('base64'))
  const t0 = now()
  const opened = await must(app, 'imports.open', { fileName: 'bench.xlsx', data: chunks })
  const parseMs = msSince(t0)
  const where = { token: opened.token, sheet: 0, headerRow: 0 }
  const { mapping } = await must(app, 'imports.headers', where)
  const t1 = now()
  const dry = await must(app, 'imports.dryRun', { ...where, mapping })
  const dryMs = msSince(t1)
  const t2 = now()
  // "create anyway" for every group: the bench inserts every valid row, as raw does
  const decisions = Object.fromEntries(dry.groups.map((g: { key: string }) => [g.key, 'create']))
  const report = await must(app, 'imports.run', { ...where, mapping, decisions })
  const runMs = msSince(t2)
  await app.app.close()
  fs.rmSync(app.dir, { recursive: true, force: true })
  return {
    parseMs,
    dryMs,
    runMs,
    created: report.created as number,
    rejected: report.rejected.length as number,
  }
}

/**
 * The same rows the import writes, written raw: every table the import fills (the file, its document
 * and tags, its search rows, the import's undo item), each row's values computed beforehand (columns,
 * pinyin keys, grams), better-sqlite3 prepared statements in one transaction. With `narrow`, only the
 * customers and documents tables (the reference this bench used to print; kept for comparison).
 */
async function raw(people: ReturnType<typeof peopleOf>, narrow: boolean) {
  const app = await freshApp()
  await app.app.close()
  const db = openSqlite(path.join(app.dir, DB_FILE))
  const rows = people.map((p) => customerCreateSchema.parse({ ...p, documents: [p.documents![0]] }))
  const cols = rows.map((c) => customerColumns(c))
  const search = rows.map((c) =>
    buildSearchRow({ name: c.name, mobile: c.mobile, documents: [c.documents[0].number] }),
  )
  const keys = Object.keys(cols[0])
  const at = `${TODAY}T02:00:00.000Z`
  const insC = db.prepare(
    `INSERT INTO customers (${keys.join(', ')}, created_at, updated_at, created_by, updated_by) VALUES (${keys.map(() => '?').join(', ')}, ?, ?, 1, 1)`,
  )
  const insD = db.prepare(
    'INSERT INTO customer_documents (customer_id, kind, number, created_at, updated_at, created_by, updated_by) VALUES (?, ?, ?, ?, ?, 1, 1)',
  )
  const insT = db.prepare('INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)')
  const insF = db.prepare('INSERT INTO customer_fts (rowid, name, keys, phone, docs) VALUES (?, ?, ?, ?, ?)')
  const insG = db.prepare('INSERT INTO customer_grams (gram, customer_id) VALUES (?, ?)')
  const insI = db.prepare(
    "INSERT INTO import_items (import_id, customer_id, action, version_after, before) VALUES (?, ?, 'created', 1, NULL)",
  )
  const t0 = now()
  db.transaction(() => {
    const run = db
      .prepare(
        `INSERT INTO import_runs (target, file_name, encoding, created_at, created_by, created_count, updated_count,
          skipped_count, rejected_count) VALUES ('customers', 'bench.xlsx', 'xlsx', ?, 1, ?, 0, 0, 0)`,
      )
      .run(at, rows.length).lastInsertRowid
    cols.forEach((c, i) => {
      const id = insC.run(...keys.map((k) => (c as Record<string, unknown>)[k]), at, at).lastInsertRowid
      insD.run(id, 'id_card', rows[i].documents[0].number, at, at)
      if (narrow) return
      for (const tag of rows[i].tags) insT.run(id, tag)
      const s = search[i]
      insF.run(id, s.name, s.keys, s.phone, s.docs)
      for (const g of s.grams) insG.run(g, id)
      insI.run(run, id)
    })
  })()
  const ms = msSince(t0)
  db.close()
  fs.rmSync(app.dir, { recursive: true, force: true })
  return ms
}

export async function runImportBench(count = 100_000): Promise<void> {
  // the service runs with the file alone in memory, as in the app: the generated customers (and
  // everything they hold) are made again for the raw side afterwards, from the same seed
  const { bytes } = await sheetOf(count)
  console.log(`xlsx: ${(bytes.length / 1e6).toFixed(1)} MB, ${count} rows`)
  const s = await service(bytes)
  const people = peopleOf(count)
  const rawMs = await raw(people, false)
  const narrowMs = await raw(people, true)
  const totalMs = s.parseMs + s.dryMs + s.runMs
  const svcRate = s.created / (totalMs / 1000)
  const runRate = s.created / (s.runMs / 1000)
  const rawRate = count / (rawMs / 1000)
  console.log(
    table([
      ['path', 'rows', 'ms', 'rows/s', '× raw'],
      ['service: parse xlsx (open)', String(count), s.parseMs.toFixed(0), '', ''],
      ['service: dry run (validate, dedup)', String(count), s.dryMs.toFixed(0), '', ''],
      [
        'service: run (validate, dedup, insert)',
        String(s.created),
        s.runMs.toFixed(0),
        runRate.toFixed(0),
        (runRate / rawRate).toFixed(2),
      ],
      [
        'service: end to end',
        String(s.created),
        totalMs.toFixed(0),
        svcRate.toFixed(0),
        (svcRate / rawRate).toFixed(2),
      ],
      ['raw insert of the same rows', String(count), rawMs.toFixed(0), rawRate.toFixed(0), '1.00'],
      [
        'raw insert, customers + documents only',
        String(count),
        narrowMs.toFixed(0),
        (count / (narrowMs / 1000)).toFixed(0),
        (rawMs / narrowMs).toFixed(2),
      ],
    ]),
  )
  if (s.rejected) console.log(`  ${s.rejected} rows rejected by validation`)
  console.log(`Summary: import end to end ≥ ${TARGET * 100}% of raw: ${verdict(svcRate / rawRate >= TARGET)}`)
}

if (process.argv[1]?.endsWith('imports.ts')) {
  runImportBench(Number(arg('rows', '100000'))).catch((e) => {
    console.error(e)
    process.exitCode = 1
  })
}
