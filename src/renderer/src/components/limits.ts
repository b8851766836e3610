import type { z } from 'zod'
import { maxLengthOf } from '../../../shared/common/max-length'

/**
 * `max("name")` → the schema's own limit for that field, to put on the input as `maxLength`, so a
 * text longer than main accepts cannot be typed or pasted (it is cut at the limit). Read once per
 * schema, never copied by hand.
 */
export function limitsOf(schema: z.ZodType): (path: string) => number | undefined {
  const cache = new Map<string, number | undefined>()
  return (path) => {
    if (!cache.has(path)) cache.set(path, maxLengthOf(schema, path))
    return cache.get(path)
  }
}
