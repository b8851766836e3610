import ExcelJS from 'exceljs'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { safeCell } from '../../src/main/spreadsheet/cell-safety'
import { parseCsv, writeCsv } from '../../src/main/spreadsheet/csv'
import { decodeText } from '../../src/main/spreadsheet/text-decode'
import { readXlsx, writeXlsx } from '../../src/main/spreadsheet/xlsx'

const header = '姓名,手机,身份证号,备注\r\n'
const row = '张伟,013912345678,11010519491231002X,"爱吃辣, 靠窗"\r\n'

describe('decodeText', () => {
  it('reads UTF-8 with a BOM, without one, and GBK as Chinese Excel saves it', () => {
    const utf8 = Buffer.from(header + row, 'utf8')
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toEqual({
      text: header + row,
      encoding: 'utf-8-bom',
    })
    expect(decodeText(utf8).encoding).toBe('utf-8')
    const gbk = iconv.encode(header + row, 'gbk')
    expect(gbk.equals(utf8)).toBe(false)
    expect(decodeText(gbk)).toEqual({ text: header + row, encoding: 'gb18030' })
  })

  it('reads UTF-16 with its BOM (Excel "Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t手机', 'utf16le')])
    expect(decodeText(bytes)).toEqual({ text: '姓名\t手机', encoding: 'utf-16le' })
  })
})

describe('parseCsv', () => {
  it('keeps quoted commas, doubled quotes, line breaks inside quotes, CRLF and empty lines', () => {
    const text = '姓名,备注\r\n张伟,"说""你好"", 然后\r\n走了"\r\n\r\n李娜,\nlast,x'
    expect(parseCsv(text)).toEqual([
      ['姓名', '备注'],
      ['张伟', '说"你好", 然后\r\n走了'],
      [],
      ['李娜', ''],
      ['last', 'x'],
    ])
  })

  it('keeps leading zeros and 18-digit numbers as text', () => {
    expect(parseCsv(header + row)[1]).toEqual(['张伟', '013912345678', '11010519491231002X', '爱吃辣, 靠窗'])
  })

  it('reads back what writeCsv writes, for any text (risky first characters neutralised)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { maxLength: 8 }),
        (rows) => {
          const bytes = writeCsv({ name: 's', columns: [{ header: 'a' }, { header: 'b' }], rows })
          const { text, encoding } = decodeText(bytes)
          expect(encoding).toBe('utf-8-bom')
          const back = parseCsv(text).slice(1, rows.length + 1)
          expect(back.map((r) => (r.length === 0 ? ['', ''] : r))).toEqual(
            rows.map((r) => r.map((c) => safeCell(c))),
          )
        },
      ),
    )
  })
})

describe('safeCell', () => {
  it('turns would-be formulas into text and leaves ordinary values alone', () => {
    expect(safeCell('=HYPERLINK("http://x","点我")')).toBe('\'=HYPERLINK("http://x","点我")')
    expect(safeCell('+86 139')).toBe("'+86 139")
    expect(safeCell('-1')).toBe("'-1")
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(safeCell('张伟')).toBe('张伟')
    expect(safeCell('13912345678')).toBe('13912345678')
  })
})

describe('xlsx', () => {
  it('round-trips Chinese text, text-kept numbers and neutralised formulas', async () => {
    const bytes = await writeXlsx([
      {
        name: '客户',
        columns: [{ header: '姓名' }, { header: '手机', text: true }, { header: '备注' }, { header: '次数' }],
        rows: [
          ['张伟', '013912345678', '=1+1', 3],
          ['李娜', null, 'x'.repeat(10_000), 0],
        ],
      },
    ])
    const [sheet] = await readXlsx(bytes)
    expect(sheet.name).toBe('客户')
    expect(sheet.rows).toEqual([
      ['姓名', '手机', '备注', '次数'],
      ['张伟', '013912345678', "'=1+1", '3'],
      ['李娜', '', 'x'.repeat(10_000), '0'],
    ])
  })

  it('reads what Excel files hold: dates, formulas by result, merged headers, numbers without noise', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Sheet1')
    ws.mergeCells('A1:B1')
    ws.getCell('A1').value = '基本信息'
    ws.getCell('A2').value = '姓名'
    ws.getCell('B2').value = '生日'
    ws.getCell('C2').value = '手机'
    ws.getCell('A3').value = { richText: [{ text: '张' }, { text: '伟' }] }
    ws.getCell('B3').value = new Date(Date.UTC(1958, 2, 17))
    ws.getCell('C3').value = 13912345678
    ws.getCell('D3').value = { formula: 'C3*0+0.1+0.2', result: 0.30000000000000004 }
    const [sheet] = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()))
    expect(sheet.rows[0].slice(0, 2)).toEqual(['基本信息', '基本信息'])
    expect(sheet.rows[2]).toEqual(['张伟', '1958-03-17', '13912345678', '0.3'])
  })
})
