import { useEffect } from 'react'
import type { Envelope } from '../../../shared/api/envelope'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import type { Query } from '../api/hooks'

/**
 * A reminders call kept current: refetched when main says reminders changed (created, handled,
 * fallen due, moved with a trip) and when the customers or trips they name change.
 */
export function useReminderQuery<T>(fn: () => Promise<Envelope<T>>, deps: unknown[]): Query<T> {
  const q = useQuery(fn, deps, ['customer', 'trip', 'staff'])
  const { reload } = q
  useEffect(() => api.on('reminders.changed', () => reload()), [reload])
  return q
}
