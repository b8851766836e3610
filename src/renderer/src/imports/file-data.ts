import { CHUNK_BYTES } from '../../../shared/imports/imports.api'

/** A picked file as the open call takes it: base64 chunks of whole 3-byte groups. */
export async function fileChunks(file: File): Promise<string[]> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  const chunks: string[] = []
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) {
    const part = bytes.subarray(i, i + CHUNK_BYTES)
    let bin = ''
    for (let j = 0; j < part.length; j += 8192) bin += String.fromCharCode(...part.subarray(j, j + 8192))
    chunks.push(btoa(bin))
  }
  return chunks
}

/** Offers base64 bytes as a download (Electron asks where to save it). */
export function saveBase64(data: string, fileName: string): void {
  const bin = atob(data)
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(
    new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  )
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
