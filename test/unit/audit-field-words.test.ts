import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import zh from '../../src/renderer/src/i18n/zh-CN/audit'
import en from '../../src/renderer/src/i18n/en/audit'
import { camelKey, wordKey } from '../../src/shared/audit/audit-words'

/*
 * The audit log reads like a ledger: every field name main writes literally into an entry
 * (auditor(...)('status', 'trip', id, ['status', 'confirmAnyway'])) has its words in both languages,
 * so the screen and the inspection export never show a raw key such as `confirmAnyway`.
 */
function writtenFields(): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (dir: string) => {
    for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, f.name)
      if (f.isDirectory()) walk(p)
      else if (f.name.endsWith('.ts')) {
        const src = fs.readFileSync(p, 'utf8')
        for (const m of src.matchAll(/\)\(\s*'[\w.]+',\s*'\w+',[^[)]*?,\s*\[([^\]]*)\]/g)) {
          // a compared value (c.kind === 'guide' ? …) is not a field
          for (const q of m[1].matchAll(/(?<!=== )'([\w.]+)'/g)) out.set(q[1], path.relative(dir, p))
        }
      }
    }
  }
  walk(path.resolve(__dirname, '../../src/main'))
  return out
}

describe('audit field words', () => {
  const fields = writtenFields()

  it('finds the literal field lists main writes', () => {
    expect(fields.has('confirmAnyway')).toBe(true)
    expect(fields.size).toBeGreaterThan(10)
  })

  it('has words for each of them in Chinese and English', () => {
    for (const [lang, words] of [
      ['zh-CN', zh],
      ['en', en],
    ] as const) {
      const known = words.fields as Record<string, string>
      const missing = [...fields.keys()].filter((f) => !(wordKey(camelKey(f)) in known))
      expect(missing, lang).toEqual([])
    }
  })
})
