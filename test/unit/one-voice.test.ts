import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'

/*
 * One way of saying things, read from the renderer's source: every notice goes through NoticeSnackbar
 * (one style, one position), and no screen writes Chinese punctuation into what English also shows —
 * joiners and brackets come from the translation files.
 */

const ROOT = path.resolve(__dirname, '../../src/renderer/src')

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === 'i18n' ? [] : files(p)
    return /\.tsx?$/.test(e.name) ? [p] : []
  })
}

/** The code without its comments (a comment may quote Chinese). */
const code = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')

describe('one voice', () => {
  const all = files(ROOT).map((f) => ({ f: path.relative(ROOT, f), src: code(fs.readFileSync(f, 'utf8')) }))

  it('reads the renderer', () => expect(all.length).toBeGreaterThan(100))

  it('shows notices only through NoticeSnackbar', () => {
    const own = all
      .filter(({ f, src }) => f !== path.join('components', 'NoticeSnackbar.tsx') && /<Snackbar\b/.test(src))
      .map(({ f }) => f)
    expect(own).toEqual([])
  })

  it('takes joiners and brackets from i18n, not literal Chinese punctuation', () => {
    const literal = all
      .filter(({ src }) => /['"`][^'"`\n]*[、，；：（）][^'"`\n]*['"`]/.test(src))
      .map(({ f }) => f)
    // a regular expression that accepts what a clerk types (，as a thousands separator) is not a text
    expect(literal.filter((f) => f !== path.join('trips', 'form', 'formState.ts'))).toEqual([])
  })
})
