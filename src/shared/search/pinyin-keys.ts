import { pinyin, polyphonic } from 'pinyin-pro'

const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 端木 百里 长孙 宇文 司徒 万俟'.split(' '),
)

const MAX_COMBINATIONS = 16

// Characters users never type in a search box; stripping them on both sides keeps keys and queries aligned.
const DROPPED = /[\s'‘’`·・•]/gu
const IS_DROPPED = /^[\s'‘’`·・•]$/u
const IS_APOSTROPHE = /^['‘’`]$/u
// Word boundaries for latin initials; unlike DROPPED these stay in full keys ('jean-luc').
const IS_BREAK = /^[-_.,，、]$/u

type Syllable = { origin: string; reading: string; isZh: boolean }
/** One syllable (or one latin run) as it can be typed: in full, or by its initial(s). */
type Part = { full: string; initial: string }
type Option = { text: string; initials: string; parts: Part[] }
type Slot = Option[]

export function normalizeQuery(q: string): string {
  // control characters (a pasted NUL) mean nothing in a name and would end an FTS5 string early
  return q
    .replace(/\p{Cc}/gu, '')
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/u:/g, 'v')
    .replace(/ü/g, 'v')
    .replace(DROPPED, '')
}

function clean(name: string): string {
  return name.normalize('NFKC').trim()
}

/** Only the compound surnames listed in COMPOUND_SURNAMES count; a bare two-character name is surname + given. */
export function surnameLength(name: string): 1 | 2 {
  const chars = Array.from(clean(name))
  return chars.length >= 3 && COMPOUND_SURNAMES.has(chars[0] + chars[1]) ? 2 : 1
}

function syllables(text: string, surnameMode: boolean): Syllable[] {
  const surname = surnameMode ? 'head' : 'off'
  // 'array' costs a third of 'all' (which also builds initials, finals, tones…). It gives one reading per
  // character, the character itself when it has none; should that ever not line up, ask for 'all'.
  const chars = Array.from(text)
  const readings = pinyin(text, { toneType: 'none', type: 'array', v: true, surname })
  if (readings.length === chars.length)
    return chars.map((origin, i) => {
      const isZh = readings[i] !== origin && readings[i] !== ''
      return { origin, reading: isZh ? readings[i].toLowerCase() : '', isZh }
    })
  return pinyin(text, { toneType: 'none', type: 'all', v: true, surname }).map((s) => ({
    origin: s.origin,
    reading: s.isZh ? s.pinyin.toLowerCase() : '',
    isZh: s.isZh && s.pinyin !== '',
  }))
}

// A character's own readings do not depend on the name around it: remember them (a few thousand
// characters make up nearly every name, so an import of 100,000 files asks each of them many times).
const charMemo = new Map<string, { standalone: string | undefined; all: string[] }>()

function readingsOf(ch: string): { standalone: string | undefined; all: string[] } {
  let m = charMemo.get(ch)
  if (!m) {
    m = {
      standalone: syllables(ch, false)[0]?.reading,
      all: (polyphonic(ch, { toneType: 'none', type: 'array', v: true })[0] ?? []).map((r) =>
        r.toLowerCase(),
      ),
    }
    if (charMemo.size >= 20_000) charMemo.clear()
    charMemo.set(ch, m)
  }
  return m
}

function dedupe<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const k = key(item)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

function syllableOption(readings: string[]): Option {
  const parts = readings.map((r) => ({ full: r, initial: r[0] ?? '' }))
  return { text: readings.join(''), initials: parts.map((p) => p.initial).join(''), parts }
}

function latinOption(run: { text: string; initials: string }): Option {
  return { ...run, parts: [{ full: run.text, initial: run.initials }] }
}

function buildSlots(text: string): Slot[] {
  const withSurname = syllables(text, true)
  const plain = syllables(text, false)
  // Both calls tokenize identically today; fall back to one reading per char should that ever change.
  const ordinary = plain.length === withSurname.length ? plain : withSurname
  const slots: Slot[] = []
  let i = 0

  const n = surnameLength(text)
  if (withSurname.length >= n && withSurname.slice(0, n).every((s) => s.isZh)) {
    // Compound surname readings stay paired: 万俟 is moqi or wansi, never mosi or wanqi.
    const special = withSurname.slice(0, n).map((s) => s.reading)
    const common = ordinary.slice(0, n).map((s) => s.reading)
    // Word lookup can hide a char's everyday reading (长孙 is zhangsun in context); users may still type changsun.
    const standalone = withSurname.slice(0, n).map((s) => readingsOf(s.origin).standalone ?? s.reading)
    const options = [special, common, standalone].map(syllableOption)
    slots.push(dedupe(options, (o) => o.text))
    i = n
  }

  let latin: { text: string; initials: string } | null = null
  let wordStart = true
  for (; i < withSurname.length; i++) {
    const s = withSurname[i]
    if (s.isZh) {
      if (latin) slots.push([latinOption(latin)])
      latin = null
      wordStart = true
      const readings = dedupe([s.reading, ordinary[i].reading, ...readingsOf(s.origin).all], (r) => r)
      slots.push(readings.filter((r) => r !== '').map((r) => syllableOption([r])))
      continue
    }
    if (IS_APOSTROPHE.test(s.origin)) continue // O'Brien is one word
    if (IS_DROPPED.test(s.origin) || IS_BREAK.test(s.origin)) {
      wordStart = true
      if (latin && IS_BREAK.test(s.origin)) latin.text += s.origin
      continue
    }
    latin ??= { text: '', initials: '' }
    const ch = s.origin.toLowerCase()
    latin.text += ch
    if (wordStart) latin.initials += ch
    wordStart = false
  }
  if (latin) slots.push([latinOption(latin)])
  return slots.filter((slot) => slot.length > 0)
}

/**
 * Best-first over reading ranks: keeping the K lowest rank-sum prefixes at every step yields exactly the K
 * lowest rank-sum combinations overall, without expanding the full cartesian product.
 */
function combine(slots: Slot[]): Option[] {
  let beam: Array<Option & { rank: number }> = [{ text: '', initials: '', parts: [], rank: 0 }]
  for (const slot of slots) {
    const next = beam.flatMap((p) =>
      slot.map((o, idx) => ({
        text: p.text + o.text,
        initials: p.initials + o.initials,
        parts: [...p.parts, ...o.parts],
        rank: p.rank + idx,
      })),
    )
    next.sort((a, b) => a.rank - b.rank)
    beam = dedupe(next, (o) => o.text).slice(0, MAX_COMBINATIONS)
  }
  return beam
}

export interface SearchKeySets {
  /** every syllable in full, most common readings first: zhangsanfeng */
  full: string[]
  /** every syllable by its initial: zsf */
  initials: string[]
  /** the other mixes of full syllables and initials: zhangsf, zsanfeng, zhangsanf(eng)… */
  mixed: string[]
}

// Mixes double with every syllable: names up to this many syllables get all of them (6 per two-syllable
// reading, 14 for three, 30 for four), longer ones none (their full and initial keys still match).
const MAX_MIXED_PARTS = 4
// Polyphonic names multiply readings: mixes are made for the most common readings until this many.
const MAX_MIXED = 48

/**
 * Mixes of full syllables and initials, one choice per syllable. A query typed as people type it
 * (zhangsf, zsanf, zhangsanf) is then a substring of one key: a prefix of a mix whose last syllable is
 * being typed. Computing them here, not in the query, keeps search one indexed lookup.
 */
function mixes(combos: Option[], exclude: Set<string>): string[] {
  const out = new Set<string>()
  for (const o of combos) {
    const n = o.parts.length
    if (n < 2 || n > MAX_MIXED_PARTS) continue
    // masks 1 … 2^n − 2: bit i set = part i typed in full; all-full and all-initials are the other keys
    for (let mask = 1; mask < (1 << n) - 1; mask++) {
      const key = o.parts.map((p, i) => (mask & (1 << i) ? p.full : p.initial)).join('')
      if (!exclude.has(key)) out.add(key)
    }
    if (out.size >= MAX_MIXED) break
  }
  return [...out].slice(0, MAX_MIXED)
}

export function searchKeySets(name: string): SearchKeySets {
  const text = clean(name)
  if (text === '') return { full: [], initials: [], mixed: [] }
  const combos = combine(buildSlots(text))
  const unique = (keys: string[]) => [...new Set(keys.filter((k) => k !== ''))]
  const full = unique(combos.map((o) => o.text))
  const initials = unique(combos.map((o) => o.initials))
  return { full, initials, mixed: mixes(combos, new Set([...full, ...initials])) }
}

export function searchKeys(name: string): { full: string[]; initials: string[] } {
  const { full, initials } = searchKeySets(name)
  return { full, initials }
}

// Passport practice: ü after l/n is written YU, elsewhere ü is already spelled u.
function passportSyllable(reading: string): string {
  return reading.replace(/^([ln])v/, '$1yu').toUpperCase()
}

export function passportPinyin(name: string): string {
  const text = clean(name)
  const parts = syllables(text, true)
  if (!parts.some((s) => s.isZh)) return text.replace(/\s+/g, ' ').toUpperCase()

  const render = (list: Syllable[]): string =>
    list
      .map((s) =>
        s.isZh ? passportSyllable(s.reading) : IS_DROPPED.test(s.origin) ? '' : s.origin.toUpperCase(),
      )
      .join('')
  // Transliterated names (阿依古丽·买买提) have no Han surname; each dot-separated part is its own word.
  if (/[·・•]/.test(text)) {
    const words: Syllable[][] = [[]]
    for (const s of parts) {
      if (/^[·・•]$/.test(s.origin)) words.push([])
      else words[words.length - 1].push(s)
    }
    return words
      .map(render)
      .filter((w) => w !== '')
      .join(' ')
  }
  const n = parts[0]?.isZh ? surnameLength(text) : 0
  return [render(parts.slice(0, n)), render(parts.slice(n))].filter((p) => p !== '').join(' ')
}
