import { describe, expect, it } from 'vitest'
import { isConnectionLost, isUniqueViolation } from '../../src/main/db/errors'

const err = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {})

describe('isConnectionLost: an unreachable server, told apart from a wrong query', () => {
  it.each([
    ['refused', err('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['reset', err('read ECONNRESET', 'ECONNRESET')],
    ['terminated by the administrator', err('terminating connection due to administrator command', '57P01')],
    ['server starting up', err('the database system is starting up', '57P03')],
    ['connection exception class', err('connection failure', '08006')],
    ['socket closed mid-query', err('Connection terminated unexpectedly')],
    ['database closed for connections', err('database "x" is not currently accepting connections', '55000')],
  ])('%s → lost', (_name, e) => expect(isConnectionLost(e)).toBe(true))

  it.each([
    ['unique clash', err('duplicate key value violates unique constraint', '23505')],
    ['syntax', err('syntax error at or near "FROM"', '42601')],
    ['SQLite busy', err('database is locked', 'SQLITE_BUSY')],
    ['not an error object', 'ECONNREFUSED'],
    ['null', null],
  ])('%s → not lost', (_name, e) => expect(isConnectionLost(e)).toBe(false))

  it('a unique clash stays a CONFLICT, not a lost server', () => {
    expect(isUniqueViolation(err('duplicate', '23505'))).toBe(true)
  })
})
