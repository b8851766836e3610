import type { ItineraryDay, ItineraryItem } from '../../../../shared/trips/trip.types'

/** Where an item goes: a day and its index among that day's items once it has moved. */
export interface Spot {
  dayNo: number
  position: number
}

/** The days with one item taken out and put at a spot (what main will answer after moveItem). */
export function moveLocal(days: ItineraryDay[], id: number, to: Spot): ItineraryDay[] {
  let moving: ItineraryItem | undefined
  const without = days.map((d) => {
    const i = d.items.findIndex((x) => x.id === id)
    if (i < 0) return d
    moving = d.items[i]
    return { ...d, items: d.items.filter((x) => x.id !== id) }
  })
  if (!moving) return days
  const item = moving
  return without.map((d) => {
    if (d.dayNo !== to.dayNo) return d
    const items = [...d.items]
    // main bumps the moved item's version by one: a second Alt+↓ pressed before its answer arrives
    // then carries the version the first move leaves, and is not refused as someone else's
    items.splice(Math.min(to.position, items.length), 0, {
      ...item,
      dayNo: d.dayNo,
      version: item.version + 1,
    })
    return { ...d, items: items.map((x, position) => ({ ...x, position })) }
  })
}

/** One step up or down for the keyboard and the arrow buttons; crosses into the next day. */
export function stepSpot(days: ItineraryDay[], id: number, dir: -1 | 1): Spot | null {
  const di = days.findIndex((d) => d.items.some((x) => x.id === id))
  if (di < 0) return null
  const day = days[di]
  const i = day.items.findIndex((x) => x.id === id)
  const j = i + dir
  if (j >= 0 && j < day.items.length) return { dayNo: day.dayNo, position: j }
  const next = days[di + dir]
  if (!next) return null
  return { dayNo: next.dayNo, position: dir < 0 ? next.items.length : 0 }
}

/** The spot a drop lands on: before or after an item (counted without the dragged one), or the end. */
export function dropSpot(
  days: ItineraryDay[],
  dragged: number,
  target: { overId: number; edge: 'top' | 'bottom' } | { dayNo: number },
): Spot | null {
  if ('dayNo' in target) {
    const d = days.find((x) => x.dayNo === target.dayNo)
    return d ? { dayNo: d.dayNo, position: d.items.filter((x) => x.id !== dragged).length } : null
  }
  const d = days.find((x) => x.items.some((i) => i.id === target.overId))
  if (!d) return null
  const rest = d.items.filter((x) => x.id !== dragged)
  const k = rest.findIndex((x) => x.id === target.overId)
  if (k < 0) return null
  return { dayNo: d.dayNo, position: target.edge === 'top' ? k : k + 1 }
}

/** Whether a spot is where the item already is (nothing to do). */
export function sameSpot(days: ItineraryDay[], id: number, to: Spot): boolean {
  const d = days.find((x) => x.dayNo === to.dayNo)
  return !!d && d.items.findIndex((x) => x.id === id) === to.position
}
