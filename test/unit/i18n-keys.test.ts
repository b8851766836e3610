import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { resources } from '../../src/renderer/src/i18n/resources'

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix]
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

function leaves(o: unknown): string[] {
  if (typeof o !== 'object' || o === null) return [String(o)]
  return Object.values(o).flatMap(leaves)
}

describe('i18n resources', () => {
  const zh = resources['zh-CN']
  const en = resources.en

  it('have the same namespaces and exactly the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
    for (const ns of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(keys(en[ns]).sort(), `namespace ${ns}`).toEqual(keys(zh[ns]).sort())
    }
  })

  it('have no empty strings, and English has no Chinese characters left untranslated', () => {
    for (const ns of Object.keys(en) as (keyof typeof en)[]) {
      for (const v of leaves(en[ns])) {
        expect(v.trim(), `en:${ns}`).not.toBe('')
        // language names are shown in their own language on purpose
        if (v !== '简体中文') expect(v, `en:${ns} "${v}"`).not.toMatch(/\p{Script=Han}/u)
      }
      for (const v of leaves(zh[ns])) expect(v.trim(), `zh:${ns}`).not.toBe('')
    }
  })

  it('cover every error key main can send', () => {
    const errorKeys = new Set<string>()
    const walk = (dir: string) => {
      for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, f.name)
        if (f.isDirectory()) walk(p)
        else if (/\.tsx?$/.test(f.name)) {
          for (const m of fs.readFileSync(p, 'utf8').matchAll(/'errors\.([A-Za-z.]+)'/g)) errorKeys.add(m[1])
        }
      }
    }
    walk(path.resolve(__dirname, '../../src'))
    errorKeys.delete('idCard')
    for (const r of ['format', 'checksum', 'birthdate']) errorKeys.add(`idCard.${r}`)
    const zhKeys = new Set(keys(zh.errors))
    const enKeys = new Set(keys(en.errors))
    for (const k of errorKeys) {
      // a counted message is kept as its plural forms (roomTooSmall_one / roomTooSmall_other)
      expect(zhKeys.has(k) || zhKeys.has(`${k}_other`), `zh errors.${k}`).toBe(true)
      expect(enKeys.has(k) || enKeys.has(`${k}_other`), `en errors.${k}`).toBe(true)
    }
  })

  it('give every English count phrase its singular: no "1 rows", "1 travellers"', () => {
    const lacking: string[] = []
    const walk = (o: Record<string, unknown>, at: string) => {
      for (const [k, v] of Object.entries(o)) {
        if (typeof v === 'object' && v !== null) walk(v as Record<string, unknown>, `${at}.${k}`)
        else if (typeof v === 'string' && v.includes('{{count}}')) {
          const base = k.replace(/_(zero|one|two|few|many|other)$/, '')
          if (!(`${base}_one` in o) || !(`${base}_other` in o)) lacking.push(`${at}.${k}`)
        }
      }
    }
    for (const [ns, r] of Object.entries(en)) walk(r as Record<string, unknown>, ns)
    expect(lacking).toEqual([])
  })

  it('say "1 row" in English and keep the plural for more', async () => {
    const i18n = (await import('i18next')).default.createInstance()
    await i18n.init({
      resources,
      lng: 'en',
      ns: Object.keys(en),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
    })
    expect(i18n.t('imports:rows', { count: 1 })).toBe('1 row')
    expect(i18n.t('imports:rows', { count: 2 })).toBe('2 rows')
    expect(i18n.t('exports:done', { count: 1 })).toBe('1 row exported')
    expect(i18n.t('rooms:familySkipped', { count: 3 })).toMatch(/^3 families/)
    // a day trip (一日游) is one day
    const days = i18n.t('tripPage:itinerary.dayCount', { count: 1 })
    expect(
      i18n.t('tripPage:itinerary.summary', {
        days,
        items: i18n.t('tripPage:itinerary.itemCount', { count: 1 }),
      }),
    ).toBe('1 day · 1 item')
  })
})
