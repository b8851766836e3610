import fs from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { PASSWORD, harness } from './harness'
import type { Harness } from './harness'
import { openApp } from '../../src/main/app'
import { auditRows } from './fixtures'

let h: Harness
afterEach(async () => {
  await h.close()
})

const signIn = (login: string, password: string) =>
  h.call('auth.signIn', { login, password }, h.app.newSession())

describe('setup', () => {
  it('a fresh install needs setup; setup signs the administrator in and can only run once', async () => {
    h = await harness({ setup: false })
    const s = h.app.newSession()
    expect(await h.must('auth.status', {}, s)).toEqual({
      setupDone: false,
      agencyName: null,
      language: 'zh-CN',
      lastLogin: null,
      staff: null,
    })
    expect(await h.call('customers.search', {}, s)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
    const admin = await h.must(
      'auth.setup',
      { agencyName: ' 山水国旅 ', adminName: '王经理', login: 'boss', password: PASSWORD },
      s,
    )
    expect(admin).toEqual({ id: 1, name: '王经理', login: 'boss', role: 'admin' })
    expect(await h.must('auth.status', {}, s)).toMatchObject({
      setupDone: true,
      agencyName: '山水国旅',
      staff: admin,
    })
    const again = await h.call(
      'auth.setup',
      { agencyName: '别家', adminName: '黑客', login: 'evil', password: PASSWORD },
      h.app.newSession(),
    )
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', msg: { key: 'errors.alreadySetUp' } },
    })
    expect((await h.must('auth.status', {}, s)).agencyName).toBe('山水国旅')
    expect(await signIn('evil', PASSWORD)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } })
  })
})

describe('sign-in', () => {
  it('a wrong password is refused and says how many attempts are left', async () => {
    h = await harness()
    const s = h.app.newSession()
    const r = await h.call('auth.signIn', { login: 'admin', password: 'wrong-password' }, s)
    expect(r).toEqual({
      ok: false,
      error: { code: 'BAD_CREDENTIALS', msg: { key: 'errors.badCredentials', params: { left: 4 } } },
    })
    expect((await h.must('auth.status', {}, s)).staff).toBeNull()
  })

  it('an unknown login is refused like a wrong password, revealing nothing', async () => {
    h = await harness()
    expect(await signIn('nobody', PASSWORD)).toEqual({
      ok: false,
      error: { code: 'BAD_CREDENTIALS', msg: { key: 'errors.badCredentials' } },
    })
  })

  it('login is case-insensitive and trimmed', async () => {
    h = await harness()
    expect(await signIn('  ADMIN ', PASSWORD)).toMatchObject({ ok: true, value: { login: 'admin' } })
  })

  it('5 wrong passwords lock the account; the right one is refused until the lock expires', async () => {
    h = await harness()
    const lefts = []
    for (let i = 0; i < 4; i++) {
      const r = await signIn('admin', `wrong-${i}-password`)
      lefts.push(!r.ok && r.error.code === 'BAD_CREDENTIALS' ? r.error.msg.params?.left : r)
    }
    expect(lefts).toEqual([4, 3, 2, 1])
    expect(await signIn('admin', 'wrong-5-password')).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', msg: { key: 'errors.accountLocked', params: { minutes: 5 } } },
    })
    expect(await signIn('admin', PASSWORD)).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    h.clock.now = new Date(h.clock.now.getTime() + 4 * 60_000 + 30_000)
    expect(await signIn('admin', PASSWORD)).toMatchObject({
      ok: false,
      error: { code: 'LOCKED', msg: { params: { minutes: 1 } } },
    })
    h.clock.now = new Date(h.clock.now.getTime() + 31_000)
    expect(await signIn('admin', PASSWORD)).toMatchObject({ ok: true, value: { login: 'admin' } })
    const actions = (await auditRows(h.app.db)).map((a) => a.action).filter((a) => a.startsWith('signin'))
    expect(actions).toEqual([...Array(4).fill('signin.failed'), 'signin.locked', 'signin'])
    // the counter starts again after a good sign-in
    expect(await signIn('admin', 'wrong-again-pw')).toMatchObject({ error: { msg: { params: { left: 4 } } } })
  })

  it('sign-out ends the session', async () => {
    h = await harness()
    await h.must('auth.signOut', {})
    expect((await h.must('auth.status', {})).staff).toBeNull()
    expect(await h.call('customers.tags', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    })
  })
})

describe('secrets', () => {
  it('no auth or staff response carries a password or its hash', async () => {
    h = await harness({ setup: false })
    const NEW = 'brand-new-password-7'
    const RESET = 'reset-by-admin-pw-3'
    const responses: unknown[] = []
    const keep = async (channel: string, input: unknown, s = h.admin) => {
      const r = await h.call(channel, input, s)
      responses.push(r)
      return r
    }
    await keep('auth.setup', { agencyName: '山水', adminName: '王', login: 'admin', password: PASSWORD })
    await keep('auth.status', {})
    await keep('auth.signIn', { login: 'admin', password: PASSWORD }, h.app.newSession())
    await keep('auth.signIn', { login: 'admin', password: 'nearly-right-pw' }, h.app.newSession())
    await keep('staff.create', { name: '小李', login: 'xiaoli', role: 'frontdesk', password: NEW })
    await keep('staff.resetPassword', { id: 2, password: RESET })
    await keep('staff.update', { id: 2, version: 2, name: '小李', role: 'manager' })
    await keep('staff.setActive', { id: 2, version: 3, active: true })
    await keep('staff.list', {})
    await keep('auth.changePassword', { current: 'not-my-password', next: NEW })
    await keep('auth.changePassword', { current: PASSWORD, next: 'short' })
    await keep('auth.changePassword', { current: PASSWORD, next: NEW })
    await keep('auth.status', {})
    expect(responses.filter((r) => (r as { ok: boolean }).ok)).toHaveLength(10)

    const hashes = (await h.app.db.selectFrom('staff').select('password_hash').execute()).map(
      (r) => r.password_hash,
    )
    const json = JSON.stringify(responses)
    for (const secret of [PASSWORD, NEW, RESET, 'nearly-right-pw', 'not-my-password', ...hashes]) {
      expect(json).not.toContain(secret)
    }
    expect(json).not.toMatch(/scrypt|password_?hash/i)
    // stored as scrypt hashes, never as the password itself
    for (const hash of hashes) {
      expect(hash).toMatch(/^scrypt\$/)
      expect(hash).not.toContain(NEW)
    }
  })
})

describe('remembered settings', () => {
  it('last login and language survive a restart; setLanguage needs no session', async () => {
    h = await harness()
    await h.signedIn('frontdesk', 'xiaoli')
    const anon = h.app.newSession()
    expect(await h.call('auth.setLanguage', { language: 'fr' }, anon)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { language: { key: 'errors.invalidChoice' } } },
    })
    await h.must('auth.setLanguage', { language: 'en' }, anon)
    expect(await h.must('auth.status', {}, anon)).toMatchObject({ language: 'en', lastLogin: 'xiaoli' })

    await h.app.close()
    const reopened = await openApp(h.location)
    try {
      const r = await reopened.dispatch('auth.status', {}, reopened.newSession())
      expect(r).toEqual({
        ok: true,
        value: { setupDone: true, agencyName: '山水国旅', language: 'en', lastLogin: 'xiaoli', staff: null },
      })
    } finally {
      await reopened.close()
      fs.rmSync(h.dir, { recursive: true, force: true })
      h = { close: async () => {} } as Harness
    }
  })
})

describe('changePassword', () => {
  it('needs the current password; afterwards only the new one works', async () => {
    h = await harness()
    const NEW = 'brand-new-password-7'
    expect(await h.call('auth.changePassword', { current: 'wrong-password', next: NEW })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { current: { key: 'errors.wrongPassword' } } },
    })
    expect(await h.call('auth.changePassword', { current: PASSWORD, next: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { next: { key: 'errors.passwordShort', params: { min: 8 } } } },
    })
    expect(await signIn('admin', PASSWORD)).toMatchObject({ ok: true })
    await h.must('auth.changePassword', { current: PASSWORD, next: NEW })
    expect(await signIn('admin', PASSWORD)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } })
    expect(await signIn('admin', NEW)).toMatchObject({ ok: true })
    const change = (await auditRows(h.app.db)).find((a) => a.action === 'password.change')!
    expect(JSON.parse(change.fields)).toEqual(['password'])
  })
})
