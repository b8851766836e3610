import { reminderKinds } from '../../../shared/reminders/reminder.types'
import type { ReminderKind, ReminderLists, ReminderView } from '../../../shared/reminders/reminder.types'

export const buckets = ['overdue', 'today', 'upcoming'] as const
export type Bucket = (typeof buckets)[number]

export interface KindGroup {
  kind: ReminderKind
  rows: ReminderView[]
}

export interface BucketGroups {
  bucket: Bucket
  count: number
  groups: KindGroup[]
}

/**
 * The home screen's order: buckets overdue → today → upcoming; inside each, one group per kind in
 * the registry's order (trips first, then customers, then staff and agency, tasks last) and the
 * rows in the order main sent them (soonest first).
 */
export function groupReminders(lists: ReminderLists): BucketGroups[] {
  return buckets.map((bucket) => {
    const rows = lists[bucket]
    const groups: KindGroup[] = []
    for (const kind of reminderKinds) {
      const of = rows.filter((r) => r.kind === kind)
      if (of.length) groups.push({ kind, rows: of })
    }
    return { bucket, count: rows.length, groups }
  })
}

/** The rows as the keyboard walks them: top to bottom across buckets and groups. */
export function flatRows(groups: BucketGroups[]): ReminderView[] {
  return groups.flatMap((b) => b.groups.flatMap((g) => g.rows))
}

/**
 * After a list refresh, the row to keep selected: the same reminder if it is still listed, else
 * the one that took its place (the next row), so D D D completes a run of reminders in a row.
 */
export function nextSelection(
  before: ReminderView[],
  after: ReminderView[],
  selectedId: number | null,
): number | null {
  if (!after.length) return null
  if (selectedId !== null && after.some((r) => r.id === selectedId)) return selectedId
  const at = selectedId === null ? -1 : before.findIndex((r) => r.id === selectedId)
  if (at < 0) return after[0].id
  // the first row after the old one that is still listed
  for (const r of before.slice(at + 1)) if (after.some((a) => a.id === r.id)) return r.id
  return after[after.length - 1].id
}
