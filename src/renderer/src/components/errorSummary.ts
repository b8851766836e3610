/*
 * What the error summary at the top of a refused form lists: one entry per field message, in the
 * order the fields appear on the screen (so the first entry is the field focus moves to), then the
 * messages whose field is not on the screen (a hidden section, a whole-list rule) without a link.
 */
export interface SummaryItem {
  path: string
  message: string
  /** the field's visible label; null when the field is not on the screen (listed, not linked) */
  label: string | null
}

export function buildSummary(
  fields: Record<string, string>,
  screenOrder: readonly string[],
  labelOf: (path: string) => string | null,
): SummaryItem[] {
  const onScreen = screenOrder.filter((p) => p in fields)
  const rest = Object.keys(fields).filter((p) => !onScreen.includes(p))
  return [
    ...onScreen.map((path) => ({ path, message: fields[path], label: labelOf(path) })),
    ...rest.map((path) => ({ path, message: fields[path], label: null })),
  ]
}

/** True when `next` names a field `prev` did not: a new refusal, not the clerk fixing fields one by one. */
export function hasNewField(prev: Record<string, string>, next: Record<string, string>): boolean {
  return Object.keys(next).some((k) => !(k in prev))
}

/** A label as shown, without the required-field asterisk MUI appends. */
export function cleanLabel(text: string | null | undefined): string | null {
  const s = (text ?? '').replace(/[\s\u2009]*\*\s*$/, '').trim()
  return s || null
}
