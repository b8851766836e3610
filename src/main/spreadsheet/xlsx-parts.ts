/*
 * The small parts of an .xlsx around the sheets: XML text and attributes as an XML parser hands
 * them over, the workbook (sheets, date system), relationships, shared strings and which cell
 * styles are dates. Scanned with indexOf and regular expressions, not a DOM: a 100,000-row
 * workbook is read in a fraction of the time exceljs needs. Where exceljs reads a thing in its
 * own way (the oracle of test/unit/xlsx-reader.test.ts), the comment says so.
 */

export class XlsxError extends Error {
  constructor(message: string) {
    super(`xlsx: ${message}`)
    this.name = 'XlsxError'
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g

function entities(s: string): string {
  return s.replace(
    ENTITY,
    (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (name) return NAMED[name]
      const code = dec ? parseInt(dec, 10) : parseInt(hex!, 16)
      if (code > 0x10ffff) throw new XlsxError(`bad character reference ${_m}`)
      return String.fromCodePoint(code)
    },
  )
}

/** element text as an XML parser gives it: line ends normalised to \n, entities and &#…; decoded */
export function xmlText(s: string): string {
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n')
  return s.includes('&') ? entities(s) : s
}

/** an attribute value as an XML parser gives it: literal tabs and line ends become spaces */
export function xmlAttrText(s: string): string {
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ')
  return s.includes('&') ? entities(s) : s
}

/** exceljs decodes `t="str"` results and sheet names a second time, for these five names only */
export function xmlDecodeAgain(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&([a-z]*);/g, (m, name: string) =>
    ['lt', 'gt', 'amp', 'apos', 'quot'].includes(name) ? NAMED[name] : m,
  )
}

/** Excel's `_x000D_` escapes inside <t> (exceljs: upper-case hex only) */
export function unescapeX(s: string): string {
  return s.includes('_x')
    ? s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s
}

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

/** the attributes of a start tag (the text between its name and its `>`), raw */
export function attrsOf(s: string): Record<string, string> {
  const out: Record<string, string> = {}
  ATTR.lastIndex = 0
  for (let m = ATTR.exec(s); m; m = ATTR.exec(s)) out[m[1]] = m[2] ?? m[3]
  return out
}

/** the text between `<tag …>` and `</tag>` of the first such element, or '' */
export function section(xml: string, tag: string): string {
  const open = new RegExp(`<${tag}(?=[\\s>/])[^>]*>`, 'g')
  const m = open.exec(xml)
  if (!m || m[0].endsWith('/>')) return ''
  const end = xml.indexOf(`</${tag}>`, open.lastIndex)
  return xml.slice(open.lastIndex, end < 0 ? xml.length : end)
}

/** every `<tag …>` start (or empty) tag's attributes, in order */
export function tagsOf(xml: string, tag: string): Record<string, string>[] {
  const re = new RegExp(`<${tag}(?=[\\s>/])([^>]*)>`, 'g')
  const out: Record<string, string>[] = []
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(attrsOf(m[1]))
  return out
}

export interface WorkbookSheet {
  name: string
  rId: string
}

export function parseWorkbook(xml: string): { sheets: WorkbookSheet[]; date1904: boolean } {
  const pr = tagsOf(xml, 'workbookPr')[0] ?? {}
  // exceljs takes date1904="1" only; "true" is the same in the schema (xsd:boolean) and LibreOffice writes it
  const date1904 = pr.date1904 === '1' || pr.date1904 === 'true'
  const sheets = tagsOf(section(xml, 'sheets'), 'sheet').map((a, i) => {
    const rId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? ''
    // exceljs keeps at most 31 characters of a name (Excel's own limit)
    const name = a.name === undefined ? `Sheet${i + 1}` : xmlDecodeAgain(xmlAttrText(a.name)).slice(0, 31)
    return { name, rId }
  })
  return { sheets, date1904 }
}

export interface Relationship {
  type: string
  target: string
}

/** Id → {type, target}, the target resolved to a path inside the zip */
export function parseRels(xml: string, baseDir: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>()
  for (const a of tagsOf(xml, 'Relationship')) {
    if (!a.Id || a.Target === undefined || a.TargetMode === 'External') continue
    rels.set(a.Id, { type: a.Type ?? '', target: resolve(baseDir, xmlAttrText(a.Target).trim()) })
  }
  return rels
}

function resolve(baseDir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : baseDir.split('/').filter(Boolean)
  for (const p of target.split('/')) {
    if (p === '..') parts.pop()
    else if (p && p !== '.') parts.push(p)
  }
  return parts.join('/')
}

/** a shared string or inline <is>: plain <t>, or rich text runs <r><t>; phonetic <rPh> left out */
export type StringItem = string

const RUN = /<r(?:\s[^>]*)?>([\s\S]*?)<\/r>/g
const T = /<t(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/t>)/g

/** the text of one <t> element's inner XML the way exceljs's TextXform reads it */
function tText(inner: string | undefined): string {
  return inner ? unescapeX(xmlText(inner)) : ''
}

/** the last <t> of a piece of XML (exceljs keeps the last when there are several), or undefined */
function lastT(xml: string): string | undefined {
  let text: string | undefined
  T.lastIndex = 0
  for (let m = T.exec(xml); m; m = T.exec(xml)) text = tText(m[1])
  return text
}

/** the text of the inner XML of <si> (and of rich inline strings) */
export function richOrPlain(inner: string): string | undefined {
  if (inner.includes('<rPh')) inner = inner.replace(/<rPh(?:\s[^>]*)?>[\s\S]*?<\/rPh>/g, '')
  if (/<r[\s>]/.test(inner)) {
    let text = ''
    RUN.lastIndex = 0
    for (let m = RUN.exec(inner); m; m = RUN.exec(inner)) text += lastT(m[1]) ?? ''
    return text
  }
  return lastT(inner)
}

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = []
  const re = /<si(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/si>)/g
  for (let at = xml.indexOf('<si'); at >= 0; at = xml.indexOf('<si', at)) {
    // fast path, as Excel and exceljs write nearly every item: <si><t>text</t></si>
    if (xml.startsWith('<si><t>', at)) {
      const end = xml.indexOf('<', at + 7)
      if (xml.startsWith('</t></si>', end)) {
        out.push(tText(xml.slice(at + 7, end)))
        at = end + 9
        continue
      }
    }
    re.lastIndex = at
    const m = re.exec(xml)
    if (!m || m.index !== at) {
      at += 3 // <sit…> or the like: not an item
      continue
    }
    // exceljs gives an <si> with no <t> at all the value {} ("[object Object]"); '' here
    out.push(richOrPlain(m[1] ?? '') ?? '')
    at = re.lastIndex
  }
  return out
}

/*
 * Which cell styles (index into <cellXfs>) show numbers as dates. exceljs: a style's numFmtId, if
 * not 0, names a custom <numFmt> or a built-in format; it is a date if the code, without [..] and
 * "..", holds one of y m d h M s b. Beyond exceljs, the built-in East Asian date formats 27–36 and
 * 50–58 (whose codes depend on the locale; exceljs knows no code for them and reads a number)
 * are dates, as Excel shows them.
 */
const BUILTIN: Record<number, string> = {
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
}

export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''))
}

export function parseDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>()
  for (const a of tagsOf(section(xml, 'numFmts'), 'numFmt')) {
    const code = xmlAttrText(a.formatCode ?? '').replace(/[\\](.)/g, '$1')
    custom.set(parseInt(a.numFmtId, 10), code)
  }
  return tagsOf(section(xml, 'cellXfs'), 'xf').map((a) => {
    const id = parseInt(a.numFmtId, 10)
    if (!id) return false
    const code = custom.get(id)
    if (code) return isDateFormat(code)
    if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return true
    return isDateFormat(BUILTIN[id])
  })
}
