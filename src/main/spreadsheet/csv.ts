import { safeCell } from './cell-safety'
import type { Cell, SheetData } from './sheet'

/**
 * RFC 4180 with what real files bring: quoted fields spanning lines, "" inside quotes, CRLF or LF,
 * a stray CR, a missing newline at the end. Rows are kept as typed (all text); empty lines become
 * empty rows so the row numbers in a report match what the user sees in Excel.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  const endField = () => {
    row.push(field)
    field = ''
  }
  const endRow = () => {
    endField()
    rows.push(row.length === 1 && row[0] === '' ? [] : row)
    row = []
  }
  while (i < text.length) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else field += c
      i++
      continue
    }
    if (c === '"' && field === '') quoted = true
    else if (c === delimiter) endField()
    else if (c === '\r') {
      endRow()
      if (text[i + 1] === '\n') i++
    } else if (c === '\n') endRow()
    else field += c
    i++
  }
  if (field !== '' || row.length > 0 || quoted) endRow()
  return rows
}

/** Excel opens a CSV as UTF-8 only with a BOM; CRLF because that is what it writes itself. */
export function writeCsv(sheet: SheetData): Buffer {
  const lines = [sheet.columns.map((c) => quote(c.header))]
  for (const r of sheet.rows) lines.push(r.map((v) => quote(textOf(v))))
  return Buffer.from('\ufeff' + lines.map((l) => l.join(',')).join('\r\n') + '\r\n', 'utf8')
}

function textOf(v: Cell): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') return String(v)
  return safeCell(v)
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
