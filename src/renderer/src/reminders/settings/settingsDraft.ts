import { ruleKinds } from '../../../../shared/reminders/reminder.types'
import type { RuleKind } from '../../../../shared/reminders/reminder.types'
import type {
  GreetingTemplates,
  QuietHours,
  ReminderSettings,
  VisitUnit,
} from '../../../../shared/reminders/reminder-settings'

/**
 * The settings form's state: numbers as the clerk typed them (a box may be empty while editing),
 * everything else as main sends it. Turned back into numbers only when saved.
 */
export interface SettingsDraft {
  rules: Record<RuleKind, { enabled: boolean; days: string }>
  plan: { amount: string; unit: VisitUnit }[]
  stayInTouchMonths: string
  elderlyAge: string
  quietHours: QuietHours
  templates: GreetingTemplates
}

/** How a rule's lead time reads: before the event, after the return, or not used (its own fields). */
export function daysMeaning(kind: RuleKind): 'before' | 'after' | null {
  if (kind === 'return_call') return 'after'
  if (kind === 'return_visit' || kind === 'stay_in_touch') return null
  return 'before'
}

export function toDraft(s: ReminderSettings): SettingsDraft {
  const rules = {} as SettingsDraft['rules']
  for (const k of ruleKinds) rules[k] = { enabled: s.rules[k].enabled, days: String(s.rules[k].days) }
  return {
    rules,
    plan: s.returnVisitPlan.map((p) => ({ amount: String(p.amount), unit: p.unit })),
    stayInTouchMonths: String(s.stayInTouchMonths),
    elderlyAge: String(s.elderlyAge),
    quietHours: { ...s.quietHours },
    templates: { birthday: s.templates.birthday, festivals: { ...s.templates.festivals } },
  }
}

/**
 * A typed number; a blank or unreadable box stays NaN so main's schema refuses it with a message
 * under that box, instead of the form quietly saving 0.
 */
function num(text: string): number {
  const t = text.trim()
  return /^\d+$/.test(t) ? Number(t) : Number.NaN
}

export function fromDraft(d: SettingsDraft, version: number): ReminderSettings {
  const rules = {} as ReminderSettings['rules']
  for (const k of ruleKinds) rules[k] = { enabled: d.rules[k].enabled, days: num(d.rules[k].days) }
  return {
    rules,
    returnVisitPlan: d.plan.map((p) => ({ amount: num(p.amount), unit: p.unit })),
    stayInTouchMonths: num(d.stayInTouchMonths),
    elderlyAge: num(d.elderlyAge),
    quietHours: { ...d.quietHours },
    templates: d.templates,
    version,
  }
}

export const sameDraft = (a: SettingsDraft, b: SettingsDraft): boolean =>
  JSON.stringify(a) === JSON.stringify(b)
