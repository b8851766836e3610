import type { z } from 'zod'

/*
 * The longest text a schema accepts at a field path ("name", "documents.0.number",
 * "preferences.allergies"), read from the schema's own `.max()`, so an input can stop the typing at
 * the same limit main enforces instead of a hand-copied number that drifts. Wrappers (optional,
 * nullable, default, pipes and transforms) are looked through; a union answers the largest limit of
 * its members. `undefined` when the path has no string limit.
 */
interface Def {
  type: string
  in?: z.ZodType
  innerType?: z.ZodType
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  options?: z.ZodType[]
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def

const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'])

function walk(schema: z.ZodType, segs: string[]): number | undefined {
  const def = defOf(schema)
  if (def.type === 'pipe' && def.in) return walk(def.in, segs)
  if (wrappers.has(def.type) && def.innerType) return walk(def.innerType, segs)
  if (def.type === 'union' && def.options) {
    const found = def.options.map((o) => walk(o, segs)).filter((n): n is number => n !== undefined)
    return found.length ? Math.max(...found) : undefined
  }
  if (segs.length === 0) {
    if (def.type !== 'string') return undefined
    const max = (schema as unknown as { maxLength: number | null }).maxLength
    return typeof max === 'number' ? max : undefined
  }
  const [head, ...rest] = segs
  if (def.type === 'object' && def.shape) {
    const next = def.shape[head]
    return next ? walk(next, rest) : undefined
  }
  // an array's element is the same for every index
  if (def.type === 'array' && def.element && /^\d+$/.test(head)) return walk(def.element, rest)
  return undefined
}

export function maxLengthOf(schema: z.ZodType, path: string): number | undefined {
  return walk(schema, path ? path.split('.') : [])
}
