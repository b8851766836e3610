import { AppError } from '../../shared/api/envelope'
import type { Role } from '../../shared/api/contract'
import type { staffCalls, StaffView } from '../../shared/staff/staff.api'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, nowIso, notFound } from '../core/context'
import { loadForUpdate } from '../core/load-for-update'
import { updateVersioned } from '../core/update-versioned'
import type { Transaction } from 'kysely'
import type { DB } from '../db/schema'
import { writeAudit } from '../audit/audit.repo'
import { onUniqueClash } from '../db/errors'
import { hashPassword } from '../auth/password'
import { loginKey } from '../auth/auth.handlers'

async function activeAdmins(trx: Transaction<DB>, exceptId: number): Promise<number> {
  const r = await trx
    .selectFrom('staff')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .where('id', '<>', exceptId)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

export function staffHandlers(ctx: Ctx): Handlers<{ staff: typeof staffCalls }>['staff'] {
  const { db } = ctx
  const changed = (id: number) => ctx.events.broadcast('data.changed', { entity: 'staff', id })

  return {
    async list() {
      const rows = await db.selectFrom('staff').selectAll().orderBy('active', 'desc').orderBy('id').execute()
      return rows.map((r): StaffView => ({
        id: r.id,
        name: r.name,
        login: r.login,
        role: r.role as Role,
        active: r.active === 1,
        lastSignInAt: r.last_sign_in_at,
        version: r.version,
      }))
    },

    async create(input, session) {
      const me = actor(session)
      const hash = await hashPassword(input.password)
      const at = nowIso(ctx)
      const id = await db.transaction().execute(async (trx) => {
        const taken = await trx
          .selectFrom('staff')
          .select('id')
          .where('login_key', '=', loginKey(input.login))
          .executeTakeFirst()
        const loginTaken = () =>
          new AppError('VALIDATION', 'errors.validation', undefined, {
            login: { key: 'errors.loginTaken' },
          })
        if (taken) throw loginTaken()
        const row = await onUniqueClash(
          () =>
            trx
              .insertInto('staff')
              .values({
                name: input.name,
                login: input.login,
                login_key: loginKey(input.login),
                password_hash: hash,
                role: input.role,
                created_at: at,
                updated_at: at,
                created_by: me.id,
                updated_by: me.id,
                last_sign_in_at: null,
                locked_until: null,
              })
              .returning('id')
              .executeTakeFirstOrThrow(),
          loginTaken,
        )
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'create',
          entity: 'staff',
          entityId: row.id,
          fields: ['name', 'login', 'role'],
        })
        return row.id
      })
      changed(id)
      return { id }
    },

    async update(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      const version = await db.transaction().execute(async (trx) => {
        const cur = await loadForUpdate(trx, 'staff', input.id, input.version)
        if (cur.role === 'admin' && input.role !== 'admin' && (await activeAdmins(trx, cur.id)) === 0) {
          throw new AppError('VALIDATION', 'errors.validation', undefined, {
            role: { key: 'errors.lastAdmin' },
          })
        }
        const fields = [cur.name !== input.name && 'name', cur.role !== input.role && 'role'].filter(
          Boolean,
        ) as string[]
        const version = await updateVersioned(trx, 'staff', cur.id, input.version, {
          name: input.name,
          role: input.role,
          updated_at: at,
          updated_by: me.id,
        })
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'update',
          entity: 'staff',
          entityId: cur.id,
          fields,
        })
        return version
      })
      if (input.id === me.id) session.staff = { ...me, name: input.name, role: input.role }
      changed(input.id)
      return { version }
    },

    async resetPassword(input, session) {
      const me = actor(session)
      const hash = await hashPassword(input.password)
      const at = nowIso(ctx)
      await db.transaction().execute(async (trx) => {
        const r = await trx
          .updateTable('staff')
          .set((eb) => ({
            password_hash: hash,
            failed_attempts: 0,
            locked_until: null,
            updated_at: at,
            updated_by: me.id,
            version: eb('version', '+', 1),
          }))
          .where('id', '=', input.id)
          .executeTakeFirst()
        if (Number(r.numUpdatedRows) === 0) throw notFound()
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: 'password.reset',
          entity: 'staff',
          entityId: input.id,
          fields: ['password'],
        })
      })
      changed(input.id)
      return null
    },

    async setActive(input, session) {
      const me = actor(session)
      const at = nowIso(ctx)
      if (input.id === me.id && !input.active) {
        throw new AppError('VALIDATION', 'errors.validation', undefined, {
          active: { key: 'errors.cannotDeactivateSelf' },
        })
      }
      const version = await db.transaction().execute(async (trx) => {
        const cur = await loadForUpdate(trx, 'staff', input.id, input.version)
        if (!input.active && cur.role === 'admin' && (await activeAdmins(trx, cur.id)) === 0) {
          throw new AppError('VALIDATION', 'errors.validation', undefined, {
            active: { key: 'errors.lastAdmin' },
          })
        }
        const version = await updateVersioned(trx, 'staff', cur.id, input.version, {
          active: input.active ? 1 : 0,
          updated_at: at,
          updated_by: me.id,
        })
        await writeAudit(trx, {
          at,
          staffId: me.id,
          action: input.active ? 'activate' : 'deactivate',
          entity: 'staff',
          entityId: cur.id,
          fields: ['active'],
        })
        return version
      })
      changed(input.id)
      return { version }
    },
  }
}
