import type { Dbx } from '../trips/trips.repo'
import type {
  DismissReason,
  ReminderBucket,
  ReminderKind,
  ReminderStatus,
  ReminderView,
} from '../../shared/reminders/reminder.types'
import { greetingKinds } from '../../shared/reminders/reminder.types'

/** The reminder rows with every name a view shows, joined once. */
export function reminderQuery(db: Dbx) {
  return db
    .selectFrom('reminders as r')
    .leftJoin('customers as c', 'c.id', 'r.customer_id')
    .leftJoin('trips as t', 't.id', 'r.trip_id')
    .leftJoin('guides as g', 'g.id', 'r.guide_id')
    .leftJoin('suppliers as s', 's.id', 'r.supplier_id')
    .leftJoin('staff as a', 'a.id', 'r.assignee_id')
    .leftJoin('staff as cb', 'cb.id', 'r.closed_by')
    .leftJoin('staff as cr', 'cr.id', 'r.created_by')
    .select([
      'r.id',
      'r.version',
      'r.kind',
      'r.detail',
      'r.due',
      'r.event_day',
      'r.due_at',
      'r.status',
      'r.late',
      'r.note',
      'r.outcome',
      'r.closed_at',
      'r.dismiss_reason',
      'r.communication_id',
      'r.created_at',
      'r.customer_id',
      'r.trip_id',
      'r.guide_id',
      'r.supplier_id',
      'r.assignee_id',
      'r.closed_by',
      'r.created_by',
      'c.name as customer_name',
      't.code as trip_code',
      't.route_name as trip_route',
      't.depart_date as trip_depart',
      't.return_date as trip_return',
      'g.name as guide_name',
      's.name as supplier_name',
      'a.name as assignee_name',
      'cb.name as closed_by_name',
      'cr.name as created_by_name',
    ])
}

export type ReminderRowFull = Awaited<ReturnType<ReturnType<typeof reminderQuery>['execute']>>[number]

export function bucketOf(status: string, due: string, today: string): ReminderBucket {
  if (status === 'done' || status === 'dismissed') return 'closed'
  return due < today ? 'overdue' : due === today ? 'today' : 'upcoming'
}

const ref = (id: number | null, name: string | null) => (id !== null && name !== null ? { id, name } : null)

export function toView(r: ReminderRowFull, today: string): ReminderView {
  const kind = r.kind as ReminderKind
  return {
    id: r.id,
    version: r.version,
    kind,
    detail: JSON.parse(r.detail) as Record<string, string | number>,
    due: r.due,
    eventDay: r.event_day,
    dueAt: r.due_at,
    status: r.status as ReminderStatus,
    bucket: bucketOf(r.status, r.due, today),
    late: r.late === 1,
    note: r.note,
    assignee: ref(r.assignee_id, r.assignee_name),
    customer: ref(r.customer_id, r.customer_name),
    trip:
      r.trip_id !== null && r.trip_code !== null
        ? {
            id: r.trip_id,
            code: r.trip_code,
            routeName: r.trip_route ?? '',
            departDate: r.trip_depart ?? '',
            returnDate: r.trip_return ?? '',
          }
        : null,
    guide: ref(r.guide_id, r.guide_name),
    supplier: ref(r.supplier_id, r.supplier_name),
    greeting: (greetingKinds as readonly string[]).includes(kind),
    outcome: r.outcome,
    closedAt: r.closed_at,
    closedBy: ref(r.closed_by, r.closed_by_name),
    dismissReason: r.dismiss_reason as DismissReason | null,
    communicationId: r.communication_id,
    createdAt: r.created_at,
    createdBy: ref(r.created_by, r.created_by_name),
  }
}

export const openStatuses = ['open', 'snoozed'] as const

/**
 * The due-scan's one query (index reminders_status_due): open and snoozed rows of a staff member
 * (or of the whole desk) whose moment fell in (since, now], not yet delivered to them.
 */
export function dueFor(db: Dbx, staffId: number, since: string, now: string) {
  return db
    .selectFrom('reminders as r')
    .leftJoin('customers as c', 'c.id', 'r.customer_id')
    .leftJoin('trips as t', 't.id', 'r.trip_id')
    .select([
      'r.id',
      'r.kind',
      'r.due',
      'r.due_at',
      'r.note',
      'r.customer_id',
      'r.trip_id',
      'c.name',
      't.code',
    ])
    .where('r.status', 'in', ['open', 'snoozed'])
    .where('r.due_at', '>', since)
    .where('r.due_at', '<=', now)
    .where((eb) => eb.or([eb('r.assignee_id', '=', staffId), eb('r.assignee_id', 'is', null)]))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('reminder_deliveries as d')
            .select('d.id')
            .whereRef('d.reminder_id', '=', 'r.id')
            .whereRef('d.occurrence', '=', 'r.due_at')
            .where('d.staff_id', '=', staffId),
        ),
      ),
    )
    .orderBy('r.due_at')
    .execute()
}
