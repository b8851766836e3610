import { cellText, numberText, serialDate } from './cell-text'
import { XlsxError, attrsOf, richOrPlain, section, tagsOf, xmlDecodeAgain, xmlText } from './xlsx-parts'

/*
 * One worksheet's <sheetData> as rows of text, cell for cell what the exceljs-based reader gave
 * (see test/unit/xlsx-reader.test.ts, which holds exceljs as the oracle):
 * - a row exists from its <row r>, even without cells; rows and cells in between are empty;
 * - a <c> exists if it has a value or a style other than 0 (exceljs drops a bare <c r="B2"/>);
 * - merged ranges repeat the top-left cell's text in every cell they cover, creating rows/cells;
 * - a hyperlinked cell is its value stringified (String(13912345678), "true").
 * Where exceljs makes nonsense we read what Excel shows instead: t="d" ISO dates as dates, a date
 * style on a formula's text result leaves the text, a hyperlink on an empty cell is ''.
 */

export interface SheetContext {
  shared: string[]
  /** by cellXfs index: does this style show numbers as dates */
  dateStyles: boolean[]
  date1904: boolean
}

const MAX_ROWS = 1_048_576
const MAX_COLS = 16_384
const MAX_MERGED_CELLS = 2_000_000

const F = /<f(?=[\s>/])([^>]*?)(\/?)>/
const V = /<v(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/v>)/
const IS = /<is(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/is>)/
const T_ALL = /<t(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/t>)/g

export function readSheetXml(xml: string, ctx: SheetContext): string[][] {
  const rows: string[][] = []
  const open = xml.indexOf('<sheetData')
  const openEnd = open < 0 ? -1 : xml.indexOf('>', open)
  let end = open < 0 ? 0 : xml.charCodeAt(openEnd - 1) === 47 ? openEnd : xml.indexOf('</sheetData>', open)
  if (end < 0) end = xml.length
  // <hyperlinks> and <mergeCells> come after <sheetData> (CT_Worksheet's sequence)
  const links = hyperlinkRefs(xml, end)
  let row: string[] | undefined
  let rowNo = 0
  let col = 0
  // a hand-written scan: this loop runs once per cell (100,000 rows × columns)
  for (let lt = open < 0 ? -1 : xml.indexOf('<', open + 10); lt >= 0 && lt < end;) {
    const gt = xml.indexOf('>', lt)
    if (gt < 0) throw new XlsxError('a tag is not closed')
    const next = xml.charCodeAt(lt + 1)
    const after = xml.charCodeAt(lt + 2)
    if (next === 114 /* r */ && xml.startsWith('ow', lt + 2) && isNameEnd(xml.charCodeAt(lt + 4))) {
      const tag = xml.slice(lt + 4, gt)
      const rAttr = quick(tag, ' r="') ?? attrsOf(tag).r
      const r = rAttr === undefined ? rowNo + 1 : parseInt(rAttr, 10)
      if (!(r >= 1 && r <= MAX_ROWS)) throw new XlsxError(`bad row number ${rAttr}`)
      rowNo = r
      col = 0
      row = rows[r - 1] = []
      lt = xml.indexOf('<', gt)
      continue
    }
    if (next !== 99 /* c */ || !isNameEnd(after)) {
      lt = xml.indexOf('<', gt)
      continue
    }
    const a = cellAttrs(xml, lt + 2, gt, links.size > 0)
    let text: string | null
    let close = gt
    if (xml.charCodeAt(gt - 1) === 47 /* / */) text = row ? cellValue(a, '', ctx, links) : null
    else {
      close = xml.indexOf('</c>', gt)
      if (close < 0) throw new XlsxError('a cell is not closed')
      const v = gt + 4 // fast path: <c …><v>text</v></c>
      if (xml.startsWith('<v>', gt + 1) && xml.indexOf('<', v) === close - 4 && close - 4 > v)
        text = row ? fromValue(a, xmlText(xml.slice(v, close - 4)), false, ctx, links) : null
      else text = row ? cellValue(a, xml.slice(gt + 1, close), ctx, links) : null
      close += 3
    }
    lt = xml.indexOf('<', close)
    if (text === null || !row) continue // exceljs drops a cell without value or style (and does not count it)
    const c = a.col || col + 1
    if (c > MAX_COLS) throw new XlsxError(`bad cell reference at column ${c}`)
    col = c
    row[c - 1] = text
  }
  applyMerges(xml, end, rows)
  const out: string[][] = new Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]
    if (!r) out[i] = []
    else {
      for (let j = 0; j < r.length; j++) if (r[j] === undefined) r[j] = ''
      out[i] = r
    }
  }
  return out
}

const isNameEnd = (ch: number) => ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13

interface CellAttrs {
  /** the column from r, 0 without r */
  col: number
  /** r itself, only when the sheet has hyperlinks (they are keyed by it) */
  r?: string
  /** exceljs: parseInt(s) when s is there, NaN (no style) otherwise */
  style: number
  t?: string
}

/** an attribute value in a tag's attribute text, by indexOf */
function quick(a: string, name: string): string | undefined {
  const i = a.indexOf(name)
  if (i < 0) return undefined
  return a.slice(i + 4, a.indexOf('"', i + 4))
}

const cell: CellAttrs = { col: 0, style: 0 }

/**
 * r, s and t of the <c> whose attributes lie between from and to, read in place (no slices but t);
 * anything unusual (spaces around =, a stray character) goes through the general attribute parser.
 * Returns one reused object: read it before the next call.
 */
function cellAttrs(xml: string, from: number, to: number, wantR: boolean): CellAttrs {
  cell.col = 0
  cell.r = undefined
  cell.style = 0
  cell.t = undefined
  for (let p = from; p < to;) {
    const ch = xml.charCodeAt(p)
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13) {
      p++
      continue
    }
    if (ch === 47 /* / */ && p === to - 1) break
    const eq = xml.indexOf('=', p)
    const q = xml.charCodeAt(eq + 1)
    if (eq < 0 || eq >= to || (q !== 34 && q !== 39)) return generalAttrs(xml.slice(from, to), wantR)
    const end = xml.indexOf(q === 34 ? '"' : "'", eq + 2)
    if (end < 0 || end >= to) return generalAttrs(xml.slice(from, to), wantR)
    if (eq === p + 1) {
      if (ch === 114 /* r */) {
        cell.col = columnAt(xml, eq + 2, end)
        if (wantR) cell.r = xml.slice(eq + 2, end)
      } else if (ch === 115 /* s */) cell.style = styleAt(xml, eq + 2, end)
      else if (ch === 116 /* t */) cell.t = xml.slice(eq + 2, end)
    }
    p = end + 1
  }
  return cell
}

function generalAttrs(tag: string, wantR: boolean): CellAttrs {
  const a = attrsOf(tag)
  cell.col = a.r === undefined ? 0 : columnAt(a.r, 0, a.r.length)
  cell.r = wantR ? a.r : undefined
  cell.style = a.s ? parseInt(a.s, 10) || 0 : 0
  cell.t = a.t
  return cell
}

function styleAt(xml: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const d = xml.charCodeAt(i) - 48
    if (d < 0 || d > 9) return parseInt(xml.slice(from, to), 10) || 0
    n = n * 10 + d
  }
  return n
}

/** 'AB12' → 28 (the row part is not used: exceljs places a cell by its column only) */
function columnAt(ref: string, from: number, to: number): number {
  let n = 0
  let i = ref.charCodeAt(from) === 36 ? from + 1 : from // a leading $
  for (; i < to; i++) {
    const ch = ref.charCodeAt(i)
    if (ch < 65 || ch > 90) break
    n = n * 26 + ch - 64
  }
  if (n === 0) throw new XlsxError(`bad cell reference ${ref.slice(from, to)}`)
  return n
}

const columnOf = (ref: string) => columnAt(ref, 0, ref.length)

/** the cell's text, or null when exceljs would not make a cell of it */
function cellValue(a: CellAttrs, content: string, ctx: SheetContext, links: Set<string>): string | null {
  let v: string | undefined
  let formula = false
  if (content !== '') {
    const f = F.exec(content)
    if (f) formula = /(^|\s)t\s*=/.test(f[1]) || (!f[2] && !content.startsWith('</f>', f.index + f[0].length))
    const is = IS.exec(content)
    if (is) v = inlineText(is[1] ?? '')
    else {
      const raw = V.exec(content)?.[1]
      v = raw ? xmlText(raw) : undefined
    }
  }
  return fromValue(a, v, formula, ctx, links)
}

function fromValue(
  a: CellAttrs,
  v: string | undefined,
  formula: boolean,
  ctx: SheetContext,
  links: Set<string>,
): string | null {
  const link = links.size > 0 && a.r !== undefined && links.has(a.r)
  const t = a.t
  const style = a.style
  const isDate = !!style && ctx.dateStyles[style] === true
  if (formula) {
    if (!v) return ''
    if (t === 'str') return xmlDecodeAgain(v)
    if (t === 'e') return ''
    // exceljs keeps a formula's cached result only when truthy: FALSE, 0 and NaN results read as ''
    // (a date-styled 0 is a Date by then, so it stays)
    if (t === 'b') return parseInt(v, 10) !== 0 || link ? bool(v, link) : ''
    if (!link && !isDate && t !== 'd' && !parseFloat(v)) return ''
    return number(t, v, isDate, ctx, link)
  }
  if (v === undefined) return style || link ? '' : null
  switch (t) {
    case 's': {
      const s = ctx.shared[parseInt(v, 10)]
      if (s === undefined) throw new XlsxError(`no shared string ${v}`)
      return s
    }
    case 'str':
      return xmlDecodeAgain(v)
    case 'inlineStr':
      return v
    case 'b':
      return bool(v, link)
    case 'e':
      return ''
    default:
      return number(t, v, isDate, ctx, link)
  }
}

/** an inline <is>: rich text runs, or every <t> in it (exceljs takes the <rPh> ones too, undecoded _x…_) */
function inlineText(inner: string): string | undefined {
  if (/<r[\s>]/.test(inner)) return richOrPlain(inner) ?? '' // rich text is a value even when empty
  let text = ''
  T_ALL.lastIndex = 0
  for (let m = T_ALL.exec(inner); m; m = T_ALL.exec(inner)) if (m[1]) text += xmlText(m[1])
  return text || undefined
}

function bool(v: string, link: boolean): string {
  const b = parseInt(v, 10) !== 0
  return link ? String(b) : b ? 'TRUE' : 'FALSE'
}

function number(t: string | undefined, v: string, isDate: boolean, ctx: SheetContext, link: boolean): string {
  // exceljs reads t="d" (an ISO 8601 date) as parseFloat("2024-01-05…") = 2024; it is the date
  if (t === 'd') return /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : v
  const n = parseFloat(v)
  if (isDate) {
    const d = serialDate(n, ctx.date1904)
    // exceljs's reader failed the whole file on a date-styled number no date can hold; the number
    if (!Number.isNaN(d.getTime())) return cellText(d)
  }
  return link ? String(n) : numberText(n)
}

function hyperlinkRefs(xml: string, from: number): Set<string> {
  const refs = new Set<string>()
  const at = xml.indexOf('<hyperlinks', from)
  if (at < 0) return refs
  for (const a of tagsOf(section(xml.slice(at), 'hyperlinks'), 'hyperlink'))
    if (a.ref && Object.keys(a).some((k) => k.endsWith(':id'))) refs.add(a.ref)
  return refs
}

interface Range {
  top: number
  left: number
  bottom: number
  right: number
}

function rangeOf(ref: string): Range {
  const [a, b = a] = ref.split(':')
  const p = [a, b].map((x) => {
    const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(x)
    if (!m) throw new XlsxError(`bad merged range ${ref}`)
    return { row: parseInt(m[2], 10), col: columnOf(m[1]) }
  })
  const r = {
    top: Math.min(p[0].row, p[1].row),
    bottom: Math.max(p[0].row, p[1].row),
    left: Math.min(p[0].col, p[1].col),
    right: Math.max(p[0].col, p[1].col),
  }
  if (r.top < 1 || r.bottom > MAX_ROWS || r.right > MAX_COLS) throw new XlsxError(`bad merged range ${ref}`)
  return r
}

/** merged ranges as exceljs applies them: every covered cell shows the top-left cell's text */
function applyMerges(xml: string, from: number, rows: string[][]): void {
  const at = xml.indexOf('<mergeCells', from)
  if (at < 0) return
  const done: Range[] = []
  let cells = 0
  for (const a of tagsOf(section(xml.slice(at), 'mergeCells'), 'mergeCell')) {
    if (!a.ref) continue
    const r = rangeOf(a.ref)
    if (done.some((d) => d.left <= r.right && r.left <= d.right && d.top <= r.bottom && r.top <= d.bottom))
      throw new XlsxError(`merged ranges overlap at ${a.ref}`) // exceljs: "Cannot merge already merged cells"
    done.push(r)
    cells += (r.bottom - r.top + 1) * (r.right - r.left + 1)
    if (cells > MAX_MERGED_CELLS) throw new XlsxError('too many merged cells')
    const master = rows[r.top - 1]?.[r.left - 1] ?? ''
    for (let i = r.top; i <= r.bottom; i++) {
      const row = (rows[i - 1] ??= [])
      for (let j = r.left; j <= r.right; j++) row[j - 1] = master
    }
  }
}
