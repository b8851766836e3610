import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import i18next from 'i18next'
import { resources } from '../../src/renderer/src/i18n/resources'
import { checkText } from '../../src/renderer/src/trips/page/checkText'
import type { CheckWarning } from '../../src/shared/trips/trip.types'

/* Every trip check is named and said in words in both languages: never a raw code on the checks list. */
const codes = [
  ...fs
    .readFileSync(path.resolve(__dirname, '../../src/shared/trips/trip.types.ts'), 'utf8')
    .split('export type CheckCode')[1]
    .split('\n\n')[0]
    .matchAll(/'(\w+)'/g),
].map((m) => m[1])

describe('trip check words', () => {
  it('reads the check codes', () => expect(codes).toContain('visa_not_issued'))

  it.each(['zh-CN', 'en'] as const)('names every check and says its message in %s', (lang) => {
    const c = resources[lang].tripPage.checks as { kind: Record<string, string>; msg: Record<string, string> }
    for (const code of codes) {
      expect(c.kind[code], `${lang} kind.${code}`).toBeTruthy()
      expect(c.msg[code] ?? c.msg[`${code}_other`], `${lang} msg.${code}`).toBeTruthy()
    }
  })

  it('writes a visa status in lower case inside the English sentence', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({
      resources,
      lng: 'en',
      ns: Object.keys(resources.en),
      interpolation: { escapeValue: false },
    })
    const w = {
      code: 'visa_not_issued',
      severity: 'warning',
      params: { name: 'Li Lei', status: 'to_apply', neededBy: '2026-12-20' },
      target: { kind: 'participant', id: 1 },
    } as unknown as CheckWarning
    expect(checkText(i18n.t, w, (d) => d)).toBe(
      'The visa of Li Lei is not issued yet (still to apply); it is needed by 2026-12-20',
    )
  })
})
