import type { Occurrence } from './types'

/** One customer's reminder: shared by the greeting rules and the upkeep rules. */
export const customerOccurrence = (
  kind: Occurrence['kind'],
  c: { id: number; created_by: number | null },
  key: string,
  eventDay: string,
  due: string,
  detail: Record<string, string | number>,
): Occurrence => ({
  kind,
  sourceKey: `${kind}:c${c.id}:${key}`,
  eventDay,
  due,
  subject: 'customer',
  subjectId: c.id,
  customerId: c.id,
  tripId: null,
  // customers have no owner field: the clerk who opened the file looks after them
  assigneeId: c.created_by,
  detail,
})
