import type { ReminderKind } from '../../../shared/reminders/reminder.types'
import { birthday, festival } from './customer-rules'
import { documentExpiry, stayInTouch } from './customer-upkeep-rules'
import { guideLicence, supplierLicence } from './resource-rules'
import { complaintFollowUp, complaintReplyDue, complaintReplyOverdue } from './complaint-rules'
import { departureNotice, documentGap, returnCall, returnVisit } from './trip-rules'
import type { Rule, Subject } from './types'
import { paymentDue } from './payment-rules'

/**
 * Every rule the engine runs: the one place a feature adds its own (complaint reply due, feedback
 * form not returned). Follow-ups and manual tasks are written directly by their calls, not by a rule.
 */
export const rules: readonly Rule[] = [
  departureNotice,
  returnCall,
  returnVisit,
  documentGap,
  birthday,
  festival,
  documentExpiry,
  stayInTouch,
  guideLicence,
  supplierLicence,
  paymentDue,
  complaintReplyDue,
  complaintReplyOverdue,
  complaintFollowUp,
]

export function rulesFor(subject: Subject): Rule[] {
  return rules.filter((r) => r.subject === subject)
}

export function ruleOf(kind: ReminderKind): Rule | undefined {
  return rules.find((r) => r.kind === kind)
}
