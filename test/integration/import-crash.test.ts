import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, expect, it } from 'vitest'
import { DB_FILE } from '../../src/main/db/open'
import { harness, PASSWORD, STORE } from './harness'
import type { Harness } from './harness'
import { csvBytes } from './import-fixtures'

/*
 * A crash in the middle of an import: a child process imports a large file and is killed (SIGKILL,
 * as a power cut or the task manager would) while rows are being written. The whole file is one
 * transaction, so the file on disk is as before the import and intact. The embedded SQLite file is
 * what a desk's crash can damage; on the office server a dead client's transaction simply aborts.
 */
let h: Harness | null = null
afterEach(() => {
  if (h) fs.rmSync(h.dir, { recursive: true, force: true })
  h = null
})

it.skipIf(STORE !== 'sqlite')(
  'a process killed mid-import leaves the database as before the import, integrity ok',
  async () => {
    h = await harness()
    // the child signs in as the harness's administrator
    expect(PASSWORD).toBe('correct-horse-9')
    await h.must('customers.create', { name: '老客户', mobile: '13700000000' })
    await h.app.close()
    const rows = [['姓名', '手机', '备注']]
    for (let i = 0; i < 6_000; i++)
      rows.push([`客户${i}`, `138${String(i).padStart(8, '0')}`, '备注'.repeat(20)])
    const csv = path.join(h.dir, 'big.csv')
    fs.writeFileSync(csv, csvBytes(rows, 'utf-8'))

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'import-crash-child.ts'), h.dir, csv],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let out = ''
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    const killedAt = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d
        const done = [...out.matchAll(/progress (\d+)/g)].map((x) => Number(x[1])).pop() ?? 0
        if (done >= 1000) {
          child.kill('SIGKILL')
          resolve(done)
        }
      })
      child.on('exit', () => reject(new Error(`child ended before it was killed: ${out} ${err}`)))
    })
    await new Promise((r) => child.once('exit', r))
    expect(killedAt).toBeGreaterThanOrEqual(1000)
    expect(out).not.toContain('finished')

    const db = new Database(path.join(h.dir, DB_FILE))
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.prepare('SELECT count(*) AS n FROM customers').get()).toEqual({ n: 1 })
    expect(db.prepare('SELECT count(*) AS n FROM import_runs').get()).toEqual({ n: 0 })
    expect(db.prepare('SELECT count(*) AS n FROM customer_grams').get()).toEqual(
      db
        .prepare('SELECT count(*) AS n FROM customer_grams WHERE customer_id = (SELECT id FROM customers)')
        .get(),
    )
    db.close()
  },
  120_000,
)
