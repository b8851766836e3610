import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Session } from '../../src/main/app'
import type { Role } from '../../src/shared/api/contract'
import type { GuideView } from '../../src/shared/trips/trip.types'
import { harness } from './harness'
import type { Harness } from './harness'
import { auditRows, dbFingerprint } from './fixtures'

const PASSPORT = 'EA1234567'
const PERMIT = 'C12345678'

/** Tour leaders' passport and permit numbers: masked in main for every role, revealed only audited. */
describe('guides’ passport and permit numbers', () => {
  let h: Harness
  let id: number
  const as = {} as Record<Role, Session>
  beforeAll(async () => {
    h = await harness()
    as.admin = h.admin
    as.manager = await h.signedIn('manager')
    as.frontdesk = await h.signedIn('frontdesk')
    id = (
      await h.must<{ id: number }>('guides.create', {
        name: '李领队',
        roles: ['tour_leader'],
        passportNo: PASSPORT,
        permitNo: PERMIT,
      })
    ).id
  })
  afterAll(async () => {
    await h.close()
  })

  it.each(['admin', 'manager', 'frontdesk'] as const)(
    'are sent masked to %s, in the list and the detail',
    async (role) => {
      const list = await h.must<GuideView[]>('guides.list', { q: '' }, as[role])
      const detail = await h.must<GuideView>('guides.get', { id }, as[role])
      for (const g of [list.find((x) => x.id === id)!, detail]) {
        expect(g).toMatchObject({ passportNoMasked: 'E*****567', permitNoMasked: 'C*****678' })
        expect(g).not.toHaveProperty('passportNo')
      }
      const sent = JSON.stringify([list, detail])
      expect(sent).not.toContain(PASSPORT)
      expect(sent).not.toContain(PERMIT)
      expect(sent).not.toContain('1234')
    },
  )

  it('are not found by searching for them', async () => {
    for (const q of [PASSPORT, PERMIT, '12345', '567']) {
      expect(await h.must<GuideView[]>('guides.list', { q }), q).toEqual([])
    }
  })

  it('are revealed to a manager or an administrator, and every reveal is audited', async () => {
    for (const role of ['manager', 'admin'] as const) {
      const before = (await auditRows(h.app.db)).length
      expect(await h.must('guides.revealDocuments', { id }, as[role])).toEqual({
        passportNo: PASSPORT,
        permitNo: PERMIT,
      })
      const rows = await auditRows(h.app.db)
      expect(rows).toHaveLength(before + 1)
      expect(rows.at(-1)).toMatchObject({
        staff_id: as[role].staff!.id,
        action: 'reveal',
        entity: 'guide',
        entity_id: id,
        fields: JSON.stringify(['passportNo', 'permitNo']),
      })
      // the audit log names what was seen, never the values
      expect(JSON.stringify(rows.at(-1))).not.toContain('1234')
    }
  })

  it('are refused to the front desk, leaving the database and the audit log as they were', async () => {
    const before = await dbFingerprint(h.app.db)
    expect(await h.call('guides.revealDocuments', { id }, as.frontdesk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })

  it('a reveal of a guide that does not exist is NOT_FOUND and audits nothing', async () => {
    const before = await dbFingerprint(h.app.db)
    expect(await h.call('guides.revealDocuments', { id: 999_999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(await dbFingerprint(h.app.db)).toBe(before)
  })

  it('an edit that leaves the numbers out keeps them; a new number replaces, null clears', async () => {
    const g = await h.must<GuideView>('guides.get', { id })
    const edit = { name: g.name, roles: g.roles, id, notes: '常走港澳' }
    const v2 = await h.must<{ version: number }>(
      'guides.update',
      { ...edit, version: g.version },
      as.frontdesk,
    )
    expect(await h.must('guides.revealDocuments', { id })).toEqual({ passportNo: PASSPORT, permitNo: PERMIT })
    const update = (await auditRows(h.app.db)).filter((r) => r.action === 'update').at(-1)
    expect(JSON.parse(update!.fields)).toEqual(['notes'])

    const v3 = await h.must<{ version: number }>('guides.update', {
      ...edit,
      version: v2.version,
      passportNo: 'EB7654321',
      permitNo: null,
    })
    expect(await h.must('guides.revealDocuments', { id })).toEqual({
      passportNo: 'EB7654321',
      permitNo: null,
    })
    await h.must('guides.update', { ...edit, version: v3.version, passportNo: '' })
    expect(await h.must('guides.revealDocuments', { id })).toEqual({ passportNo: null, permitNo: null })
    expect(await h.must<GuideView>('guides.get', { id })).toMatchObject({
      passportNoMasked: null,
      permitNoMasked: null,
    })
  })
})
