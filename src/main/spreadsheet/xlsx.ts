import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { safeCell } from './cell-safety'
import type { ReadSheet, SheetData } from './sheet'

/*
 * The one place that knows the xlsx library (exceljs 4.4: well used, no known CVEs, unlike npm's
 * `xlsx` 0.18.5). Everything else passes SheetData / ReadSheet, so the library can be swapped.
 */

export async function writeXlsx(sheets: SheetData[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'TourDesk'
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31) || 'Sheet1', {
      views: [{ state: 'frozen', ySplit: 1 }],
    })
    ws.columns = s.columns.map((c) => ({
      header: c.header,
      width: c.width ?? 14,
      style: c.text ? { numFmt: '@' } : {},
    }))
    ws.getRow(1).font = { bold: true }
    for (const r of s.rows) ws.addRow(r.map((v) => (typeof v === 'string' ? safeCell(v) : (v ?? null))))
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/**
 * Reads every sheet; cells become the text a person sees (see cellText). Read with exceljs's
 * streaming reader: rows are turned into text as they are parsed, never held as a whole workbook
 * model (cells, styles, merges) beside the text — for a 100,000-row sheet that model was most of
 * the time and memory of opening the file. Cells covered by a merge read as empty; only the first
 * keeps the value, which is what a header or a title row needs.
 */
export async function readXlsx(bytes: Uint8Array): Promise<ReadSheet[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // number formats say which numbers are dates
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  })
  const sheets: ReadSheet[] = []
  for await (const ws of reader) {
    const rows: string[][] = []
    for await (const row of ws) {
      const values = row.values as ExcelJS.CellValue[]
      const cells: string[] = []
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c] ?? null))
      rows[row.number - 1] = cells
    }
    const name = (ws as unknown as { name: string }).name
    sheets.push({ name, rows: Array.from(rows, (r) => r ?? []) })
  }
  return sheets
}

/**
 * A cell as text: numbers without exponent or float noise (a 11-digit mobile stored as a number
 * stays 13912345678), dates as YYYY-MM-DD (exceljs gives them as UTC midnights), formulas by their
 * cached result, rich text and hyperlinks by their text. 16+ digit numbers cannot be trusted
 * (Excel keeps 15 significant digits): they come back as the digits Excel kept, and the import's
 * validation then refuses a wrong identity number by its check digit.
 */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number') return numberText(v)
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((p) => p.text).join('')
    if ('formula' in v || 'sharedFormula' in v)
      return cellText((v as { result?: ExcelJS.CellValue }).result ?? null)
    if ('text' in v) return String((v as { text: unknown }).text)
    if ('error' in v) return ''
  }
  return String(v)
}

function numberText(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString()
  return String(Number(n.toPrecision(15)))
}
