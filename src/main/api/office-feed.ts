import type { ChangeFeed } from '../db/change-feed'
import type { EventMap } from '../../shared/api/events'
import type { EventBus } from './events'

type Entity = EventMap['data.changed']['entity']

/**
 * Joins this desk's event bus to the office's change feed: every data.changed this desk broadcasts
 * (handlers broadcast after their transaction committed) goes out to the other desks; theirs come
 * in as data.changed marked 'remote' — windows refetch, but this desk's reminder engine does not
 * redo the follow-up work the writing desk already does. Connection state and "re-query
 * everything" after a reconnection reach the windows as events of their own.
 */
export function joinOfficeFeed(feed: ChangeFeed, events: EventBus): Promise<void> {
  events.observe((event, payload, origin) => {
    if (event === 'data.changed' && origin === 'local') feed.publish(payload as EventMap['data.changed'])
  })
  return feed.start({
    changed: (c) => events.broadcast('data.changed', { entity: c.entity as Entity, id: c.id }, 'remote'),
    state: (online) => events.broadcast('connection.state', { online }),
    resync: () => events.broadcast('data.resync', {}),
  })
}
