import type { TFunction } from 'i18next'
import type { CheckWarning } from '../../../../shared/trips/trip.types'

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/**
 * A warning in plain words: its params, with dates in the user's format and document kinds named
 * the way the customer file names them ("护照"), fill the message of its code.
 */
export function checkText(t: TFunction, w: CheckWarning, date: (iso: string) => string): string {
  const params: Record<string, string | number> = {}
  for (const [k, v] of Object.entries(w.params))
    params[k] = typeof v === 'string' && isoDate.test(v) ? date(v) : v
  if (typeof w.params.doc === 'string')
    params.doc = t(`tripPage:checks.docInText.${w.params.doc}`, {
      defaultValue: t(`customers:docKind.${w.params.doc}`, { defaultValue: w.params.doc }),
    })
  if (w.code === 'visa_not_issued')
    params.status = t(`tripPage:checks.visaInText.${String(w.params.status)}`, {
      defaultValue: t(`payments:visa.st.${String(w.params.status)}`),
    })
  return t(`tripPage:checks.msg.${w.code}`, params) as string
}

export type CheckAction =
  | { kind: 'participant'; participantId: number }
  | { kind: 'documents'; customerId: number }
  | { kind: 'guideTab' }
  | { kind: 'guide'; guideId: number }
  | { kind: 'trip'; tripId: number; code: string }
  | { kind: 'editTrip' }

/** What a clerk would open to fix a warning, most useful first. */
export function checkActions(
  w: CheckWarning,
  guideOf: (assignmentId: number) => number | undefined,
): CheckAction[] {
  const out: CheckAction[] = []
  const { target } = w
  switch (w.code) {
    case 'doc_missing':
    case 'doc_expired':
    case 'passport_validity':
      if (target.customerId) out.push({ kind: 'documents', customerId: target.customerId })
      if (target.id) out.push({ kind: 'participant', participantId: target.id })
      break
    case 'duplicate_participant':
    case 'minor_without_guardian':
    case 'roommate_mismatch':
    case 'visa_not_issued':
      if (target.id) out.push({ kind: 'participant', participantId: target.id })
      break
    case 'guide_overlap': {
      const tripId = Number(w.params.tripId)
      if (tripId) out.push({ kind: 'trip', tripId, code: String(w.params.code ?? '') })
      out.push({ kind: 'guideTab' })
      break
    }
    case 'guide_licence': {
      const guideId = target.id ? guideOf(target.id) : undefined
      if (guideId) out.push({ kind: 'guide', guideId })
      out.push({ kind: 'guideTab' })
      break
    }
    case 'over_capacity':
    case 'under_minimum':
      out.push({ kind: 'editTrip' })
      break
  }
  return out
}
