// Chinese resident identity card number (GB 11643-1999).

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2']

export type IdCardResult =
  | { ok: true; birthDate: string; gender: 'male' | 'female' }
  | { ok: false; reason: 'format' | 'checksum' | 'birthdate' }

export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idCheckDigit expects exactly 17 digits')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

// NFKC folds full-width digits and Ｘ that Chinese IMEs produce.
export function normalizeIdCard(raw: string): string {
  return raw.normalize('NFKC').trim().toUpperCase()
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  const leapYear = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const daysInMonth = m === 2 ? (leapYear ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31
  return d <= daysInMonth
}

/**
 * What a card number says about itself: format, a real birth date from 1900 on, the check digit.
 * Needs no clock, so the IPC schema can run it; callers that know today use validateIdCard.
 */
export function readIdCard(raw: string): IdCardResult {
  const id = normalizeIdCard(raw)
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: 'format' }

  const y = Number(id.slice(6, 10))
  const m = Number(id.slice(10, 12))
  const d = Number(id.slice(12, 14))
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  // A mistyped birth digit also breaks the checksum; reporting the date first is more actionable.
  if (!isRealDate(y, m, d) || birthDate < '1900-01-01') return { ok: false, reason: 'birthdate' }

  if (idCheckDigit(id.slice(0, 17)) !== id[17]) return { ok: false, reason: 'checksum' }

  const gender = Number(id[16]) % 2 === 1 ? 'male' : 'female'
  return { ok: true, birthDate, gender }
}

/**
 * readIdCard, and the holder was born by `today`: the agency's calendar day (YYYY-MM-DD), passed by
 * the caller from its injected clock, so a card holder born "today" in Beijing is accepted at 00:30.
 */
export function validateIdCard(raw: string, today: string): IdCardResult {
  const r = readIdCard(raw)
  if (r.ok && r.birthDate > today) return { ok: false, reason: 'birthdate' }
  return r
}
