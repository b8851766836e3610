import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import type { Harness } from './harness'
import type { Session } from '../../src/main/app'
import { CHUNK_BYTES } from '../../src/shared/imports/imports.api'

/** A CSV file's bytes in the encodings Chinese offices save: UTF-8, UTF-8 with a BOM, GBK. */
/** the file as the renderer sends it: base64 chunks of whole 3-byte groups */
export function chunks(bytes: Buffer): string[] {
  const out: string[] = []
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES)
    out.push(bytes.subarray(i, i + CHUNK_BYTES).toString('base64'))
  return out
}

export function csvBytes(rows: string[][], encoding: 'utf-8' | 'utf-8-bom' | 'gbk', eol = '\r\n'): Buffer {
  const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)
  const text = rows.map((r) => r.map(quote).join(',')).join(eol) + eol
  if (encoding === 'gbk') return iconv.encode(text, 'gbk')
  const utf8 = Buffer.from(text, 'utf8')
  return encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8
}

/** Opens a file, takes the suggested mapping of its first sheet's first row, and dry-runs it. */
export async function openAndMap(
  h: Harness,
  fileName: string,
  bytes: Buffer,
  s?: Session,
  headerRow = 0,
  target: 'customers' | 'guides' | 'suppliers' = 'customers',
) {
  const opened = await h.must('imports.open', { fileName, data: chunks(bytes) }, s)
  const head = await h.must('imports.headers', { token: opened.token, target, sheet: 0, headerRow }, s)
  const where = { token: opened.token, target, sheet: 0, headerRow, mapping: head.mapping }
  const dry = await h.must('imports.dryRun', where, s)
  return { opened, head, where, dry }
}

export async function xlsxBytes(build: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  build(wb.addWorksheet('客户'))
  return Buffer.from(await wb.xlsx.writeBuffer())
}
