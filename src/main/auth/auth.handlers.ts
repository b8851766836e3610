import { AppError } from '../../shared/api/envelope'
import type { Role } from '../../shared/api/contract'
import type { authCalls, StaffInfo } from '../../shared/auth/auth.api'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, nowIso } from '../core/context'
import { writeAudit } from '../audit/audit.repo'
import { getSetting, setSetting } from '../settings/settings.repo'
import { burnPasswordCheck, hashPassword, verifyPassword } from './password'

export const MAX_FAILED_ATTEMPTS = 5
export const LOCK_MINUTES = 5

export const loginKey = (login: string): string => login.trim().toLowerCase()

function info(r: { id: number; name: string; login: string; role: string }): StaffInfo {
  return { id: r.id, name: r.name, login: r.login, role: r.role as Role }
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
        if (any) throw new AppError('CONFLICT', 'errors.alreadySetUp')
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
      if (row.locked_until && row.locked_until > now.toISOString()) {
        const minutes = Math.max(1, Math.ceil((Date.parse(row.locked_until) - now.getTime()) / 60000))
        throw new AppError('LOCKED', 'errors.accountLocked', { minutes })
      }
      const good = await verifyPassword(input.password, row.password_hash)
      if (!good) {
        const attempts = row.failed_attempts + 1
        const lock = attempts >= MAX_FAILED_ATTEMPTS
        await db.transaction().execute(async (trx) => {
          await trx
            .updateTable('staff')
            .set({
              failed_attempts: lock ? 0 : attempts,
              locked_until: lock
                ? new Date(now.getTime() + LOCK_MINUTES * 60000).toISOString()
                : row.locked_until,
            })
            .where('id', '=', row.id)
            .execute()
          await writeAudit(trx, {
            at: now.toISOString(),
            staffId: row.id,
            action: lock ? 'signin.locked' : 'signin.failed',
            entity: 'session',
            entityId: row.id,
          })
        })
        if (lock) throw new AppError('LOCKED', 'errors.accountLocked', { minutes: LOCK_MINUTES })
        throw new AppError('BAD_CREDENTIALS', 'errors.badCredentials', {
          left: MAX_FAILED_ATTEMPTS - attempts,
        })
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
