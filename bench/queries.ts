import type Database from 'better-sqlite3'
import { rng } from '../src/main/customers/synthetic'
import { searchKeySets, searchKeys } from '../src/shared/search/pinyin-keys'

/** A search-as-you-type query class, with queries sampled from the loaded customers. */
export interface QueryClass {
  key: string
  label: string
  queries: string[]
}

interface Sample {
  name: string
  mobile: string | null
  id_card: string | null
}

const CLASSES: { key: string; label: string; make: (s: Sample, r: () => number) => string | null }[] = [
  {
    key: 'han2',
    label: 'Chinese 2-char (张伟)',
    make: (s, r) => substring([...s.name], 2, r),
  },
  {
    key: 'han3',
    label: 'Chinese 3-char (王建国)',
    make: (s, r) => substring([...s.name], 3, r),
  },
  {
    key: 'pinyin',
    label: 'full pinyin (zhangwei)',
    make: (s) => searchKeys(s.name).full[0] ?? null,
  },
  {
    key: 'initials',
    label: 'initials 2–3 (zw, wjg)',
    make: (s) => {
      const k = searchKeys(s.name).initials[0]?.slice(0, 3) ?? ''
      return k.length >= 2 ? k : null
    },
  },
  {
    key: 'mixed',
    label: 'mixed syllables/initials (zhangsf, zsanf)',
    make: (s, r) => {
      const mixed = searchKeySets(s.name).mixed.filter((k) => k.length >= 3)
      return mixed.length ? mixed[Math.floor(r() * mixed.length)] : null
    },
  },
  {
    key: 'phone4',
    label: 'phone tail 4 (1234)',
    make: (s) => s.mobile?.slice(-4) ?? null,
  },
  {
    key: 'id4',
    label: 'ID tail 4 (123X)',
    make: (s) => s.id_card?.slice(-4) ?? null,
  },
  {
    key: 'id6',
    label: 'ID tail 6 (31002X)',
    make: (s) => s.id_card?.slice(-6) ?? null,
  },
]

function substring(chars: string[], len: number, r: () => number): string | null {
  if (chars.length < len) return null
  const at = Math.floor(r() * (chars.length - len + 1))
  return chars.slice(at, at + len).join('')
}

/** `perClass` queries per class, drawn deterministically (fixed seed) from random customers' own data. */
export function sampleQueries(sqlite: Database.Database, perClass: number, seed = 4242): QueryClass[] {
  const { n } = sqlite.prepare('SELECT max(id) AS n FROM customers').get() as { n: number }
  const one = sqlite.prepare(`
    SELECT c.name, c.mobile,
      (SELECT number FROM customer_documents d WHERE d.customer_id = c.id AND d.kind = 'id_card') AS id_card
    FROM customers c WHERE c.id = ?`)
  const r = rng(seed)
  return CLASSES.map((cls) => {
    const queries: string[] = []
    for (let tries = 0; queries.length < perClass && tries < perClass * 50; tries++) {
      const s = one.get(1 + Math.floor(r() * n)) as Sample | undefined
      const q = s && cls.make(s, r)
      if (q) queries.push(q)
    }
    return { key: cls.key, label: cls.label, queries }
  })
}
