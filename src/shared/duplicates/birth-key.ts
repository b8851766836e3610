import type { BirthInput } from '../customers/customer.schema'

/**
 * The key of the "same name and birth date" duplicate rule: a solar date, or a lunar birthday
 * (农历生日) with its year, month, day and leap-month flag. A lunar birthday without its year gives
 * no key: month and day alone are shared by too many people of one name to say they are one person.
 */
export function nameBirthKey(name: string, birth: BirthInput | null | undefined): string | null {
  if (!birth) return null
  if (birth.calendar === 'solar') return `${name}\u0000s:${birth.date}`
  if (birth.year === null || birth.year === undefined) return null
  return `${name}\u0000l:${birth.year}-${birth.month}-${birth.day}-${birth.leap ? 1 : 0}`
}
