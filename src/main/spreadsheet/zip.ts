import { inflateRawSync } from 'node:zlib'

/*
 * Just enough of ZIP (APPNOTE 6.3) to read an .xlsx: the end-of-central-directory record, the
 * central directory, and each wanted entry's local header, stored (0) or deflated (8). No zip64,
 * no encryption, no spanning: an .xlsx a person makes is far below 4 GB and never encrypted this
 * way (a password-protected workbook is an OLE file, not a zip). CRCs are not checked (JSZip,
 * which exceljs uses, does not check them either); sizes are.
 */

export class ZipError extends Error {
  constructor(message: string) {
    super(`zip: ${message}`)
    this.name = 'ZipError'
  }
}

interface Entry {
  method: number
  flags: number
  compressedSize: number
  size: number
  localOffset: number
}

export interface ZipReader {
  names: string[]
  has(name: string): boolean
  /** the entry's bytes, or undefined when the archive has no such entry */
  read(name: string): Buffer | undefined
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
/** no part of a workbook we read is allowed to inflate past this (a zip bomb stops here) */
const MAX_ENTRY_BYTES = 400 * 1024 * 1024

export function openZip(bytes: Uint8Array): ZipReader {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries = centralDirectory(buf)
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    read(name) {
      const e = entries.get(name)
      return e && entryBytes(buf, name, e)
    },
  }
}

function centralDirectory(buf: Buffer): Map<string, Entry> {
  const eocd = findEocd(buf)
  const count = buf.readUInt16LE(eocd + 10)
  const size = buf.readUInt32LE(eocd + 12)
  const offset = buf.readUInt32LE(eocd + 16)
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    throw new ZipError('zip64 archives are not supported')
  if (offset + size > eocd) throw new ZipError('the central directory lies outside the file (truncated?)')
  const entries = new Map<string, Entry>()
  let p = offset
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL)
      throw new ZipError('a central directory entry is damaged')
    const flags = buf.readUInt16LE(p + 8)
    const nameLen = buf.readUInt16LE(p + 28)
    const extraLen = buf.readUInt16LE(p + 30)
    const commentLen = buf.readUInt16LE(p + 32)
    const entry: Entry = {
      method: buf.readUInt16LE(p + 10),
      flags,
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    }
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff)
      throw new ZipError('zip64 entries are not supported')
    // bit 11: UTF-8 names; otherwise CP437, which for the ASCII names of a workbook is the same
    const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen)
    // exceljs reads "/xl/workbook.xml" as "xl/workbook.xml"; so do we
    entries.set(name.startsWith('/') ? name.slice(1) : name, entry)
    p += 46 + nameLen + extraLen + commentLen
  }
  return entries
}

function findEocd(buf: Buffer): number {
  // the record is 22 bytes plus a comment of up to 65,535
  const stop = Math.max(0, buf.length - 22 - 0xffff)
  for (let p = buf.length - 22; p >= stop; p--) if (buf.readUInt32LE(p) === EOCD) return p
  throw new ZipError('no end of central directory (not a zip, or truncated)')
}

function entryBytes(buf: Buffer, name: string, e: Entry): Buffer {
  if (e.flags & 0x1) throw new ZipError(`${name} is encrypted`)
  const p = e.localOffset
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL)
    throw new ZipError(`${name}: local header missing (truncated?)`)
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28)
  const end = start + e.compressedSize
  if (end > buf.length) throw new ZipError(`${name} is cut short (truncated file)`)
  if (e.size > MAX_ENTRY_BYTES) throw new ZipError(`${name} is too large`)
  const data = buf.subarray(start, end)
  let out: Buffer
  if (e.method === 0) out = data
  else if (e.method === 8) {
    try {
      // one output chunk of the declared size: no gathering of 16 KB pieces and copying them together
      out = inflateRawSync(data, {
        maxOutputLength: Math.max(1, e.size),
        chunkSize: Math.max(64, e.size + 1),
      })
    } catch (err) {
      throw new ZipError(`${name} cannot be inflated (${(err as Error).message})`)
    }
  } else throw new ZipError(`${name} uses compression method ${e.method}`)
  if (out.length !== e.size) throw new ZipError(`${name} has the wrong size (damaged)`)
  return out
}
