import type { StaffRef } from '../customers/customer.types'
import type { TripStatus } from '../trips/trip.schema'

/**
 * What generates a reminder. A feature adds its kind here and registers its rule in main
 * (src/main/reminders/rules/index.ts); complaint and feedback rules will be added the same way.
 */
export const reminderKinds = [
  'departure_notice',
  'return_call',
  'return_visit',
  'document_gap',
  'payment_due',
  'birthday',
  'festival',
  'document_expiry',
  'stay_in_touch',
  'follow_up',
  'guide_licence',
  'supplier_licence',
  'complaint_reply_due',
  'complaint_reply_overdue',
  'complaint_follow_up',
  'manual',
] as const
export type ReminderKind = (typeof reminderKinds)[number]

/** Kinds whose rule has an on/off switch and a lead time in Settings (manual tasks and follow-ups have none). */
export const ruleKinds = [
  'departure_notice',
  'return_call',
  'return_visit',
  'document_gap',
  'birthday',
  'festival',
  'document_expiry',
  'stay_in_touch',
  'guide_licence',
  'supplier_licence',
] as const satisfies readonly ReminderKind[]
export type RuleKind = (typeof ruleKinds)[number]

/** Greetings: only for customers with marketing consent, never for do-not-contact. */
export const greetingKinds = ['birthday', 'festival'] as const satisfies readonly ReminderKind[]

export const festivals = [
  'spring_festival',
  'lantern',
  'dragon_boat',
  'mid_autumn',
  'double_ninth',
  'national_day',
  'new_year',
] as const
export type Festival = (typeof festivals)[number]

export const reminderStatuses = ['open', 'snoozed', 'done', 'dismissed'] as const
export type ReminderStatus = (typeof reminderStatuses)[number]

/** Where a reminder sits on the home screen, decided by main against the agency's calendar day. */
export type ReminderBucket = 'overdue' | 'today' | 'upcoming' | 'closed'

export const snoozeChoices = ['hour', 'tomorrow', 'nextWeek'] as const
export type SnoozeChoice = (typeof snoozeChoices)[number]

/** Why a reminder was dismissed by the engine (a clerk's own dismissal carries their note instead). */
export type DismissReason = 'trip_cancelled' | 'rule_off' | 'no_longer_applies' | 'by_staff'

/** Why a customer gets no greeting; the reminder list says so when asked. */
export type LeftOutReason = 'no_marketing_consent' | 'do_not_contact'

export interface ReminderView {
  id: number
  version: number
  kind: ReminderKind
  /**
   * Facts for the title and detail line, composed by the renderer's i18n
   * (`reminders.title.<kind>`): e.g. { festival: 'mid_autumn' }, { docKind: 'passport', expiry },
   * { offsetDays: 90 }, { age: 70 }, { calendar: 'lunar' }, { months: 6 }.
   */
  detail: Record<string, string | number>
  /** the calendar day it is due (agency time zone) */
  due: string
  /** the day the thing itself happens (birthday, festival, departure, expiry); due is it moved by the lead time */
  eventDay: string | null
  /** the moment it becomes due (ISO); a snoozed reminder shows its snooze end here */
  dueAt: string
  status: ReminderStatus
  bucket: ReminderBucket
  /** fell due while TourDesk was closed (caught up at start) */
  late: boolean
  note: string | null
  /** null: the whole desk (anyone may take it) */
  assignee: StaffRef | null
  customer: { id: number; name: string } | null
  trip: { id: number; code: string; routeName: string; departDate: string; returnDate: string } | null
  guide: { id: number; name: string } | null
  supplier: { id: number; name: string } | null
  /** birthday / festival: the greeting call gives the ready text */
  greeting: boolean
  outcome: string | null
  /** done or dismissed: when and by whom (null staff: by the engine) */
  closedAt: string | null
  closedBy: StaffRef | null
  dismissReason: DismissReason | null
  /** id of the communication logged when it was completed */
  communicationId: number | null
  createdAt: string
  createdBy: StaffRef | null
}

export interface ReminderLists {
  /** the agency's calendar day the buckets were computed for */
  day: string
  overdue: ReminderView[]
  today: ReminderView[]
  upcoming: ReminderView[]
}

export interface ReminderCounts {
  overdue: number
  today: number
  /** overdue + today: what the navigation badge shows */
  badge: number
  /** caught up at the last start and not yet handled */
  late: number
}

export interface WeekTrip {
  id: number
  code: string
  routeName: string
  departDate: string
  returnDate: string
  status: TripStatus
  participants: number
}

export interface WeekBirthday {
  customerId: number
  name: string
  /** the day it is celebrated this time */
  date: string
  calendar: 'solar' | 'lunar'
  /** the age reached that day, when the birth year is known */
  age: number | null
  /** null: a greeting may be sent; otherwise why not */
  leftOut: LeftOutReason | null
}

export interface WeekView {
  from: string
  to: string
  departures: WeekTrip[]
  returns: WeekTrip[]
  birthdays: WeekBirthday[]
}

export interface SubjectReminders {
  /** open and snoozed, soonest first */
  planned: ReminderView[]
  /** done and dismissed, latest first, with who closed them */
  done: ReminderView[]
}

export interface Greeting {
  reminderId: number
  customerId: number
  /** the template with the customer's name, the festival and the agency filled in */
  text: string
}

export interface LeftOutAnswer {
  customerId: number
  /** empty: greetings go to this customer */
  reasons: LeftOutReason[]
}

export interface DesktopOptions {
  /** false where the OS has no login items (the test host, Linux) */
  supported: boolean
  startWithSystem: boolean
}
