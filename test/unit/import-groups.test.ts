import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupByKeys } from '../../src/main/imports/analyse'
import type { ExistingByKey } from '../../src/main/imports/analyse'

/**
 * The import's duplicate groups (union-find over shared keys) against the plain definition: rows are
 * one group when a chain of shared keys joins them; a group is shown when it has two rows or any row
 * matches a kept record.
 */
describe('groupByKeys', () => {
  const reference = (keys: string[][], existing: ExistingByKey) => {
    const seen = new Set<number>()
    const out: { rows: number[]; kept: number[] }[] = []
    for (let i = 0; i < keys.length; i++) {
      if (seen.has(i)) continue
      const comp: number[] = []
      const todo = [i]
      seen.add(i)
      while (todo.length) {
        const a = todo.pop()!
        comp.push(a)
        for (let b = 0; b < keys.length; b++)
          if (!seen.has(b) && keys[a].some((k) => keys[b].includes(k))) {
            seen.add(b)
            todo.push(b)
          }
      }
      comp.sort((x, y) => x - y)
      const kept = [
        ...new Set(comp.flatMap((r) => keys[r].flatMap((k) => [...(existing.get(k)?.keys() ?? [])]))),
      ]
      if (comp.length > 1 || kept.length) out.push({ rows: comp, kept: kept.sort((x, y) => x - y) })
    }
    return out.sort((a, b) => a.rows[0] - b.rows[0])
  }

  it('groups exactly the rows a chain of shared keys joins, with every kept record they match', () => {
    const key = fc.oneof(
      fc.constantFrom('m:1', 'm:2', 'm:3', 'd:a', 'd:b', 'd:c', 'b:x', 'b:y', 'm:4', 'd:d'),
      fc.integer({ min: 0, max: 40 }).map((n) => `d:${n}`),
    )
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(key, { maxLength: 3 }), { maxLength: 120 }),
        fc.dictionary(key, fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 2 })),
        (keys, kept) => {
          const existing: ExistingByKey = new Map(
            Object.entries(kept).map(([k, ids]) => [
              k,
              new Map(ids.map((id) => [id, { id, name: `n${id}`, mobile: null }])),
            ]),
          )
          const valid = keys.map((_, i) => ({ row: i + 2, input: i }))
          const a = groupByKeys(
            { total: valid.length, valid, rejected: [] },
            (i: number) => keys[i],
            existing,
          )
          const got = a.groups
            .map((g) => ({ rows: g.rows.map((r) => r.input), kept: g.existing.map((e) => e.id) }))
            .sort((x, y) => x.rows[0] - y.rows[0])
          expect(got).toEqual(reference(keys, existing))
          for (const g of a.groups) for (const r of g.rows) expect(a.groupOf.get(r)).toBe(g)
          expect(a.groupOf.size).toBe(a.groups.reduce((n, g) => n + g.rows.length, 0))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('keeps rows joined through many merges in one group (a deep chain of links)', () => {
    // row 2k starts a new chain; row 2k+1 bridges it to everything before: each bridge merges two groups
    const keys = Array.from({ length: 60 }, (_, i) =>
      i % 2 === 0 ? [`m:${i}`] : [`m:${i - 1}`, `d:${i}`, `m:${i - 3}`],
    )
    const valid = keys.map((_, i) => ({ row: i + 2, input: i }))
    const a = groupByKeys({ total: 60, valid, rejected: [] }, (i: number) => keys[i], new Map())
    expect(a.groups.map((g) => g.rows.length)).toEqual([60])
  })
})
