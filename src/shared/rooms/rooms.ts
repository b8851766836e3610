/**
 * The rooming board's pure rules: room kinds and their beds, who counts against them, which travellers
 * form a family, and when a room's single occupant owes the 单房差.
 */
export const roomKinds = ['single', 'twin', 'double', 'triple', 'family'] as const
export type RoomKind = (typeof roomKinds)[number]

export const bedsOfKind: Record<RoomKind, number> = { single: 1, twin: 2, double: 2, triple: 3, family: 4 }

/** Relations that make travellers one family on the board; friends and colleagues room as they choose. */
export const familyRelations = ['spouse', 'parent', 'child', 'sibling'] as const

export interface RoomView {
  id: number
  version: number
  label: string
  kind: RoomKind
  beds: number
  /** participant ids, in the order they were placed */
  occupantIds: number[]
}

/**
 * A child booked without a bed shares a parent's: only bed-takers count against a room's beds, so a
 * couple with a no-bed toddler fits a twin.
 */
export const bedTakers = <P extends { bed: boolean }>(people: P[]): number =>
  people.filter((p) => p.bed).length

/** A room with exactly one bed-taker in it: the hotel charges the room, the traveller owes the 单房差. */
export const singleOccupancy = <P extends { bed: boolean }>(people: P[]): boolean => bedTakers(people) === 1

/** The room a family of `takers` bed-takers needs; a couple gets a double bed. Null: too many for one room. */
export function kindForFamily(takers: number, couple: boolean): RoomKind | null {
  if (takers <= 2) return couple ? 'double' : 'twin'
  if (takers === 3) return 'triple'
  if (takers === 4) return 'family'
  return null
}

/** The smallest positive number not yet used as a room label of the trip. */
export function nextRoomLabel(labels: Iterable<string>): string {
  const used = new Set(labels)
  let n = 1
  while (used.has(String(n))) n++
  return String(n)
}

export interface FamilyMember {
  id: number
  customerId: number | null
}
export interface Relation {
  a: number
  b: number
  kind: string
}

/**
 * Travellers of one trip joined by family relations of their customer files (connected groups of two
 * or more, in traveller order). Someone with no family on the trip belongs to no group.
 */
export function familyGroups(people: FamilyMember[], relations: Relation[]): number[][] {
  const byCustomer = new Map<number, number[]>()
  for (const p of people) {
    if (p.customerId != null) byCustomer.set(p.customerId, [...(byCustomer.get(p.customerId) ?? []), p.id])
  }
  const parent = new Map(people.map((p) => [p.id, p.id]))
  const find = (x: number): number => {
    while (parent.get(x) !== x) x = parent.get(x)!
    return x
  }
  const join = (x: number, y: number) => parent.set(find(x), find(y))
  const family = new Set<string>(familyRelations)
  for (const r of relations) {
    if (!family.has(r.kind)) continue
    const [as, bs] = [byCustomer.get(r.a), byCustomer.get(r.b)]
    if (as && bs) for (const x of as) for (const y of bs) join(x, y)
  }
  const groups = new Map<number, number[]>()
  for (const p of people) groups.set(find(p.id), [...(groups.get(find(p.id)) ?? []), p.id])
  return [...groups.values()].filter((g) => g.length > 1)
}
