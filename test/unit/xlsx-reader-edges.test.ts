import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readImportFile } from '../../src/main/imports/open-files'
import { readXlsx } from '../../src/main/spreadsheet/xlsx'
import { openZip } from '../../src/main/spreadsheet/zip'
import { readXlsxWithExceljs } from './xlsx-oracle'
import { rewriteZip, writeZip } from './zip-rewrite'

/*
 * Fixed cases for the own xlsx reader: what exceljs writes (1904 dates, a 10,000-character cell),
 * what Excel writes and exceljs does not (inline strings, shared formulas, phonetic runs, cells
 * without r), broken files, and the few places where we read what Excel shows and exceljs did not.
 */

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** a hand-made workbook with one sheet of the given <sheetData> content */
function handMade(o: {
  rows: string
  shared?: string[]
  xfs?: number[]
  workbookPr?: string
  after?: string
}) {
  const files: [string, string][] = [
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${R}><workbookPr ${o.workbookPr ?? ''}/>` +
        `<sheets><sheet name="名单 &amp;amp; 1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    [
      'xl/worksheets/sheet1.xml',
      `<worksheet ${NS} ${R}><sheetData>${o.rows}</sheetData>${o.after ?? ''}</worksheet>`,
    ],
    [
      'xl/styles.xml',
      `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
        '<fonts><font><sz val="11"/></font></fonts><fills><fill><patternFill patternType="none"/></fill></fills><borders><border/></borders>' +
        `<cellXfs>${[0, ...(o.xfs ?? [])].map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0"/>`).join('')}</cellXfs></styleSheet>`,
    ],
    ['xl/sharedStrings.xml', `<sst ${NS}>${(o.shared ?? []).map((s) => `<si>${s}</si>`).join('')}</sst>`],
  ]
  return writeZip(files.map(([n, x]) => [n, Buffer.from(x, 'utf8')] as const))
}

async function both(bytes: Buffer) {
  return { ours: (await readXlsx(bytes))[0], exceljs: (await readXlsxWithExceljs(bytes))[0] }
}

describe('readXlsx fixed cases, against exceljs', () => {
  it('reads a 1904-date workbook (Mac Excel) to the same days', async () => {
    const wb = new ExcelJS.Workbook()
    wb.properties.date1904 = true
    const ws = wb.addWorksheet('日期')
    ws.addRow([new Date(Date.UTC(2024, 1, 29)), new Date(Date.UTC(1958, 2, 17)), 100])
    const bytes = Buffer.from(await wb.xlsx.writeBuffer())
    expect(openZip(bytes).read('xl/workbook.xml')!.toString()).toContain('date1904="1"')
    const { ours, exceljs } = await both(bytes)
    expect(ours.rows).toEqual([['2024-02-29', '1958-03-17', '100']])
    expect(ours).toStrictEqual(exceljs)
  })

  it('reads a 10,000-character cell whole', async () => {
    const long = '张伟&<> "x"\n'.repeat(1000)
    expect(long.length).toBe(10_000)
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('s').addRow([long, 'after'])
    const { ours, exceljs } = await both(Buffer.from(await wb.xlsx.writeBuffer()))
    expect(ours.rows).toEqual([[long, 'after']])
    expect(ours).toStrictEqual(exceljs)
  })

  it('reads inline strings, entities, _x000D_ escapes, phonetic runs, shared formulas and cells without r', async () => {
    const bytes = handMade({
      shared: [
        '<t>a_x000D_b_x005F_x000D_</t>',
        '<t>张伟</t><rPh sb="0" eb="2"><t>ちょう</t></rPh>',
        '<r><t>粗</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 体 </t></r>',
      ],
      rows:
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
        '<c r="D1" t="inlineStr"><is><t>&#123;&#x1F600;&amp;&lt;_x000D_\r\nz</t></is></c></row>' +
        '<row r="3"><c r="A3"><v>2</v></c><c r="B3"><f t="shared" ref="B3:B4" si="0">A3*2</f><v>4</v></c></row>' +
        '<row r="4"><c r="A4"><v>3</v></c><c r="B4"><f t="shared" si="0"/><v>6</v></c><c><v>7</v></c><c t="str"><v>x&amp;amp;y</v></c></row>' +
        '<row r="6" spans="1:3"/>',
    })
    const { ours, exceljs } = await both(bytes)
    expect(ours.name).toBe('名单 & 1') // exceljs decodes sheet names twice
    expect(ours.rows).toEqual([
      ['a\rb_x000D_', '张伟', '粗 体 ', '{😀&<_x000D_\nz'],
      [],
      ['2', '4'],
      ['3', '6', '7', 'x&y'],
      [],
      [],
    ])
    expect(ours).toStrictEqual(exceljs)
  })

  it('keeps styled empty cells and merged ranges as exceljs does, drops bare empty cells', async () => {
    const bytes = handMade({
      xfs: [2],
      rows: '<row r="2"><c r="B2" t="inlineStr"><is><t>合并</t></is></c><c r="E2"/><c r="G2" s="1"/></row>',
      after: '<mergeCells count="2"><mergeCell ref="B2:C3"/><mergeCell ref="$H$5:$H$5"/></mergeCells>',
    })
    const { ours, exceljs } = await both(bytes)
    expect(ours.rows).toEqual([
      [],
      ['', '合并', '合并', '', '', '', ''],
      ['', '合并', '合并'],
      [],
      ['', '', '', '', '', '', '', ''],
    ])
    expect(ours).toStrictEqual(exceljs)
  })

  it('reads merged ranges on a sheet whose <sheetData/> is empty', async () => {
    const bytes = rewriteZip(handMade({ rows: '' }), (n, x) =>
      n.endsWith('sheet1.xml')
        ? x.replace(
            '<sheetData></sheetData>',
            '<sheetData/><mergeCells><mergeCell ref="A2:B2"/></mergeCells>',
          )
        : x,
    )
    const { ours, exceljs } = await both(bytes)
    expect(ours.rows).toEqual([[], ['', '']])
    expect(ours).toStrictEqual(exceljs)
  })

  it('reads stored (uncompressed) zip entries as well as deflated ones', async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('s').addRow(['张伟', 13912345678, true])
    const bytes = Buffer.from(await wb.xlsx.writeBuffer())
    const zip = openZip(bytes)
    const stored = writeZip(
      zip.names.map((n) => [n, zip.read(n)!] as const),
      0,
    )
    expect(await readXlsx(stored)).toStrictEqual(await readXlsx(bytes))
    expect((await readXlsx(stored))[0].rows).toEqual([['张伟', '13912345678', 'TRUE']])
  })
})

describe('readXlsx where it reads what Excel shows and exceljs did not', () => {
  it('t="d" ISO dates, built-in East Asian date formats, date1904="true", hyperlinks on empty cells', async () => {
    const rows =
      '<row r="1"><c r="A1" t="d"><v>2024-01-05T00:00:00Z</v></c><c r="B1" s="1"><v>45296</v></c>' +
      '<c r="C1" s="2"><v>45296</v></c><c r="D1" s="3"/></row>'
    const after = '<hyperlinks><hyperlink ref="D1" r:id="rId9"/></hyperlinks>'
    const bytes = handMade({ xfs: [31, 164, 1], rows, after })
    const ours = (await readXlsx(bytes))[0].rows
    expect(ours).toEqual([['2024-01-05', '2024-01-05', '2024-01-05', '']])
    // exceljs: parseFloat of the ISO text, the serial number, and String(undefined)
    const sheetRels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="${REL}/hyperlink" Target="https://example.com" TargetMode="External"/></Relationships>`
    const withRels = rewriteZip(bytes, (_n, x) => x, { 'xl/worksheets/_rels/sheet1.xml.rels': sheetRels })
    expect((await readXlsxWithExceljs(withRels))[0].rows).toEqual([
      ['2024', '45296', '2024-01-05', 'undefined'],
    ])
    expect((await readXlsx(withRels))[0].rows).toEqual(ours)

    const mac = handMade({
      workbookPr: 'date1904="true"',
      xfs: [14],
      rows: '<row r="1"><c r="A1" s="1"><v>43834</v></c></row>',
    })
    expect((await readXlsx(mac))[0].rows).toEqual([['2024-01-05']])
  })
})

describe('readXlsx on files that are no workbook', () => {
  const valid = async () => {
    const wb = new ExcelJS.Workbook()
    wb.addWorksheet('客户').addRow(['张伟', '13912345678'])
    return Buffer.from(await wb.xlsx.writeBuffer())
  }

  it('refuses a file cut short anywhere, and the import says it cannot read it', async () => {
    const bytes = await valid()
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 4, max: bytes.length - 1 }), async (cut) => {
        const part = bytes.subarray(0, cut)
        await expect(readXlsx(part)).rejects.toThrow(/zip|xlsx/)
        await expect(readImportFile('客户.xlsx', part)).rejects.toMatchObject({
          code: 'VALIDATION',
          fields: { data: { key: 'errors.importUnreadable' } },
        })
      }),
      { numRuns: 40 },
    )
  })

  it('refuses zip64 and encrypted entries and a zip without a workbook, with a clear reason', async () => {
    const bytes = await valid()
    const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    const zip64 = Buffer.from(bytes)
    zip64.writeUInt32LE(0xffffffff, eocd + 16)
    await expect(readXlsx(zip64)).rejects.toThrow('zip64')
    const encrypted = Buffer.from(bytes)
    for (let p = encrypted.readUInt32LE(eocd + 16); encrypted.readUInt32LE(p) === 0x02014b50;) {
      encrypted.writeUInt16LE(encrypted.readUInt16LE(p + 8) | 1, p + 8)
      p +=
        46 + encrypted.readUInt16LE(p + 28) + encrypted.readUInt16LE(p + 30) + encrypted.readUInt16LE(p + 32)
    }
    await expect(readXlsx(encrypted)).rejects.toThrow('encrypted')
    const notBook = writeZip([['hello.txt', Buffer.from('你好')]])
    await expect(readXlsx(notBook)).rejects.toThrow('no workbook')
  })
})
