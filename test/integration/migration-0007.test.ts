import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, expect, it } from 'vitest'
import { openApp } from '../../src/main/app'
import { DB_FILE, kyselyFor, openSqlite } from '../../src/main/db/open'
import { runMigrations } from '../../src/main/db/migrate'
import { migrations } from '../../src/main/db/migrations'

/*
 * 0007 rebuilds trip_participants (customer link nullable, ON DELETE SET NULL). A database from before it
 * must come through with every row, id, roommate link and index, and follow the new rule afterwards.
 */
let dir: string
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

const AT = '2026-11-01T00:00:00.000Z'

it('upgrading a 0004 database keeps the participants, their ids and roommate links', async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-m7-'))
  const file = path.join(dir, DB_FILE)
  const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0007'))
  const db = kyselyFor(openSqlite(file))
  await runMigrations(db, before, () => new Date(AT))
  await db.destroy()

  const raw = new Database(file)
  const customer = raw.prepare(
    `INSERT INTO customers (id, name, name_sort, created_at, updated_at) VALUES (?, ?, ?, '${AT}', '${AT}')`,
  )
  customer.run(1, '张伟', 'zhangwei')
  customer.run(2, '李娜', 'lina')
  raw
    .prepare(
      `INSERT INTO trips (id, code, route_name, destination, search_text, kind, type, status, status_rank,
        depart_date, return_date, created_at, updated_at)
       VALUES (1, 'TD-1', '桂林四日游', '桂林', 'td-1', 'domestic', 'group', 'closed', 5,
        '2026-10-01', '2026-10-04', '${AT}', '${AT}')`,
    )
    .run()
  const participant = raw.prepare(
    `INSERT INTO trip_participants (id, trip_id, customer_id, price_type, contract_no, room_no, roommate_id,
      created_at, updated_at, version) VALUES (?, 1, ?, 'adult', ?, '808', ?, '${AT}', '${AT}', ?)`,
  )
  participant.run(10, 1, 'HT-1', null, 3)
  participant.run(11, 2, 'HT-2', 10, 1)
  // a link pointing forward: the copy must not trip over the order
  raw.prepare('UPDATE trip_participants SET roommate_id = 11 WHERE id = 10').run()
  raw.close()

  const app = await openApp({ dataDir: dir, clock: () => new Date('2026-11-25T02:00:00.000Z') })
  await app.close()
  const after = new Database(file)
  after.pragma('foreign_keys = ON')
  try {
    const rows = after
      .prepare(
        'SELECT id, customer_id, contract_no, room_no, roommate_id, version FROM trip_participants ORDER BY id',
      )
      .all()
    expect(rows).toEqual([
      { id: 10, customer_id: 1, contract_no: 'HT-1', room_no: '808', roommate_id: 11, version: 3 },
      { id: 11, customer_id: 2, contract_no: 'HT-2', room_no: '808', roommate_id: 10, version: 1 },
    ])
    const indexes = after
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trip_participants' ORDER BY name`,
      )
      .all()
    // 0007 rebuilt the table: its three indexes are back (later migrations may add their own)
    expect(indexes).toEqual(
      expect.arrayContaining([
        { name: 'trip_participants_customer' },
        { name: 'trip_participants_roommate' },
        { name: 'trip_participants_trip' },
      ]),
    )
    expect(after.prepare('PRAGMA foreign_key_check').all()).toEqual([])
    expect(after.prepare(`SELECT name FROM sqlite_master WHERE name LIKE '%0004%'`).all()).toEqual([])
    // the new rule: deleting the customer row clears the link instead of taking the place with it
    after.prepare('DELETE FROM customers WHERE id = 1').run()
    expect(after.prepare('SELECT id, customer_id FROM trip_participants ORDER BY id').all()).toEqual([
      { id: 10, customer_id: null },
      { id: 11, customer_id: 2 },
    ])
  } finally {
    after.close()
  }
})
