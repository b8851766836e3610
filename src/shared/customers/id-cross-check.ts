import { lunarToSolar, solarToLunar } from '../calendar/lunar'
import type { BirthInput, Gender } from './customer.schema'

export type Agreement = 'missing' | 'same' | 'differs'

/**
 * The file's birthday and gender against what a 身份证 says. A lunar birthday is compared as a lunar
 * birthday: converted to its solar date when the birth year is known, otherwise by the lunar month and
 * day the ID's birth date fell on. It is never a mismatch just for being lunar.
 */
export function idCrossCheck(
  file: { birth: BirthInput | null; gender: Gender },
  id: { birthDate: string; gender: 'male' | 'female' },
): { birth: Agreement; gender: Agreement } {
  return { birth: birthAgreement(file.birth, id.birthDate), gender: genderAgreement(file.gender, id.gender) }
}

function birthAgreement(b: BirthInput | null, idBirth: string): Agreement {
  if (!b) return 'missing'
  if (b.calendar === 'solar') return b.date === idBirth ? 'same' : 'differs'
  if (b.year != null) {
    return lunarToSolar({ year: b.year, month: b.month, day: b.day, leap: b.leap }) === idBirth
      ? 'same'
      : 'differs'
  }
  const l = solarToLunar(idBirth)
  return l.month === b.month && l.day === b.day && l.leap === b.leap ? 'same' : 'differs'
}

function genderAgreement(g: Gender, idGender: 'male' | 'female'): Agreement {
  if (g === 'unknown') return 'missing'
  return g === idGender ? 'same' : 'differs'
}
