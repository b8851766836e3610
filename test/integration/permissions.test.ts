import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { PASSWORD, harness } from './harness'
import type { Harness } from './harness'
import type { Session } from '../../src/main/app'
import { contract } from '../../src/shared/api/registry'
import type { Access, CallDef, Role } from '../../src/shared/api/contract'
import { ID_X, auditRows, createCustomer } from './fixtures'

type Who = Role | 'none'
const everyone: Who[] = ['admin', 'manager', 'frontdesk', 'none']

function expected(access: Access, who: Who): 'UNAUTHENTICATED' | 'FORBIDDEN' | 'allowed' {
  if (access === 'public') return 'allowed'
  if (who === 'none') return 'UNAUTHENTICATED'
  if (access === 'any') return 'allowed'
  return access.includes(who) ? 'allowed' : 'FORBIDDEN'
}

// Derived from the contract: a new call is covered the day it is declared.
const table = Object.entries(contract).flatMap(([ns, calls]) =>
  Object.entries(calls as Record<string, CallDef>).flatMap(([m, def]) =>
    everyone.map((who) => ({
      channel: `${ns}.${m}`,
      who,
      access: def.access,
      want: expected(def.access, who),
    })),
  ),
)

describe('the dispatcher enforces each call’s declared access', () => {
  let h: Harness
  const sessions = {} as Record<Who, Session>
  beforeAll(async () => {
    h = await harness()
    sessions.admin = h.admin
    sessions.manager = await h.signedIn('manager')
    sessions.frontdesk = await h.signedIn('frontdesk')
    sessions.none = h.app.newSession()
  })
  afterAll(async () => {
    await h.close()
  })

  it('covers every call and every kind of access', () => {
    expect(new Set(table.map((t) => t.channel))).toEqual(new Set(h.app.callNames))
    const kinds = new Set(table.map((t) => t.want))
    expect(kinds).toEqual(new Set(['allowed', 'FORBIDDEN', 'UNAUTHENTICATED']))
  })

  // Access is checked before the input is parsed, so a payload no schema accepts shows the decision
  // without running the call: allowed → VALIDATION, refused → UNAUTHENTICATED / FORBIDDEN.
  it.each(table)('$channel as $who → $want', async ({ channel, who, want }) => {
    const r = await h.call(channel, { __accessProbe: true }, sessions[who])
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe(want === 'allowed' ? 'VALIDATION' : want)
  })

  it('an unknown channel is refused for everyone', async () => {
    for (const who of everyone) {
      expect(await h.call('customers.dropAll', {}, sessions[who])).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CALL' },
      })
    }
  })
})

describe('sensitive data by role', () => {
  let h: Harness
  let id: number
  let docId: number
  beforeEach(async () => {
    h = await harness()
    id = await createCustomer(h, {
      name: '王建国',
      healthConsent: true,
      needs: [{ kind: 'health', note: '糖尿病' }],
      documents: [{ kind: 'id_card', number: ID_X }],
    })
    docId = (await h.must('customers.get', { id })).documents[0].id
  })
  afterEach(async () => {
    await h.close()
  })

  it('front desk cannot reveal a document or health notes, nor delete a customer', async () => {
    const fd = await h.signedIn('frontdesk')
    const before = (await auditRows(h.app.db)).length
    for (const [channel, input] of [
      ['customers.revealDocument', { id: docId }],
      ['customers.revealHealth', { id }],
      ['customers.remove', { id }],
    ] as const) {
      expect(await h.call(channel, input, fd)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect((await auditRows(h.app.db)).length).toBe(before)
    const seen = await h.must('customers.get', { id }, fd)
    expect(seen.documents[0].numberMasked).toBe('110***********002X')
    // not even which sensitive need: one 'confidential' in its place (the list does the same)
    expect(seen.needs[0]).toEqual({ kind: 'confidential', note: null, noteHidden: true })
  })

  it('a manager can reveal, and each reveal is audited against the manager', async () => {
    const mgr = await h.signedIn('manager', 'mgr')
    expect(await h.must('customers.revealDocument', { id: docId }, mgr)).toEqual({ number: ID_X })
    expect(await h.must('customers.revealHealth', { id }, mgr)).toEqual([{ kind: 'health', note: '糖尿病' }])
    const mgrId = (await h.must('auth.status', {}, mgr)).staff.id
    const reveals = (await auditRows(h.app.db)).filter((a) => a.action === 'reveal')
    expect(reveals.map((a) => [a.staff_id, a.entity, a.entity_id, JSON.parse(a.fields)])).toEqual([
      [mgrId, 'document', docId, ['number']],
      [mgrId, 'customer', id, ['healthNotes']],
    ])
    expect(await h.call('customers.remove', { id }, mgr)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})

describe('staff administration rules', () => {
  let h: Harness
  beforeEach(async () => {
    h = await harness()
  })
  afterEach(async () => {
    await h.close()
  })
  const staff = async (login: string, as = h.admin) => {
    const rows = await h.must<{ id: number; login: string; version: number; active: boolean; role: Role }[]>(
      'staff.list',
      {},
      as,
    )
    return rows.find((r) => r.login === login)!
  }

  it('an administrator cannot deactivate themself', async () => {
    const me = await staff('admin')
    expect(await h.call('staff.setActive', { id: me.id, version: me.version, active: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { active: { key: 'errors.cannotDeactivateSelf' } } },
    })
    expect((await staff('admin')).active).toBe(true)
  })

  it('the last administrator cannot be demoted; with a second one it can', async () => {
    const me = await staff('admin')
    const demote = { id: me.id, version: me.version, name: '管理员', role: 'manager' }
    expect(await h.call('staff.update', demote)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { role: { key: 'errors.lastAdmin' } } },
    })
    expect((await staff('admin')).role).toBe('admin')
    const second = await h.signedIn('admin', 'admin2')
    await h.must('staff.update', demote)
    expect((await staff('admin', second)).role).toBe('manager')
  })

  it('deactivated staff cannot sign in until reactivated', async () => {
    await h.signedIn('frontdesk', 'xiaoli')
    const s = await staff('xiaoli')
    const { version } = await h.must('staff.setActive', { id: s.id, version: s.version, active: false })
    expect(
      await h.call('auth.signIn', { login: 'xiaoli', password: PASSWORD }, h.app.newSession()),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', msg: { key: 'errors.accountInactive' } },
    })
    await h.must('staff.setActive', { id: s.id, version, active: true })
    await h.must('auth.signIn', { login: 'xiaoli', password: PASSWORD }, h.app.newSession())
  })

  it('a deactivated staff member’s open window is signed out at its next call', async () => {
    const fd = await h.signedIn('frontdesk', 'xiaoli')
    const ended: unknown[] = []
    h.app.events.subscribe(fd, (event, payload) => ended.push([event, payload]))
    const s = await staff('xiaoli')
    await h.must('staff.setActive', { id: s.id, version: s.version, active: false })
    expect(await h.call('customers.search', {}, fd)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
    expect(ended).toContainEqual(['session.ended', { reason: 'deactivated' }])
    expect((await h.must('auth.status', {}, fd)).staff).toBeNull()
  })

  it('a demoted administrator’s open window loses administrator rights at once', async () => {
    const other = await h.signedIn('admin', 'admin2')
    const s = await staff('admin2')
    await h.must('staff.update', { id: s.id, version: s.version, name: '前管理员', role: 'frontdesk' })
    expect(await h.call('staff.list', {}, other)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await h.must('auth.status', {}, other)).staff).toMatchObject({
      role: 'frontdesk',
      name: '前管理员',
    })
  })

  it('a deactivation written by another desk takes effect within seconds, not at the next sign-in', async () => {
    const fd = await h.signedIn('frontdesk', 'xiaozhou')
    expect(await h.call('customers.search', {}, fd)).toMatchObject({ ok: true })
    // written straight into the database, as another desk sharing it would: no event reaches this app
    await h.app.db.updateTable('staff').set({ active: 0 }).where('login', '=', 'xiaozhou').execute()
    h.clock.now = new Date(h.clock.now.getTime() + 6000)
    expect(await h.call('customers.search', {}, fd)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
  })

  it('a login already taken (in any letter case) is refused', async () => {
    const r = await h.call('staff.create', {
      name: '重名',
      login: 'ADMIN',
      role: 'frontdesk',
      password: PASSWORD,
    })
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { login: { key: 'errors.loginTaken' } } },
    })
    expect(await h.must('staff.list', {})).toHaveLength(1)
  })

  it('a stale staff edit is refused', async () => {
    await h.signedIn('frontdesk', 'xiaoli')
    const s = await staff('xiaoli')
    await h.must('staff.update', { id: s.id, version: s.version, name: '小李', role: 'frontdesk' })
    expect(
      await h.call('staff.update', { id: s.id, version: s.version, name: '小李子', role: 'manager' }),
    ).toMatchObject({ ok: false, error: { code: 'STALE' } })
    expect(await staff('xiaoli')).toMatchObject({ role: 'frontdesk' })
  })
})
