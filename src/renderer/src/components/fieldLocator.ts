import { cleanLabel } from './errorSummary'

/*
 * Finds a form's fields by the `name` useFormErrors gives every bound input (the field path), so the
 * error summary can link to them and focus can move to the first bad one without each form keeping a
 * table of refs. A select's named input is MUI's hidden native input: the visible combobox next to it
 * is what takes the focus and carries the label.
 */
export function fieldElement(root: ParentNode, path: string): HTMLElement | null {
  const named = root.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`)
  if (!named) return null
  if (named instanceof HTMLInputElement && named.getAttribute('aria-hidden') === 'true') {
    return named.parentElement?.querySelector<HTMLElement>('[role="combobox"]') ?? null
  }
  return named
}

export function fieldLabel(el: HTMLElement): string | null {
  const labelled = el.getAttribute('aria-labelledby')?.split(/\s+/)[0]
  const byId = labelled ? document.getElementById(labelled)?.textContent : null
  const own = (el as HTMLInputElement).labels?.[0]?.textContent
  return cleanLabel(own ?? byId ?? el.getAttribute('aria-label'))
}

/** Field paths in the order their inputs appear on the screen. */
export function screenOrder(root: ParentNode, paths: readonly string[]): string[] {
  const found = paths
    .map((p) => [p, fieldElement(root, p)] as const)
    .filter((x): x is readonly [string, HTMLElement] => x[1] !== null)
  found.sort(([, a], [, b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
  return found.map(([p]) => p)
}

export function focusField(root: ParentNode, path: string): boolean {
  const el = fieldElement(root, path)
  if (!el) return false
  el.focus()
  el.scrollIntoView?.({ block: 'center' })
  return true
}
