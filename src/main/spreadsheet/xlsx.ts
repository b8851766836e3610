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

/** Reads every sheet; cells become the text a person sees (see cellText). */
export async function readXlsx(bytes: Uint8Array): Promise<ReadSheet[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as never)
  return wb.worksheets.map((ws) => {
    const rows: string[][] = []
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: string[] = []
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = cellText(cell.value)
      })
      rows[n - 1] = Array.from(cells, (c) => c ?? '')
    })
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []) }
  })
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
