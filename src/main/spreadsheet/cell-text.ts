/**
 * A cell as text: numbers without exponent or float noise (a 11-digit mobile stored as a number
 * stays 13912345678), dates as YYYY-MM-DD (Excel's serials are read as UTC midnights), formulas by
 * their cached result, rich text and hyperlinks by their text. 16+ digit numbers cannot be trusted
 * (Excel keeps 15 significant digits): they come back as the digits Excel kept, and the import's
 * validation then refuses a wrong identity number by its check digit.
 *
 * The value shapes are exceljs's CellValue (the test oracle reads with exceljs through this same
 * function); the xlsx reader passes plain strings, numbers, booleans and Dates.
 */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number') return numberText(v)
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v) return (v.richText as { text: string }[]).map((p) => p.text).join('')
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: unknown }).result ?? null)
    if ('text' in v) return String((v as { text: unknown }).text)
    if ('error' in v) return ''
  }
  return String(v)
}

export function numberText(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString()
  return String(Number(n.toPrecision(15)))
}

/** Excel's serial day number as a date, the way exceljs converts it (1900 or 1904 system) */
export function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000))
}
