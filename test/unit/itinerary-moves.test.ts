import { describe, expect, it } from 'vitest'
import type { ItineraryDay, ItineraryItem } from '../../src/shared/trips/trip.types'
import { moveLocal } from '../../src/renderer/src/trips/page/itineraryMoves'

const item = (id: number, dayNo: number, position: number, version: number): ItineraryItem => ({
  id,
  dayNo,
  position,
  time: null,
  kind: 'sight',
  title: `#${id}`,
  place: null,
  supplier: null,
  notes: null,
  shopName: null,
  shopGoods: null,
  shopMinutes: null,
  price: null,
  version,
})
const day = (dayNo: number, items: ItineraryItem[]): ItineraryDay => ({
  dayNo,
  date: `2027-03-0${dayNo}`,
  title: null,
  titleVersion: 0,
  items,
})

describe('moveLocal, the move shown before main answers', () => {
  const days = [day(1, [item(1, 1, 0, 3), item(2, 1, 1, 1)]), day(2, [item(3, 2, 0, 1)])]

  it('carries the version main will leave on the moved item, and only on it', () => {
    const once = moveLocal(days, 1, { dayNo: 1, position: 1 })
    expect(once[0].items.map((i) => [i.id, i.position, i.version])).toEqual([
      [2, 0, 1],
      [1, 1, 4],
    ])
    // a second key press before the first answer: sent with version 4, which the first move leaves
    const twice = moveLocal(once, 1, { dayNo: 2, position: 0 })
    expect(twice[1].items.map((i) => [i.id, i.dayNo, i.version])).toEqual([
      [1, 2, 5],
      [3, 2, 1],
    ])
    expect(twice[0].items.map((i) => i.id)).toEqual([2])
  })
})
