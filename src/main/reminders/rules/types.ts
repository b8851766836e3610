import type { Dbx } from '../../trips/trips.repo'
import type { ReminderKind } from '../../../shared/reminders/reminder.types'
import type { ReminderSettings } from '../../../shared/reminders/reminder-settings'

export type Subject = 'customer' | 'trip' | 'guide' | 'supplier' | 'complaint'

/** One occurrence a rule wants to exist. sourceKey names it for good (see migration 0008). */
export interface Occurrence {
  kind: ReminderKind
  sourceKey: string
  /** the day the thing happens (birthday, departure, expiry) */
  eventDay: string
  /** the day the desk should act: eventDay moved by the rule's lead time */
  due: string
  /** the day it is created when the window reaches it, if earlier than due (festivals spread their rows) */
  createOn?: string
  subject: Subject
  subjectId: number
  customerId: number | null
  tripId: number | null
  assigneeId: number | null
  detail: Record<string, string | number>
}

export interface RuleEnv {
  db: Dbx
  settings: ReminderSettings
  today: string
}

/**
 * A reminder rule. The engine asks it two things: which subjects may have occurrences due in a
 * window (the daily scan, which must stay cheap at 100k customers), and every occurrence of some
 * subjects (after a change to them: the engine inserts what is new, moves what moved and dismisses
 * what no longer applies). A feature adds a rule by writing one of these and listing it in
 * rules/index.ts.
 */
export interface Rule {
  kind: ReminderKind
  subject: Subject
  /**
   * true: occurrencesOf lists all of a subject's occurrences whatever the window (trips); false:
   * only those due in the window (yearly greetings), so rows outside it are left alone
   */
  complete: boolean
  candidates(env: RuleEnv, from: string, to: string): Promise<number[]>
  occurrencesOf(env: RuleEnv, ids: number[], from: string, to: string): Promise<Occurrence[]>
}

/** Splits id lists so `in (...)` stays under both stores' parameter limits. */
export function chunks<T>(items: T[], size = 500): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export const inWindow = (day: string, from: string, to: string): boolean => day >= from && day <= to
