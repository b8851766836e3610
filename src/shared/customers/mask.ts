import { validatePhone } from './phone'

function starMiddle(s: string, head: number, tail: number): string {
  const chars = Array.from(s)
  const stars = Math.max(0, chars.length - head - tail)
  return chars.slice(0, head).join('') + '*'.repeat(stars) + chars.slice(chars.length - tail).join('')
}

export function maskDocNumber(num: string): string {
  const s = num.trim()
  const len = Array.from(s).length
  if (len === 0) return ''
  if (len >= 10) return starMiddle(s, 3, 4)
  if (len >= 6) return starMiddle(s, 1, 3)
  return starMiddle(s, 0, Math.min(2, len))
}

export function maskPhone(phone: string): string {
  const parsed = validatePhone(phone)
  const s = parsed.ok ? parsed.normalized : phone.trim().replace(/[\s\-()]/g, '')
  if (s === '') return ''
  if (parsed.ok && parsed.kind === 'mainland') return starMiddle(s, 3, 4)

  const head = s.startsWith('+') ? 4 : 3
  // Too short to keep head and tail visible without revealing nearly everything.
  if (s.length < head + 4 + 2) return maskDocNumber(s)
  return starMiddle(s, head, 4)
}
