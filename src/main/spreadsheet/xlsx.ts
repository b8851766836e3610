import ExcelJS from 'exceljs'
import { safeCell } from './cell-safety'
import { readWorkbook } from './xlsx-read'
import type { ReadSheet, SheetData } from './sheet'

/*
 * Writing goes through exceljs 4.4 (well used, no known CVEs, unlike npm's `xlsx` 0.18.5); reading
 * is our own (xlsx-read.ts): exceljs took ≈ 860 ms for a 20,000-row import, most of it building a
 * document model the import throws away. Everything else passes SheetData / ReadSheet.
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
  return readWorkbook(bytes)
}
