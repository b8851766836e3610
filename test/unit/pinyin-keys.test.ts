import { describe, it, expect } from 'vitest'
import {
  normalizeQuery,
  passportPinyin,
  searchKeys,
  surnameLength,
} from '../../src/shared/search/pinyin-keys'

describe('normalizeQuery', () => {
  it('trims, lowercases and drops whitespace and apostrophes', () => {
    expect(normalizeQuery('  Zhang Wei ')).toBe('zhangwei')
    expect(normalizeQuery("Xi'an")).toBe('xian')
    expect(normalizeQuery('xi’an')).toBe('xian')
    expect(normalizeQuery('ZW')).toBe('zw')
  })

  it('spells ü as v', () => {
    expect(normalizeQuery('Lü Bu')).toBe('lvbu')
    expect(normalizeQuery('LÜ')).toBe('lv')
    expect(normalizeQuery('lu:bu')).toBe('lvbu')
    expect(normalizeQuery('lvbu')).toBe('lvbu')
  })

  it('folds full-width letters and leaves Chinese and digits alone', () => {
    expect(normalizeQuery('ＺＨＡＮＧ')).toBe('zhang')
    expect(normalizeQuery(' 张 伟 ')).toBe('张伟')
    expect(normalizeQuery('138 1234')).toBe('1381234')
  })
})

describe('surnameLength', () => {
  it('detects compound surnames', () => {
    for (const n of [
      '欧阳娜娜',
      '司马光',
      '诸葛亮',
      '上官婉儿',
      '东方朔',
      '皇甫谧',
      '尉迟恭',
      '公孙胜',
      '慕容复',
    ]) {
      expect(surnameLength(n)).toBe(2)
    }
    for (const n of ['令狐冲', '夏侯惇', '端木蓉', '百里奚', '长孙无忌', '宇文泰', '司徒雷登', '万俟卨']) {
      expect(surnameLength(n)).toBe(2)
    }
  })

  it('treats everything else, including two-character names, as single', () => {
    expect(surnameLength('张伟')).toBe(1)
    expect(surnameLength('欧阳')).toBe(1)
    expect(surnameLength('欧娜娜')).toBe(1)
    expect(surnameLength('Anna Smith')).toBe(1)
    expect(surnameLength('')).toBe(1)
  })
})

describe('searchKeys', () => {
  it('builds full and initial keys for a plain name', () => {
    expect(searchKeys('张伟')).toEqual({ full: ['zhangwei'], initials: ['zw'] })
    expect(searchKeys(' 张 伟 ')).toEqual({ full: ['zhangwei'], initials: ['zw'] })
  })

  it('includes both the surname reading and the ordinary reading, surname first', () => {
    const k = searchKeys('单田芳')
    expect(k.full[0]).toBe('shantianfang')
    expect(k.full).toContain('dantianfang')
    expect(k.initials).toEqual(expect.arrayContaining(['stf', 'dtf']))
  })

  it.each([
    ['曾国藩', 'zengguofan', 'cengguofan'],
    ['解缙', 'xiejin', 'jiejin'],
    ['仇英', 'qiuying', 'chouying'],
    ['查良镛', 'zhaliangyong', 'chaliangyong'],
    ['朴树', 'piaoshu', 'pushu'],
    ['区家麟', 'oujialin', 'qujialin'],
    ['尉迟恭', 'yuchigong', 'weichigong'],
    ['万俟卨', 'moqixie', 'wansixie'],
  ])('%s → %s (also %s)', (name, surnameReading, ordinary) => {
    const k = searchKeys(name)
    expect(k.full[0]).toBe(surnameReading)
    expect(k.full).toContain(ordinary)
  })

  it('keeps compound surname readings paired', () => {
    const k = searchKeys('万俟卨')
    expect(k.full).not.toContain('mosixie')
    expect(k.full).not.toContain('wanqixie')
  })

  it('handles 覃 (qin) and 长孙 (zhangsun, also changsun)', () => {
    expect(searchKeys('覃振').full[0]).toBe('qinzhen')
    const k = searchKeys('长孙无忌')
    expect(k.full[0]).toBe('zhangsunwuji')
    expect(k.full).toContain('changsunwuji')
  })

  it('writes ü as v', () => {
    expect(searchKeys('吕布')).toEqual({ full: ['lvbu'], initials: ['lb'] })
    expect(searchKeys('女娲').full).toContain('nvwa')
  })

  it('handles compound surnames', () => {
    const k = searchKeys('欧阳娜娜')
    expect(k.full[0]).toBe('ouyangnana')
    expect(k.initials).toContain('oynn')
  })

  it('covers every reading of polyphonic given-name characters', () => {
    const le = searchKeys('李乐')
    expect(le.full).toEqual(expect.arrayContaining(['lile', 'liyue']))
    expect(le.initials).toEqual(expect.arrayContaining(['ll', 'ly']))

    const chang = searchKeys('王长江')
    expect(chang.full[0]).toBe('wangchangjiang')
    expect(chang.full).toContain('wangzhangjiang')
    expect(chang.initials).toEqual(expect.arrayContaining(['wcj', 'wzj']))
  })

  it('caps combinations at 16 and keeps the most common readings first', () => {
    const k = searchKeys('单长乐')
    expect(k.full.length).toBeLessThanOrEqual(16)
    expect(k.full[0]).toBe('shanchangle')
    expect(k.full).toEqual(expect.arrayContaining(['danchangle', 'shanzhangle', 'shanchangyue']))

    const many = searchKeys('和和和和和和和和')
    expect(many.full).toHaveLength(16)
    expect(many.full[0]).toBe('hehehehehehehehe')
    expect(new Set(many.full).size).toBe(many.full.length)
  })

  it('deduplicates keys', () => {
    for (const name of ['单田芳', '李长乐', '欧阳娜娜', '张伟']) {
      const k = searchKeys(name)
      expect(new Set(k.full).size).toBe(k.full.length)
      expect(new Set(k.initials).size).toBe(k.initials.length)
    }
  })

  it('produces keys that match normalized queries', () => {
    const k = searchKeys('吕布')
    expect(k.full).toContain(normalizeQuery('Lü Bu'))
    expect(searchKeys('单田芳').full).toContain(normalizeQuery('Shan Tian Fang'))
  })

  it('passes latin names through', () => {
    expect(searchKeys('Anna Smith')).toEqual({ full: ['annasmith'], initials: ['as'] })
    expect(searchKeys("  Mary O'Brien ")).toEqual({ full: ['maryobrien'], initials: ['mo'] })
    expect(searchKeys('Jean-Luc Picard').initials).toEqual(['jlp'])
  })

  it('handles mixed strings char by char', () => {
    expect(searchKeys('张Anna伟')).toEqual({ full: ['zhangannawei'], initials: ['zaw'] })
    expect(searchKeys('Tom李')).toEqual({ full: ['tomli'], initials: ['tl'] })
  })

  it('drops the middle dot of transliterated names', () => {
    expect(searchKeys('阿依古丽·买买提').full).toContain('ayigulimaimaiti')
  })

  it('returns empty keys for empty input', () => {
    expect(searchKeys('')).toEqual({ full: [], initials: [] })
    expect(searchKeys('   ')).toEqual({ full: [], initials: [] })
  })
})

describe('passportPinyin', () => {
  it.each([
    ['张伟', 'ZHANG WEI'],
    ['单田芳', 'SHAN TIANFANG'],
    ['曾国藩', 'ZENG GUOFAN'],
    ['欧阳娜娜', 'OUYANG NANA'],
    ['司马光', 'SIMA GUANG'],
    ['诸葛亮', 'ZHUGE LIANG'],
    ['尉迟恭', 'YUCHI GONG'],
    ['万俟卨', 'MOQI XIE'],
    ['长孙无忌', 'ZHANGSUN WUJI'],
    ['吕', 'LYU'],
    ['吕布', 'LYU BU'],
    ['女娲', 'NYU WA'],
    ['李略', 'LI LYUE'],
    ['徐菊', 'XU JU'],
    ['王长江', 'WANG CHANGJIANG'],
    [' 张 伟 ', 'ZHANG WEI'],
  ])('%s → %s', (name, expected) => {
    expect(passportPinyin(name)).toBe(expected)
  })

  it('uppercases latin names', () => {
    expect(passportPinyin('Anna Smith')).toBe('ANNA SMITH')
    expect(passportPinyin('  anna   smith ')).toBe('ANNA SMITH')
  })

  it('splits transliterated names on the middle dot', () => {
    expect(passportPinyin('阿依古丽·买买提')).toBe('AYIGULI MAIMAITI')
  })

  it('returns empty for empty input', () => {
    expect(passportPinyin('')).toBe('')
  })
})
