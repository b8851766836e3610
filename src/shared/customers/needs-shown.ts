import type { NeedKind, NeedShown } from './customer.schema'
import { CONFIDENTIAL_NEED, sensitiveNeeds } from './customer.schema'

/**
 * Which needs a role is told about. Health and pregnancy are health data (PIPL): roles that may
 * not see health data learn that a special need exists — one 'confidential' in their place — and
 * never which. Main applies this to everything it sends (list, profile, trip participants).
 */
export function needsShown(kinds: readonly NeedKind[], seesHealth: boolean): NeedShown[] {
  if (seesHealth) return [...kinds]
  const open: NeedShown[] = kinds.filter((k) => !sensitiveNeeds.includes(k))
  return open.length === kinds.length ? open : [...open, CONFIDENTIAL_NEED]
}

/**
 * The needs an update stores. An editor who may see health data replaces them all. Any other editor
 * cannot see the sensitive ones, so cannot have meant to remove them: those stored stay as they are
 * (note included), and one they add — the customer told them at the counter — is added. Without the
 * health consent no sensitive need is kept: withdrawing consent erases them, whoever saves.
 */
export function needsAfterEdit<N extends { kind: NeedKind; note: string | null }>(
  stored: readonly N[],
  edited: readonly N[],
  opts: { seesHealth: boolean; healthConsent: boolean },
): (N | { kind: NeedKind; note: string | null })[] {
  if (!opts.healthConsent) return edited.filter((n) => !sensitiveNeeds.includes(n.kind))
  if (opts.seesHealth) return [...edited]
  const isSensitive = (n: { kind: NeedKind }) => sensitiveNeeds.includes(n.kind)
  const kept = stored.filter(isSensitive).map((n) => ({ kind: n.kind, note: n.note }))
  const added = edited.filter((n) => isSensitive(n) && !kept.some((k) => k.kind === n.kind))
  return [...edited.filter((n) => !isSensitive(n)), ...kept, ...added]
}
