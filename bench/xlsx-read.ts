/*
 * Reading the import benchmark's workbook (bench/imports.ts sheetOf): the exceljs-based reader
 * (kept as the tests' oracle) against our own. Same bytes, best of 5 after a warm-up.
 *
 *   npx tsx bench/xlsx-read.ts [--rows 20000]
 */
import ExcelJS from 'exceljs'
import { isDeepStrictEqual } from 'node:util'
import { readXlsx } from '../src/main/spreadsheet/xlsx'
import { cellText } from '../src/main/spreadsheet/cell-text'
import type { ReadSheet } from '../src/main/spreadsheet/sheet'
import { sheetOf } from './imports'
import { msSince, now } from './stats'

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i < 0 ? fallback : process.argv[i + 1]
}

/** the reader before issue 11 (a copy of test/unit/xlsx-oracle.ts, which bench cannot import) */
async function readXlsxWithExceljs(bytes: Uint8Array): Promise<ReadSheet[]> {
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

async function best(read: () => Promise<unknown>, runs = 5): Promise<number> {
  await read()
  let min = Infinity
  for (let i = 0; i < runs; i++) {
    const t0 = now()
    await read()
    min = Math.min(min, msSince(t0))
  }
  return min
}

async function main() {
  const rows = Number(arg('rows', '20000'))
  const { bytes } = await sheetOf(rows)
  const same = isDeepStrictEqual(await readXlsx(bytes), await readXlsxWithExceljs(bytes))
  const oldMs = await best(() => readXlsxWithExceljs(bytes))
  const newMs = await best(() => readXlsx(bytes))
  console.log(`xlsx ${(bytes.length / 1e6).toFixed(2)} MB, ${rows} rows; same output: ${same}`)
  console.log(
    `exceljs reader: ${oldMs.toFixed(0)} ms   own reader: ${newMs.toFixed(0)} ms   (${(oldMs / newMs).toFixed(1)}×)`,
  )
}

void main()
