import { randomBytes } from 'node:crypto'
import { AppError } from '../../shared/api/envelope'
import type { ImportEncoding, OpenedFile } from '../../shared/imports/imports.types'
import { MAX_SHEET_ROWS } from '../../shared/imports/imports.api'
import { readXlsx } from '../spreadsheet/xlsx'
import { parseCsv } from '../spreadsheet/csv'
import { decodeText } from '../spreadsheet/text-decode'
import type { ReadSheet } from '../spreadsheet/sheet'
import type { ImportField } from '../../shared/imports/resource-fields'
import type { Analysis, Validated } from './analyse'
import type { Db } from '../db/open'
import { sqlFor } from '../db/store-sql'
import type { ImportKind } from './import-kind'

/**
 * A file being imported lives in main between the wizard's steps (read once, mapped, dry-run,
 * imported), under a random token that only the staff member who opened it can use. Only the
 * last few stay: a wizard abandoned halfway must not hold a 100,000-row sheet forever.
 */
export interface OpenFile {
  token: string
  staffId: number
  fileName: string
  encoding: ImportEncoding
  sheets: ReadSheet[]
  running: boolean
  cancelled: boolean
  /** the last validation of this file, reused while sheet, header row, mapping and day are the same */
  validated?: { key: string; result: Validated<unknown> }
  /** the duplicate groups of that validation, and the database's write marker read before them */
  grouped?: { key: string; marker: string; analysis: Analysis<unknown> }
}

const KEEP = 4
const files = new Map<string, OpenFile>()

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04

function badFile(): AppError {
  return new AppError('VALIDATION', 'errors.validation', undefined, {
    data: { key: 'errors.importUnreadable' },
  })
}

/** CSV's delimiter as Excel writes it in the locale: a comma, or a tab for "Unicode text" / a semicolon */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r|\n|$/))
  const counts = [',', '\t', ';'].map((d) => [d, first.split(d).length] as const)
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0]
}

export async function readImportFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ encoding: ImportEncoding; sheets: ReadSheet[] }> {
  if (isZip(bytes)) {
    try {
      return { encoding: 'xlsx', sheets: await readXlsx(bytes) }
    } catch {
      throw badFile()
    }
  }
  if (/\.xlsx?$/i.test(fileName)) throw badFile()
  const { text, encoding } = decodeText(bytes)
  const name = fileName.replace(/\.[^.]*$/, '') || 'CSV'
  return { encoding, sheets: [{ name, rows: parseCsv(text, delimiterOf(text)) }] }
}

export async function openImportFile(
  staffId: number,
  fileName: string,
  chunks: string[],
): Promise<OpenedFile> {
  const bytes = Buffer.concat(chunks.map((c) => Buffer.from(c, 'base64')))
  const read = await readImportFile(fileName, bytes)
  if (read.sheets.some((s) => s.rows.length > MAX_SHEET_ROWS + 50))
    throw new AppError('VALIDATION', 'errors.validation', undefined, {
      data: { key: 'errors.importTooManyRows', params: { max: MAX_SHEET_ROWS } },
    })
  const token = randomBytes(16).toString('hex')
  for (const [t, f] of files) if (files.size >= KEEP && !f.running) files.delete(t)
  files.set(token, { token, staffId, fileName, ...read, running: false, cancelled: false })
  return {
    token,
    encoding: read.encoding,
    sheets: read.sheets.map((s) => ({
      name: s.name,
      rowCount: s.rows.length,
      preview: s.rows.slice(0, 8).map((r) => r.slice(0, 30).map((c) => c.slice(0, 100))),
    })),
  }
}

/** the open file behind a token, for the staff member who opened it only */
export function fileFor(token: string, staffId: number): OpenFile {
  const f = files.get(token)
  if (!f || f.staffId !== staffId) throw new AppError('NOT_FOUND', 'errors.importGone')
  return f
}

export function sheetOf(
  f: OpenFile,
  sheet: number,
  headerRow: number,
): { headers: string[]; body: string[][] } {
  const s = f.sheets[sheet]
  if (!s || headerRow >= s.rows.length)
    throw new AppError('VALIDATION', 'errors.validation', undefined, {
      sheet: { key: 'errors.importNoSuchSheet' },
    })
  return { headers: s.rows[headerRow].map((h) => h.trim()), body: s.rows.slice(headerRow + 1) }
}

export function closeImportFile(token: string): void {
  files.delete(token)
}

/** the rows of the chosen sheet below its header row, validated (once per kind, sheet, mapping and day) */
export function validatedRows<I>(
  f: OpenFile,
  kind: ImportKind<I>,
  q: { sheet: number; headerRow: number; mapping: Record<string, ImportField> },
  today: string,
): Validated<I> {
  const key = JSON.stringify([kind.target, q.sheet, q.headerRow, Object.entries(q.mapping).sort(), today])
  if (f.validated?.key !== key) {
    const { body } = sheetOf(f, q.sheet, q.headerRow)
    f.validated = { key, result: kind.validate(body, q.headerRow + 2, q.mapping, today) }
  }
  return f.validated.result as Validated<I>
}

/**
 * The validated rows grouped into duplicates against the database. The groups of the last call are
 * reused only when nothing at all was written to the database since they were read: the store's
 * write marker (SQLite: this connection's change count and the file's data version, so a write by
 * anyone moves it) is the same as it was before that lookup. The dry run's lookup then serves the
 * import that follows it; any write in between (another window, the reminders, another desk on
 * PostgreSQL, which has no such marker) means a lookup afresh.
 */
export async function groupedRows<I>(
  db: Db,
  f: OpenFile,
  kind: ImportKind<I>,
  q: { sheet: number; headerRow: number; mapping: Record<string, ImportField> },
  today: string,
): Promise<Analysis<I>> {
  const validated = validatedRows(f, kind, q, today)
  const key = f.validated!.key
  const marker = await sqlFor(db).writeMarker(db)
  if (marker !== null && f.grouped?.key === key && f.grouped.marker === marker)
    return f.grouped.analysis as Analysis<I>
  const analysis = await kind.group(db, validated)
  f.grouped = marker === null ? undefined : { key, marker, analysis: analysis as Analysis<unknown> }
  return analysis
}
