import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { EventBus } from '../api/events'
import { addDays, dayIn } from '../../shared/common/dates'
import type { ReminderEngine } from './engine'
import { CATCH_UP_DAYS } from './materialise'

/**
 * Rules read customers, trips, guides and suppliers. Rather than each of those features calling the
 * engine, the engine listens to the data.changed events they already broadcast: a trip's dates
 * moved, its reminders move; cancelled, they are dismissed; a customer's birthday, consent or
 * documents changed, theirs follow (a deleted customer's rows went with the file: foreign keys).
 */
export function watchReminderSubjects(
  events: EventBus,
  engine: ReminderEngine,
  db: Kysely<DB>,
  clock: () => Date,
): void {
  events.observe((event, payload) => {
    if (event !== 'data.changed') return
    const { entity, id } = payload as { entity: string; id?: number }
    const today = dayIn(clock())
    if (entity === 'customer' || entity === 'trip' || entity === 'guide' || entity === 'supplier') {
      // a change to many records at once (sample data): scan the whole window again
      if (id === undefined) return void engine.rewindTo(addDays(today, -CATCH_UP_DAYS))
      void engine.subjectsChanged(entity, [id])
    }
    if (entity === 'customer' && id !== undefined)
      void tripsOfCustomer(db, id, today).then((ids) => {
        // their documents decide the trips' document reminders
        if (ids.length) void engine.subjectsChanged('trip', ids)
      })
  })
}

async function tripsOfCustomer(db: Kysely<DB>, customerId: number, today: string): Promise<number[]> {
  const rows = await db
    .selectFrom('trip_participants as p')
    .innerJoin('trips as t', 't.id', 'p.trip_id')
    .select('t.id')
    .where('p.customer_id', '=', customerId)
    .where('t.depart_date', '>=', today)
    .execute()
  return [...new Set(rows.map((r) => r.id))]
}
