import { searchKeySets } from '../../shared/search/pinyin-keys'

/*
 * Guides and suppliers are a few hundred rows: a LIKE over one stored column of keys finds them by
 * characters, full pinyin, initials or mixed (zhangw), phone tail or licence number, without an index.
 */
function nameKeys(name: string): string[] {
  const { full, initials, mixed } = searchKeySets(name)
  return [name.toLowerCase().replace(/\s+/g, ''), ...full, ...initials, ...mixed]
}

/** Keys for a name (and other person names, e.g. a supplier's contact) plus numbers typed as written or bare. */
export function resourceKeys(names: (string | null)[], numbers: (string | null)[]): string {
  const keys = names.filter((n): n is string => !!n).flatMap(nameKeys)
  for (const n of numbers) {
    if (!n) continue
    const written = n.toLowerCase().replace(/\s+/g, '')
    keys.push(written)
    if (written.includes('-')) keys.push(written.replace(/-/g, ''))
  }
  // separators keep a query from matching across two keys
  return keys.join(' | ')
}
