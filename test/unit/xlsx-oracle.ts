import ExcelJS from 'exceljs'
import { cellText } from '../../src/main/spreadsheet/cell-text'
import type { ReadSheet } from '../../src/main/spreadsheet/sheet'

/**
 * The exceljs-based reader readXlsx was until issue 11 (kept verbatim, for tests only): the oracle
 * the fast reader in src/main/spreadsheet/xlsx-read.ts must agree with cell for cell.
 */
export async function readXlsxWithExceljs(bytes: Uint8Array): Promise<ReadSheet[]> {
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
