import type { Harness } from '../integration/harness'

export interface RoomFixtureIds {
  room: number
}

/** An empty twin on the fixtures' trip (version 1), for the rooming board's calls to point at. */
export async function roomFixtures(h: Harness, trip: number): Promise<RoomFixtureIds> {
  return { room: (await h.must('rooms.create', { tripId: trip, label: '8801', kind: 'twin' })).id }
}

/** One valid payload per rooms.* call, merged into validSamples. */
export function roomSamples(ids: {
  trip: number
  participant: number
  room: number
}): Record<string, Record<string, unknown>> {
  return {
    'rooms.create': { tripId: ids.trip, label: '8802', kind: 'family' },
    'rooms.update': { id: ids.room, version: 1, label: '8803', kind: 'triple' },
    'rooms.remove': { id: ids.room, version: 1 },
    'rooms.move': { participantId: ids.participant, version: 1, roomId: ids.room },
    'rooms.familyRooms': { tripId: ids.trip },
  }
}
