import { z } from 'zod'
import { versionSchema } from '../common/schemas'
import { festivals, ruleKinds } from './reminder.types'
import type { Festival, RuleKind } from './reminder.types'

/**
 * The agency's reminder settings (Settings → 提醒). `days` means, per rule:
 * departure_notice / document_gap — days before departure; return_call — days after return (1 =
 * 回团次日); birthday / festival — days before the day (0 = on the day); document_expiry,
 * guide_licence, supplier_licence — days before expiry; stay_in_touch — unused (see stayInTouchMonths).
 */
export interface RuleSetting {
  enabled: boolean
  days: number
}

export const visitUnits = ['day', 'week', 'month', 'year'] as const
export type VisitUnit = (typeof visitUnits)[number]

/** One step of the return-visit plan (回访计划), counted from the return date. */
export interface VisitStep {
  amount: number
  unit: VisitUnit
}

export interface QuietHours {
  enabled: boolean
  /** HH:mm on the agency's clock; a window may cross midnight (21:00–08:00) */
  start: string
  end: string
}

export interface GreetingTemplates {
  /** placeholders: {name} {agency} {age} */
  birthday: string
  /** placeholders: {name} {agency} {festival} */
  festivals: Record<Festival, string>
}

export interface ReminderSettings {
  rules: Record<RuleKind, RuleSetting>
  returnVisitPlan: VisitStep[]
  stayInTouchMonths: number
  /** 重阳 greetings go to customers of at least this age */
  elderlyAge: number
  quietHours: QuietHours
  templates: GreetingTemplates
  version: number
}

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'errors.time')
const template = z.string().trim().min(1, 'errors.required').max(500, 'errors.tooLong')
const ruleSchema = z.object({ enabled: z.boolean(), days: z.number().int().min(0).max(365) }).strict()

export const reminderSettingsSchema = z
  .object({
    rules: z
      .object(
        Object.fromEntries(ruleKinds.map((k) => [k, ruleSchema])) as Record<RuleKind, typeof ruleSchema>,
      )
      .strict(),
    returnVisitPlan: z
      .array(z.object({ amount: z.number().int().min(1).max(100), unit: z.enum(visitUnits) }).strict())
      .max(12, 'errors.tooMany'),
    stayInTouchMonths: z.number().int().min(1).max(60),
    elderlyAge: z.number().int().min(50).max(100),
    quietHours: z.object({ enabled: z.boolean(), start: hhmm, end: hhmm }).strict(),
    templates: z
      .object({
        birthday: template,
        festivals: z
          .object(
            Object.fromEntries(festivals.map((f) => [f, template])) as Record<Festival, typeof template>,
          )
          .strict(),
      })
      .strict(),
    version: versionSchema,
  })
  .strict()
