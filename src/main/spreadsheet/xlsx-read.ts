import { isAscii } from 'node:buffer'
import type { ReadSheet } from './sheet'
import { openZip } from './zip'
import { readSheetXml } from './xlsx-sheet'
import { XlsxError, parseDateStyles, parseRels, parseSharedStrings, parseWorkbook } from './xlsx-parts'

/**
 * Every worksheet of an .xlsx, in the workbook's order (hidden ones included, chart sheets not),
 * each cell as the text a person sees (see cellText). Throws on anything that is not a readable
 * workbook (not a zip, truncated, zip64/encrypted, no workbook part, broken sheet XML); the import
 * turns that into its "cannot read this file" message.
 */
export function readWorkbook(bytes: Uint8Array): ReadSheet[] {
  const zip = openZip(bytes)
  const text = (name: string) => {
    const b = zip.read(name)
    // a sheet of shared strings is all ASCII: latin1 makes the same string with less work
    return b && b.toString(isAscii(b) ? 'latin1' : 'utf8')
  }
  const wbPath = zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : officeDocument(text('_rels/.rels'))
  const wbXml = wbPath && text(wbPath)
  if (!wbXml) throw new XlsxError('no workbook part')
  const dir = wbPath.slice(0, wbPath.lastIndexOf('/') + 1)
  const rels = parseRels(text(`${dir}_rels/${wbPath.slice(dir.length)}.rels`) ?? '', dir)
  const partOf = (kind: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith(`/${kind}`))?.target ?? fallback
  const { sheets, date1904 } = parseWorkbook(wbXml)
  const sharedXml = text(partOf('sharedStrings', `${dir}sharedStrings.xml`))
  const stylesXml = text(partOf('styles', `${dir}styles.xml`))
  const ctx = {
    shared: sharedXml ? parseSharedStrings(sharedXml) : [],
    dateStyles: stylesXml ? parseDateStyles(stylesXml) : [],
    date1904,
  }
  const out: ReadSheet[] = []
  for (const s of sheets) {
    const rel = rels.get(s.rId)
    // chart, dialog and macro sheets are no tables of data (exceljs skips them too)
    if (!rel || !rel.type.endsWith('/worksheet')) continue
    const xml = text(rel.target)
    if (xml === undefined) continue
    out.push({ name: s.name, rows: readSheetXml(xml, ctx) })
  }
  return out
}

function officeDocument(rootRels: string | undefined): string {
  if (!rootRels) return ''
  const doc = [...parseRels(rootRels, '').values()].find((r) => r.type.endsWith('/officeDocument'))
  return doc?.target ?? ''
}
