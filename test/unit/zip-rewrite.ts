import { crc32, deflateRawSync } from 'node:zlib'
import { openZip } from '../../src/main/spreadsheet/zip'

/**
 * For tests: the same .xlsx with some parts' XML changed (or added), written back as a plain zip
 * (deflated entries, no data descriptors) — to give both readers what exceljs never writes itself.
 */
export function rewriteZip(
  bytes: Uint8Array,
  edit: (name: string, xml: string) => string,
  add: Record<string, string> = {},
): Buffer {
  const zip = openZip(bytes)
  const files = zip.names.map(
    (n) => [n, Buffer.from(edit(n, zip.read(n)!.toString('utf8')), 'utf8')] as const,
  )
  for (const [n, xml] of Object.entries(add)) files.push([n, Buffer.from(xml, 'utf8')])
  return writeZip(files)
}

export function writeZip(files: (readonly [string, Buffer])[], method: 0 | 8 = 8): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, data] of files) {
    const packed = method === 8 ? deflateRawSync(data) : data
    const fname = Buffer.from(name, 'utf8')
    const head = Buffer.alloc(30)
    head.writeUInt32LE(0x04034b50, 0)
    head.writeUInt16LE(20, 4)
    head.writeUInt16LE(0x800, 6)
    head.writeUInt16LE(method, 8)
    head.writeUInt32LE(crc32(data), 14)
    head.writeUInt32LE(packed.length, 18)
    head.writeUInt32LE(data.length, 22)
    head.writeUInt16LE(fname.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc32(data), 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(fname.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(head, fname, packed)
    centrals.push(central, fname)
    offset += head.length + fname.length + packed.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}
