import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/*
 * Every icon button has an accessible name: a screen reader (and axe) reads nothing from an icon.
 * Read from the source with the TypeScript parser, so a button on a screen no browser test opens is
 * caught too. A name is an aria-label / aria-labelledby / title on the button, or a Tooltip around
 * it (MUI gives the child the tooltip's title as its label).
 */

const ROOT = path.resolve(__dirname, '../../src/renderer/src')
const NAMED = new Set(['aria-label', 'aria-labelledby', 'title'])

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? files(p) : p.endsWith('.tsx') ? [p] : []
  })
}

function attrsOf(node: ts.Node): ts.JsxAttributes | null {
  if (ts.isJsxSelfClosingElement(node)) return node.attributes
  if (ts.isJsxElement(node)) return node.openingElement.attributes
  return null
}

function tagOf(node: ts.Node): string | null {
  if (ts.isJsxSelfClosingElement(node)) return node.tagName.getText()
  if (ts.isJsxElement(node)) return node.openingElement.tagName.getText()
  return null
}

function hasName(attrs: ts.JsxAttributes): boolean {
  return attrs.properties.some(
    (p) => ts.isJsxSpreadAttribute(p) || (ts.isJsxAttribute(p) && NAMED.has(p.name.getText())),
  )
}

/** Icon buttons with no accessible name, as "file:line". */
export function unnamedIconButtons(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const out: string[] = []
  const visit = (node: ts.Node, inTooltip: boolean) => {
    const tag = tagOf(node)
    const attrs = attrsOf(node)
    if (tag === 'IconButton' && attrs && !hasName(attrs) && !inTooltip) {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart())
      out.push(`${path.relative(ROOT, file)}:${line + 1}`)
    }
    // only the tooltip's own child is named by it, not everything deeper in its subtree
    const tooltip = tag === 'Tooltip' && ts.isJsxElement(node)
    ts.forEachChild(node, (child) =>
      visit(child, tooltip ? ts.isJsxElement(child) || ts.isJsxSelfClosingElement(child) : inTooltip && !tag),
    )
  }
  visit(sf, false)
  return out
}

describe('icon buttons', () => {
  it('have an accessible name everywhere in the renderer', () => {
    // parse only the files that have one: the parser is the slow part
    const missing = files(ROOT).flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8')
      return text.includes('<IconButton') ? unnamedIconButtons(f, text) : []
    })
    expect(missing).toEqual([])
  })

  it('are caught when unnamed, and accepted when labelled or inside a tooltip', () => {
    const src = `
      const a = <IconButton onClick={go}><EditOutlined /></IconButton>
      const b = <IconButton aria-label={t('edit')} onClick={go}><EditOutlined /></IconButton>
      const c = <Tooltip title={t('edit')}><IconButton onClick={go}><EditOutlined /></IconButton></Tooltip>
      const d = <Tooltip title="x"><span><IconButton size="small" /></span></Tooltip>
    `
    expect(unnamedIconButtons(path.join(ROOT, 'x.tsx'), src)).toEqual(['x.tsx:2', 'x.tsx:5'])
  })
})
