/**
 * Formula injection (CSV/spreadsheet injection): a cell from customer data that starts with one of
 * these is read by Excel/WPS as a formula when the file is opened or the cell is edited. A leading
 * apostrophe makes it text and is not shown. Tab and CR are in OWASP's list too.
 */
const risky = /^[=+\-@\t\r]/

export function safeCell(value: string): string {
  return risky.test(value) ? `'${value}` : value
}
