import { z } from 'zod'
import { call } from '../api/contract'
import type { Role } from '../api/contract'
import { idSchema, isoDateSchema, optText, versionSchema } from '../common/schemas'
import { channels, directions } from '../customers/customer.schema'
import { reminderSettingsSchema } from './reminder-settings'
import type { ReminderSettings } from './reminder-settings'
import { reminderKinds, snoozeChoices } from './reminder.types'
import type {
  DesktopOptions,
  Greeting,
  LeftOutAnswer,
  ReminderCounts,
  ReminderLists,
  SubjectReminders,
  WeekView,
} from './reminder.types'

const byId = z.object({ id: idSchema }).strict()
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'errors.time')

/** The contact a clerk logs while completing a reminder: written with the completion, in one transaction. */
export const completionLogSchema = z
  .object({
    channel: z.enum(channels),
    direction: z.enum(directions).default('outbound'),
    summary: z.string().trim().min(1, 'errors.required').max(2000, 'errors.tooLong'),
  })
  .strict()

export const reminderListSchema = z
  .object({
    /** mine: assigned to me or to the whole desk; all: everyone's (manager and admin only) */
    scope: z.enum(['mine', 'all']).default('mine'),
    /** with scope 'all': only this colleague's */
    staffId: idSchema.nullish(),
    kinds: z.array(z.enum(reminderKinds)).max(reminderKinds.length).default([]),
    customerId: idSchema.nullish(),
    tripId: idSchema.nullish(),
    /** upcoming: due within this many days after today */
    horizonDays: z.number().int().min(1).max(90).default(7),
    /** only those caught up after TourDesk was closed */
    lateOnly: z.boolean().default(false),
  })
  .strict()

export const taskCreateSchema = z
  .object({
    assigneeId: idSchema,
    due: isoDateSchema,
    /** HH:mm on the agency's clock; none: due from the start of the day */
    time: hhmm.nullish().transform((v) => v ?? null),
    note: z.string().trim().min(1, 'errors.required').max(500, 'errors.tooLong'),
    customerId: idSchema.nullish().transform((v) => v ?? null),
    tripId: idSchema.nullish().transform((v) => v ?? null),
  })
  .strict()

export const reminderCalls = {
  list: call<ReminderLists>()(reminderListSchema, 'any'),
  /** my overdue + today: the navigation badge */
  counts: call<ReminderCounts>()(z.object({}).strict(), 'any'),
  /** departures, returns and birthdays from today through 6 days ahead */
  week: call<WeekView>()(z.object({}).strict(), 'any'),
  complete: call<{ version: number; communicationId: number | null }>()(
    z
      .object({
        id: idSchema,
        version: versionSchema,
        outcome: optText(500),
        /** a customer reminder may log the contact to the customer's communication history */
        log: completionLogSchema.nullish().transform((v) => v ?? null),
      })
      .strict(),
    'any',
  ),
  snooze: call<{ version: number; until: string }>()(
    z.object({ id: idSchema, version: versionSchema, until: z.enum(snoozeChoices) }).strict(),
    'any',
  ),
  dismiss: call<{ version: number }>()(
    z.object({ id: idSchema, version: versionSchema, note: optText(500) }).strict(),
    'any',
  ),
  createTask: call<{ id: number }>()(taskCreateSchema, 'any'),
  /** active staff, by name: whom a task may be assigned to, and the manager's staff filter */
  colleagues: call<{ id: number; name: string; role: Role }[]>()(z.object({}).strict(), 'any'),
  ofCustomer: call<SubjectReminders>()(z.object({ customerId: idSchema }).strict(), 'any'),
  ofTrip: call<SubjectReminders>()(z.object({ tripId: idSchema }).strict(), 'any'),
  /** the ready greeting of a birthday or festival reminder */
  greeting: call<Greeting>()(byId, 'any'),
  /** why a customer gets no greetings (empty reasons: they do) */
  whyLeftOut: call<LeftOutAnswer>()(z.object({ customerId: idSchema }).strict(), 'any'),
  /** customers the agency marks for "stay in touch" every N months */
  stayInTouch: call<{ enabled: boolean }>()(z.object({ customerId: idSchema }).strict(), 'any'),
  setStayInTouch: call<{ enabled: boolean }>()(
    z.object({ customerId: idSchema, enabled: z.boolean() }).strict(),
    'any',
  ),
  settings: call<ReminderSettings>()(z.object({}).strict(), 'any'),
  updateSettings: call<ReminderSettings>()(reminderSettingsSchema, ['admin', 'manager']),
  /** this PC's desktop options (start with the system); not stored in the database */
  desktopOptions: call<DesktopOptions>()(z.object({}).strict(), 'any'),
  setDesktopOptions: call<DesktopOptions>()(z.object({ startWithSystem: z.boolean() }).strict(), 'any'),
}
