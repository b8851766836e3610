import { AppError } from '../../shared/api/envelope'
import type { Role } from '../../shared/api/contract'
import type { authCalls, StaffInfo } from '../../shared/auth/auth.api'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, nowIso } from '../core/context'
import { writeAudit } from '../audit/audit.repo'
import { onUniqueClash } from '../db/errors'
import { failedSignInSet } from '../db/portable'
import { getSetting, setSetting } from '../settings/settings.repo'
import { burnPasswordCheck, hashPassword, verifyPassword } from './password'

export const MAX_FAILED_ATTEMPTS = 5
export const LOCK_MINUTES = 5

export const loginKey = (login: string): string => login.trim().toLowerCase()

function info(r: { id: number; name: string; login: string; role: string }): StaffInfo {
  return { id: r.id, name: r.name, login: r.login, role: r.role as Role }
}

/**
 * Counts one wrong password in a single statement, so attempts made in parallel are all counted
 * (a read-then-write lets five parallel guesses each write "1"). The attempt that reaches the
 * limit sets the lock; later ones while it lasts count on (and are audited) without extending it;
 * the first wrong password after the lock expired starts a new count. Returns this attempt's number.
 */
async function countFailure(ctx: Ctx, staffId: number, now: Date): Promise<number> {
  const at = now.toISOString()
  const until = new Date(now.getTime() + LOCK_MINUTES * 60000).toISOString()
  return ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('staff')
      .set(failedSignInSet(at, until, MAX_FAILED_ATTEMPTS))
      .where('id', '=', staffId)
      .returning('failed_attempts')
      .executeTakeFirstOrThrow()
    await writeAudit(trx, {
      at,
      staffId,
      action: r.failed_attempts === MAX_FAILED_ATTEMPTS ? 'signin.locked' : 'signin.failed',
      entity: 'session',
      entityId: staffId,
    })
    return r.failed_attempts
  })
}

export function authHandlers(ctx: Ctx): Handlers<{ auth: typeof authCalls }>['auth'] {
  const { db } = ctx
  return {
    async status(_input, session) {
      const count = Number(
        (
          await db
            .selectFrom('staff')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
      const language = (await getSetting(db, 'language')) === 'en' ? 'en' : 'zh-CN'
      return {
        setupDone: count > 0,
        agencyName: await getSetting(db, 'agency_name'),
        language,
        lastLogin: await getSetting(db, 'last_login'),
        staff: session.staff ? info(session.staff) : null,
      }
    },

    async setup(input, session) {
      const hash = await hashPassword(input.password)
      const at = nowIso(ctx)
      const staff = await db.transaction().execute(async (trx) => {
        const any = await trx.selectFrom('staff').select('id').limit(1).executeTakeFirst()
        const setUp = () => new AppError('CONFLICT', 'errors.alreadySetUp')
        if (any) throw setUp()
        // Two desks can both see no staff yet: the one that claims this key first sets up, the
        // other clashes and is told setup is done (a plain insert, never an upsert).
        await onUniqueClash(
          () => trx.insertInto('settings').values({ key: 'setup_at', value: at }).execute(),
          setUp,
        )
        await setSetting(trx, 'agency_name', input.agencyName)
        const row = await trx
          .insertInto('staff')
          .values({
            name: input.adminName,
            login: input.login,
            login_key: loginKey(input.login),
            password_hash: hash,
            role: 'admin',
            last_sign_in_at: at,
            created_at: at,
            updated_at: at,
          })
          .returning(['id', 'name', 'login', 'role'])
          .executeTakeFirstOrThrow()
        await trx
          .updateTable('staff')
          .set({ created_by: row.id, updated_by: row.id })
          .where('id', '=', row.id)
          .execute()
        await setSetting(trx, 'last_login', input.login)
        await writeAudit(trx, {
          at,
          staffId: row.id,
          action: 'setup',
          entity: 'staff',
          entityId: row.id,
          fields: ['agencyName', 'name', 'login', 'role'],
        })
        return info(row)
      })
      session.staff = staff
      return staff
    },

    async signIn(input, session) {
      const now = ctx.clock()
      const row = await db
        .selectFrom('staff')
        .selectAll()
        .where('login_key', '=', loginKey(input.login))
        .executeTakeFirst()
      if (!row) {
        await burnPasswordCheck(input.password)
        throw new AppError('BAD_CREDENTIALS', 'errors.badCredentials')
      }
      // The password is checked before the lock is mentioned: a wrong one on a locked account gets
      // the answer an unknown login gets, so a lock does not tell a stranger that the login exists.
      const good = await verifyPassword(input.password, row.password_hash)
      if (!good) {
        const attempts = await countFailure(ctx, row.id, now)
        if (attempts === MAX_FAILED_ATTEMPTS) {
          throw new AppError('LOCKED', 'errors.accountLocked', { minutes: LOCK_MINUTES })
        }
        if (attempts > MAX_FAILED_ATTEMPTS) throw new AppError('BAD_CREDENTIALS', 'errors.badCredentials')
        throw new AppError('BAD_CREDENTIALS', 'errors.badCredentials', {
          left: MAX_FAILED_ATTEMPTS - attempts,
        })
      }
      if (row.locked_until && row.locked_until > now.toISOString()) {
        const minutes = Math.max(1, Math.ceil((Date.parse(row.locked_until) - now.getTime()) / 60000))
        throw new AppError('LOCKED', 'errors.accountLocked', { minutes })
      }
      if (row.active !== 1) throw new AppError('FORBIDDEN', 'errors.accountInactive')
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('staff')
          .set({ failed_attempts: 0, locked_until: null, last_sign_in_at: now.toISOString() })
          .where('id', '=', row.id)
          .execute()
        await setSetting(trx, 'last_login', row.login)
        await writeAudit(trx, {
          at: now.toISOString(),
          staffId: row.id,
          action: 'signin',
          entity: 'session',
          entityId: row.id,
        })
      })
      session.staff = info(row)
      return session.staff
    },

    async signOut(_input, session) {
      const me = actor(session)
      await writeAudit(db, {
        at: nowIso(ctx),
        staffId: me.id,
        action: 'signout',
        entity: 'session',
        entityId: me.id,
      })
      session.staff = null
      return null
    },

    async changePassword(input, session) {
      const me = actor(session)
      const row = await db
        .selectFrom('staff')
        .select('password_hash')
        .where('id', '=', me.id)
        .executeTakeFirstOrThrow()
      if (!(await verifyPassword(input.current, row.password_hash))) {
        throw new AppError('VALIDATION', 'errors.validation', undefined, {
          current: { key: 'errors.wrongPassword' },
        })
      }
      const hash = await hashPassword(input.next)
      const at = nowIso(ctx)
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('staff')
          .set((eb) => ({
            password_hash: hash,
            updated_at: at,
            updated_by: me.id,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', me.id)
          .execute()
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'password.change',
          entity: 'staff',
          entityId: me.id,
          fields: ['password'],
        })
      })
      return null
    },

    async setLanguage(input) {
      await setSetting(db, 'language', input.language)
      return null
    },
  }
}
