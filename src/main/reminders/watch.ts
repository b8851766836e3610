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
export function watchReminderSubjects(events: EventBus, engine: ReminderEngine, clock: () => Date): void {
  events.observe((event, payload, origin) => {
    // another desk's write: that desk's engine follows it up; doing it here too would race it
    if (event !== 'data.changed' || origin === 'remote') return
    const { entity, id } = payload as { entity: string; id?: number }
    const subjects = ['customer', 'trip', 'guide', 'supplier', 'complaint']
    if (!subjects.includes(entity)) return
    // a change to many records at once (sample data): scan the whole window again
    if (id === undefined) return void engine.rewindTo(addDays(dayIn(clock()), -CATCH_UP_DAYS))
    if (entity === 'customer') void engine.customerChanged(id)
    else void engine.subjectsChanged(entity as 'trip' | 'guide' | 'supplier' | 'complaint', [id])
  })
}
