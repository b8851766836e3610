import type { EventMap } from '../../../shared/api/events'
import type { ReminderView } from '../../../shared/reminders/reminder.types'

/** Where a reminder's subject opens: the customer's file, else the trip, guide, supplier. */
export function subjectLink(r: ReminderView): string | null {
  // a complaint deadline opens the case (the follow-up call names the customer too)
  if (typeof r.detail.complaintId === 'number') return `/complaints/${r.detail.complaintId}`
  if (r.customer) return `/customers/${r.customer.id}`
  if (r.trip) return `/trips/${r.trip.id}`
  if (r.guide) return `/guides/${r.guide.id}`
  if (r.supplier) return `/suppliers/${r.supplier.id}`
  return null
}

/** Where a clicked desktop notification leads; the digest and plain reminders open the home screen. */
export function openPath(e: EventMap['reminders.open']): string {
  if (e.id === undefined || e.target === 'home' || e.target === 'reminder') return '/home'
  return `/${e.target}s/${e.id}`
}
