import { z } from 'zod'

/**
 * The bureau rule many agencies work to: forms back from every traveller of a small group (≤ 10)
 * and from half of a larger one. The thresholds are the agency's (Settings).
 */
export const returnRuleSchema = z
  .object({
    smallGroupMax: z.number().int().min(1).max(999),
    smallGroupPct: z.number().int().min(0).max(100),
    largeGroupPct: z.number().int().min(0).max(100),
  })
  .strict()
export type ReturnRule = z.output<typeof returnRuleSchema>

export const defaultReturnRule: ReturnRule = { smallGroupMax: 10, smallGroupPct: 100, largeGroupPct: 50 }

export interface ReturnRate {
  participants: number
  entered: number
  /** sheets the rule asks for */
  required: number
  /** entered / participants in percent, null for an empty roster */
  pct: number | null
  met: boolean
}

export function returnRate(rule: ReturnRule, participants: number, entered: number): ReturnRate {
  const pct = participants <= rule.smallGroupMax ? rule.smallGroupPct : rule.largeGroupPct
  const required = Math.ceil((participants * pct) / 100)
  return {
    participants,
    entered,
    required,
    pct: participants ? Math.round((entered / participants) * 1000) / 10 : null,
    met: entered >= required,
  }
}

/** The code printed on a sheet (text and barcode): the 团号 and the sheet number, `TD-20261120-01-S07`. */
export function sheetCode(tripCode: string, sheetNo: number): string {
  return `${tripCode}-S${String(sheetNo).padStart(2, '0')}`
}

/** A typed or scanned sheet code → its 团号 and number; scanners may add spaces or lower-case it. */
export function parseSheetCode(text: string): { tripCode: string; sheetNo: number } | null {
  const m = /^(.+)-S(\d{1,4})$/i.exec(text.trim())
  if (!m) return null
  const sheetNo = Number(m[2])
  return sheetNo > 0 ? { tripCode: m[1], sheetNo } : null
}
