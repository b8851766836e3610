/*
 * How an audit entry's codes are looked up among the words of the admin translation files — shared
 * by the audit screen (through i18next) and the inspection export (main reads the same tables), so
 * the file an inspector gets says exactly what the screen says.
 */

/** i18next reads dots as nesting, so "signin.failed" is stored as "signin_failed". */
export const wordKey = (s: string): string => s.replace(/\./g, '_')

/** snake_case column names ("pinyin_name") and camelCase input names ("pinyinName") share labels. */
export const camelKey = (s: string): string => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/**
 * An export's or a printed list's row count is the one figure the log keeps (rows:N; count:N in
 * entries written before the two were spelled alike).
 */
export function rowCountOf(field: string): number | null {
  const m = /^(?:rows|count):(\d+)$/.exec(field)
  return m ? Number(m[1]) : null
}

/** A merge names the file merged away, a "not the same person" decision the other file (by id). */
export function otherFileOf(field: string): { key: 'mergedFrom' | 'pairedWith'; id: number } | null {
  const m = /^(mergedFrom|pairedWith):(\d+)$/.exec(field)
  return m ? { key: m[1] as 'mergedFrom' | 'pairedWith', id: Number(m[2]) } : null
}
