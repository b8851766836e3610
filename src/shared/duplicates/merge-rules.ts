import type { MergeField, MergeValues } from './duplicates.types'
import { mergeFields } from './duplicates.types'

/** Fields whose values differ between the two files: only these are offered as a choice. */
export function differingFields(a: MergeValues, b: MergeValues): MergeField[] {
  return mergeFields.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]))
}

/** A pair is stored and compared smaller id first, so (5, 3) and (3, 5) are one decision. */
export function pairKey(a: number, b: number): [number, number] {
  return a < b ? [a, b] : [b, a]
}

/**
 * Groups files linked by shared keys (union-find), leaving out links a colleague dismissed as two
 * different people. `links` are pairs of ids with the reason they were linked; the result lists each
 * group's ids (sorted) with its reasons, groups ordered by their smallest id.
 */
export function groupLinks<R extends string>(
  links: { a: number; b: number; reason: R }[],
  dismissed: ReadonlySet<string>,
): { ids: number[]; reasons: R[] }[] {
  const parent = new Map<number, number>()
  const find = (x: number): number => {
    let r = x
    while (parent.get(r) !== r) r = parent.get(r) ?? r
    let c = x
    while (c !== r) {
      const n = parent.get(c)!
      parent.set(c, r)
      c = n
    }
    return r
  }
  const kept = links.filter((l) => l.a !== l.b && !dismissed.has(pairKey(l.a, l.b).join('-')))
  for (const l of kept) {
    for (const x of [l.a, l.b]) if (!parent.has(x)) parent.set(x, x)
    const ra = find(l.a)
    const rb = find(l.b)
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb))
  }
  const groups = new Map<number, { ids: Set<number>; reasons: Set<R> }>()
  for (const l of kept) {
    const root = find(l.a)
    const g = groups.get(root) ?? { ids: new Set<number>(), reasons: new Set<R>() }
    g.ids.add(l.a).add(l.b)
    g.reasons.add(l.reason)
    groups.set(root, g)
  }
  return [...groups.values()]
    .map((g) => ({ ids: [...g.ids].sort((x, y) => x - y), reasons: [...g.reasons].sort() }))
    .sort((x, y) => x.ids[0] - y.ids[0])
}
