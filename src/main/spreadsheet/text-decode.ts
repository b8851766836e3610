/**
 * Text files as Chinese offices save them: Excel's "CSV UTF-8" (with a BOM), plain UTF-8 from other
 * programs, and GBK/GB18030 from Excel's ordinary "CSV" on a Chinese Windows. The order matters:
 * a BOM is certain; strict UTF-8 almost never accepts GBK bytes by accident; GB18030 (a superset of
 * GBK) accepts anything, so it comes last.
 */
export type TextEncodingName = 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-8' | 'gb18030'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
  }
}
