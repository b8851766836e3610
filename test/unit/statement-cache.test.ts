import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { cachingDatabase } from '../../src/main/db/open'

describe('prepared-statement cache under Kysely', () => {
  it('hands back the same prepared statement for the same SQL, and still runs it correctly', () => {
    const sqlite = new Database(':memory:')
    const db = cachingDatabase(sqlite)
    const a = db.prepare('SELECT ? + 1 AS n')
    const b = db.prepare('SELECT ? + 1 AS n')
    expect(b).toBe(a)
    expect((b as Database.Statement).get(41)).toEqual({ n: 42 })
    sqlite.close()
  })

  it('drops the least recently used statement when full', () => {
    const sqlite = new Database(':memory:')
    const db = cachingDatabase(sqlite, 2)
    const one = db.prepare('SELECT 1')
    const twoBefore = db.prepare('SELECT 2')
    db.prepare('SELECT 1') // now the most recent
    db.prepare('SELECT 3') // evicts SELECT 2
    expect(db.prepare('SELECT 1')).toBe(one)
    const two = db.prepare('SELECT 2')
    expect(two).not.toBe(twoBefore)
    expect((two as Database.Statement).get()).toEqual({ 2: 2 })
    sqlite.close()
  })
})
