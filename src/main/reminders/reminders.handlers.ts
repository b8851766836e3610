import type { ApiContract } from '../../shared/api/registry'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { actor, nowIso, stale } from '../core/context'
import { AppError } from '../../shared/api/envelope'
import type { Role } from '../../shared/api/contract'
import { addDays, dayIn } from '../../shared/common/dates'
import type { LeftOutReason, ReminderLists, SubjectReminders } from '../../shared/reminders/reminder.types'
import type { ReminderEngine } from './engine'
import { reminderQuery, toView } from './reminders.repo'
import {
  completeReminder,
  dismissReminder,
  insertTask,
  requireReminder,
  snoozeReminder,
} from './reminder-actions'
import { loadReminderSettings, saveReminderSettings } from './reminder-settings.repo'
import { applySettingsChange } from './settings-change'
import { greetingFor } from './greeting'
import { weekView } from './week'

const BUCKET_LIMIT = 200

/** Reasons a customer gets no greetings; empty when they do. */
export function leftOutReasons(c: { marketing_consent: number; do_not_contact: number }): LeftOutReason[] {
  const out: LeftOutReason[] = []
  if (c.do_not_contact === 1) out.push('do_not_contact')
  if (c.marketing_consent !== 1) out.push('no_marketing_consent')
  return out
}

export function reminderHandlers(ctx: Ctx, engine: ReminderEngine): Handlers<ApiContract>['reminders'] {
  const { db } = ctx
  const today = () => dayIn(ctx.clock())
  const changed = () => ctx.events.broadcast('reminders.changed', {})

  /** A recurring reminder handled: its rule places the next slot (from this one, not from today). */
  async function nextSlot(customerId: number | null): Promise<void> {
    if (customerId !== null) await engine.subjectsChanged('customer', [customerId])
  }

  async function ofSubject(column: 'customer_id' | 'trip_id', id: number): Promise<SubjectReminders> {
    await engine.idle()
    const rows = await reminderQuery(db)
      .where(`r.${column}`, '=', id)
      .orderBy('r.due')
      .orderBy('r.id')
      .execute()
    const views = rows.map((r) => toView(r, today()))
    return {
      planned: views.filter((v) => v.bucket !== 'closed'),
      done: views.filter((v) => v.bucket === 'closed').reverse(),
    }
  }

  return {
    async list(input, session) {
      const me = actor(session)
      if (input.scope === 'all' && me.role === 'frontdesk')
        throw new AppError('FORBIDDEN', 'errors.forbidden')
      await engine.materialise()
      const day = today()
      let q = reminderQuery(db).where('r.status', 'in', ['open', 'snoozed'])
      if (input.scope === 'mine') {
        q = q.where((eb) => eb.or([eb('r.assignee_id', '=', me.id), eb('r.assignee_id', 'is', null)]))
      } else if (input.staffId) {
        q = q.where('r.assignee_id', '=', input.staffId)
      }
      if (input.kinds.length) q = q.where('r.kind', 'in', input.kinds)
      if (input.customerId) q = q.where('r.customer_id', '=', input.customerId)
      if (input.tripId) q = q.where('r.trip_id', '=', input.tripId)
      if (input.lateOnly) q = q.where('r.late', '=', 1)
      const [overdue, dueToday, upcoming] = await Promise.all([
        q.where('r.due', '<', day).orderBy('r.due').orderBy('r.id').limit(BUCKET_LIMIT).execute(),
        q.where('r.due', '=', day).orderBy('r.due_at').orderBy('r.id').limit(BUCKET_LIMIT).execute(),
        q
          .where('r.due', '>', day)
          .where('r.due', '<=', addDays(day, input.horizonDays))
          .orderBy('r.due')
          .orderBy('r.id')
          .limit(BUCKET_LIMIT)
          .execute(),
      ])
      const view = (rows: typeof overdue) => rows.map((r) => toView(r, day))
      const lists: ReminderLists = {
        day,
        overdue: view(overdue),
        today: view(dueToday),
        upcoming: view(upcoming),
      }
      return lists
    },

    async counts(_input, session) {
      const me = actor(session)
      await engine.materialise()
      const day = today()
      const rows = await db
        .selectFrom('reminders')
        .select((eb) => [
          eb.fn.countAll<number>().filterWhere('due', '<', day).as('overdue'),
          eb.fn.countAll<number>().filterWhere('due', '=', day).as('today'),
          eb.fn.countAll<number>().filterWhere('late', '=', 1).as('late'),
        ])
        .where('status', 'in', ['open', 'snoozed'])
        .where('due', '<=', day)
        .where((eb) => eb.or([eb('assignee_id', '=', me.id), eb('assignee_id', 'is', null)]))
        .executeTakeFirstOrThrow()
      const overdue = Number(rows.overdue)
      const dueToday = Number(rows.today)
      return { overdue, today: dueToday, badge: overdue + dueToday, late: Number(rows.late) }
    },

    week: () => weekView(db, today()),

    async complete(input, session) {
      const me = actor(session)
      const r = await completeReminder(db, input, me.id, nowIso(ctx))
      const row = await requireReminder(db, input.id)
      if (r.communicationId !== null && row.customer_id !== null) {
        // the new log entry shows on the profile, and restarts "stay in touch" (the watcher reconciles)
        ctx.events.broadcast('data.changed', { entity: 'customer', id: row.customer_id })
      } else {
        await nextSlot(row.customer_id)
      }
      changed()
      return r
    },

    async snooze(input) {
      const r = await snoozeReminder(db, input, ctx.clock())
      changed()
      return r
    },

    async dismiss(input, session) {
      const r = await dismissReminder(db, input, actor(session).id, nowIso(ctx))
      await nextSlot((await requireReminder(db, input.id)).customer_id)
      changed()
      return r
    },

    async createTask(input, session) {
      const me = actor(session)
      const id = await db
        .transaction()
        .execute((trx) => insertTask(trx, { kind: 'manual', ...input, createdBy: me.id, now: nowIso(ctx) }))
      changed()
      return { id }
    },

    async colleagues() {
      const rows = await db
        .selectFrom('staff')
        .select(['id', 'name', 'role'])
        .where('active', '=', 1)
        .orderBy('name')
        .orderBy('id')
        .execute()
      return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as Role }))
    },

    ofCustomer: (input) => ofSubject('customer_id', input.customerId),
    ofTrip: (input) => ofSubject('trip_id', input.tripId),

    greeting: (input) => greetingFor(db, input.id),

    async whyLeftOut(input) {
      const c = await db
        .selectFrom('customers')
        .select(['marketing_consent', 'do_not_contact'])
        .where('id', '=', input.customerId)
        .executeTakeFirst()
      if (!c) throw new AppError('NOT_FOUND', 'errors.notFound')
      return { customerId: input.customerId, reasons: leftOutReasons(c) }
    },

    async stayInTouch(input) {
      const row = await db
        .selectFrom('reminder_flags')
        .select('stay_in_touch')
        .where('customer_id', '=', input.customerId)
        .executeTakeFirst()
      return { enabled: row?.stay_in_touch === 1 }
    },

    async setStayInTouch(input) {
      const c = await db
        .selectFrom('customers')
        .select('id')
        .where('id', '=', input.customerId)
        .executeTakeFirst()
      if (!c) throw new AppError('NOT_FOUND', 'errors.notFound')
      const on = input.enabled ? 1 : 0
      const at = nowIso(ctx)
      // marking again a customer already marked keeps the day the count started
      await db
        .insertInto('reminder_flags')
        .values({ customer_id: input.customerId, stay_in_touch: on, marked_at: at })
        .onConflict((oc) =>
          oc
            .column('customer_id')
            .doUpdateSet({ stay_in_touch: on, marked_at: at })
            .where('reminder_flags.stay_in_touch', '!=', on),
        )
        .execute()
      await engine.subjectsChanged('customer', [input.customerId])
      return { enabled: input.enabled }
    },

    settings: () => loadReminderSettings(db),

    async updateSettings(input) {
      const saved = await db.transaction().execute(async (trx) => {
        const current = await loadReminderSettings(trx)
        const next = { ...input, version: input.version + 1 }
        if (!(await saveReminderSettings(trx, { ...current, version: input.version }, next))) throw stale()
        return { current, next }
      })
      await applySettingsChange(engine, db, saved.current, saved.next, nowIso(ctx), today())
      changed()
      return saved.next
    },

    desktopOptions: async () => ctx.effects.desktop?.get() ?? { supported: false, startWithSystem: false },
    async setDesktopOptions(input) {
      if (!ctx.effects.desktop) return { supported: false, startWithSystem: false }
      return ctx.effects.desktop.setStartWithSystem(input.startWithSystem)
    },
  }
}
