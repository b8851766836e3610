import { idCheckDigit } from '../../shared/customers/id-card'
import { passportPinyin } from '../../shared/search/pinyin-keys'
import { solarToLunar } from '../../shared/calendar/lunar'
import type { z } from 'zod'
import type { customerCreateSchema } from '../../shared/customers/customer.schema'

/** Deterministic generator of realistic customers, for the sample-data action and the benchmark. */
export type RawCustomer = z.input<typeof customerCreateSchema>

export function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '于',
  '蒋',
  '蔡',
  '余',
  '杜',
  '叶',
  '程',
  '苏',
  '魏',
  '吕',
  '丁',
  '任',
  '沈',
  '姚',
  '卢',
  '姜',
  '崔',
  '钟',
  '谭',
  '陆',
  '汪',
  '范',
  '金',
  '单',
  '解',
  '仇',
  '查',
  '区',
  '覃',
  '朴',
  '欧阳',
  '司马',
  '诸葛',
  '上官',
]
const MALE = '伟强磊军洋勇杰涛明超辉刚平建国华文斌鹏飞宇浩俊峰志新亮宁波'
const FEMALE = '芳娜敏静丽艳娟霞秀玲桂兰英梅琳雪婷慧颖倩晶燕红玉萍洁琴云'
const REGIONS = [
  '110105',
  '310104',
  '440106',
  '510107',
  '330106',
  '420106',
  '320102',
  '370102',
  '610113',
  '500103',
]
const MOBILE_PREFIX = ['138', '139', '135', '136', '186', '187', '159', '177', '188', '150', '151', '133']
const TAGS = [
  '老客户',
  '摄影爱好者',
  '亲子游',
  '银发族',
  '海岛游',
  '自驾',
  '商务',
  '研学',
  '高端定制',
  '蜜月',
]
const SOURCES = ['walk_in', 'referral', 'phone', 'online', 'returning'] as const
const TIERS = ['none', 'none', 'member', 'member', 'silver', 'gold', 'platinum'] as const
const DEST = ['云南', '日本', '新马泰', '西藏', '欧洲', '海南三亚', '新疆', '港澳', '台湾', '北欧极光']

const pick = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(r() * a.length)]
const pad = (n: number, w = 2) => String(n).padStart(w, '0')

export function idNumber(r: () => number, birth: string, male: boolean): string {
  const seq = Math.floor(r() * 50) * 2 + (male ? 1 : 0)
  const first17 = pick(r, REGIONS) + birth.replace(/-/g, '') + pad(Math.floor(r() * 10), 1) + pad(seq, 2)
  return first17 + idCheckDigit(first17)
}

export function mobile(r: () => number): string {
  return pick(r, MOBILE_PREFIX) + pad(Math.floor(r() * 1e8), 8)
}

export function personName(r: () => number, male: boolean, surname = pick(r, SURNAMES)): string {
  const pool = male ? MALE : FEMALE
  const given = r() < 0.6 ? pick(r, [...pool]) + pick(r, [...pool]) : pick(r, [...pool])
  return surname + given
}

export interface GenOptions {
  /** YYYY-MM-DD; ages and document expiries are relative to it */
  today: string
  withDocuments?: boolean
  surname?: string
  male?: boolean
  birthYear?: number
}

export function syntheticCustomer(r: () => number, o: GenOptions): RawCustomer {
  const male = o.male ?? r() < 0.5
  const name = personName(r, male, o.surname)
  const year = o.birthYear ?? Number(o.today.slice(0, 4)) - 18 - Math.floor(r() * 60)
  const birth = `${year}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`
  const lunarBirth = year < 1970 && r() < 0.6
  const l = lunarBirth ? solarToLunar(birth) : null
  const age = Number(o.today.slice(0, 4)) - year
  const expiry = `${Number(o.today.slice(0, 4)) + Math.floor(r() * 9) - 1}-${pad(1 + Math.floor(r() * 12))}-15`
  const marketing = r() < 0.7
  return {
    name,
    pinyinName: passportPinyin(name),
    gender: male ? 'male' : 'female',
    birth: l
      ? { calendar: 'lunar', year: l.year, month: l.month, day: l.day, leap: l.leap }
      : { calendar: 'solar', date: birth },
    mobile: mobile(r),
    wechat: r() < 0.5 ? `wx_${Math.floor(r() * 1e6)}` : null,
    source: pick(r, SOURCES),
    tier: pick(r, TIERS),
    tags: r() < 0.6 ? [...new Set([pick(r, TAGS), ...(r() < 0.3 ? [pick(r, TAGS)] : [])])] : [],
    marketingConsent: marketing,
    doNotContact: !marketing && r() < 0.2,
    preferences: { destinations: r() < 0.5 ? `${pick(r, DEST)}、${pick(r, DEST)}` : null },
    needs: age >= 70 ? [{ kind: 'elderly', note: '需提交健康声明' }] : age < 18 ? [{ kind: 'minor' }] : [],
    documents: o.withDocuments
      ? [
          { kind: 'id_card', number: idNumber(r, birth, male), expiryDate: age >= 46 ? null : expiry },
          ...(r() < 0.4
            ? [{ kind: 'passport' as const, number: `E${pad(Math.floor(r() * 1e8), 8)}`, expiryDate: expiry }]
            : []),
        ]
      : [],
  }
}
