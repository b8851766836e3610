import { describe, expect, it } from 'vitest'
import { normalizeQuery, searchKeySets } from '../../src/shared/search/pinyin-keys'

/** Every way to type a name syllable by syllable: each syllable in full or by its initial. */
function everyMix(syllables: string[]): string[] {
  const out: string[] = []
  for (let mask = 0; mask < 1 << syllables.length; mask++) {
    out.push(syllables.map((s, i) => (mask & (1 << i) ? s : s[0])).join(''))
  }
  return out
}

/** What search sees: a query matches when it is a substring of one key (FTS trigram / LIKE). */
function finds(name: string, query: string): boolean {
  const { full, initials, mixed } = searchKeySets(name)
  const q = normalizeQuery(query)
  return [...full, ...initials, ...mixed].some((k) => k.includes(q))
}

describe('searchKeySets: any mix of full syllables and initials', () => {
  it.each([
    ['张三丰', ['zhang', 'san', 'feng']],
    ['王建国', ['wang', 'jian', 'guo']],
    ['李明', ['li', 'ming']],
    ['张伟', ['zhang', 'wei']],
    ['吕布', ['lv', 'bu']],
  ])('%s is found by every mix, typed character by character', (name, syllables) => {
    const mixes = everyMix(syllables)
    expect(mixes).toHaveLength(2 ** syllables.length)
    for (const mix of mixes) {
      for (let n = 1; n <= mix.length; n++) expect(finds(name, mix.slice(0, n)), mix.slice(0, n)).toBe(true)
    }
  })

  it('finds 张三丰 by the spellings from the issue', () => {
    for (const q of ['zhangsf', 'zsanf', 'zhangsanf', 'zsf']) expect(finds('张三丰', q), q).toBe(true)
    expect(finds('王建国', 'wangjg')).toBe(true)
    expect(finds('李明', 'lming')).toBe(true)
  })

  it('does not match syllables out of order or from another name', () => {
    expect(finds('张三丰', 'sanzhang')).toBe(false)
    expect(finds('张三丰', 'zfs')).toBe(false)
    expect(finds('李明', 'wangjg')).toBe(false)
    expect(finds('王建国', 'wangjm')).toBe(false)
  })

  it('mixes every reading of a polyphonic surname, surname reading first', () => {
    const { mixed } = searchKeySets('单田芳')
    expect(mixed.indexOf('shantf')).toBeGreaterThanOrEqual(0)
    expect(mixed.indexOf('dantf')).toBeGreaterThan(mixed.indexOf('shantf'))
    for (const q of ['stianf', 'shantf', 'stfang']) expect(finds('单田芳', q), q).toBe(true)
  })

  it('keeps compound surnames paired in mixes and ü typed as v', () => {
    expect(finds('万俟卨', 'moqx')).toBe(true)
    expect(finds('万俟卨', 'wansx')).toBe(true)
    expect(finds('万俟卨', 'mosx')).toBe(false)
    expect(finds('吕布', 'lvb')).toBe(true)
    expect(finds('吕布', 'lüb')).toBe(true)
  })

  it('lists mixes apart from the all-full and all-initial keys, without duplicates', () => {
    const k = searchKeySets('张三丰')
    expect(k.full).toEqual(['zhangsanfeng'])
    expect(k.initials).toEqual(['zsf'])
    expect(k.mixed).not.toContain('zhangsanfeng')
    expect(k.mixed).not.toContain('zsf')
    expect(new Set(k.mixed).size).toBe(k.mixed.length)
    // three syllables: 2³ mixes, two of them are the full and initial keys
    expect(k.mixed).toHaveLength(6)
    expect(searchKeySets('李明').mixed.sort()).toEqual(['lim', 'lming'])
  })

  it('bounds the keys of long and highly polyphonic names', () => {
    expect(searchKeySets('和和和和和和和和').mixed).toEqual([])
    expect(searchKeySets('欧阳娜娜').mixed.length).toBeLessThanOrEqual(48)
    expect(searchKeySets('Anna Smith').mixed).toEqual([])
    expect(searchKeySets('')).toEqual({ full: [], initials: [], mixed: [] })
  })
})
