import { addDays } from '../../../shared/common/dates'
import type { Occurrence, Rule, RuleEnv } from './types'
import { chunks, inWindow } from './types'

type Table = 'guides' | 'suppliers'

/**
 * Licence expiry of guides (导游证) and suppliers (business licence). Nobody owns these records, so the
 * reminder goes to the whole desk (assignee null).
 */
function licenceRule(
  kind: 'guide_licence' | 'supplier_licence',
  table: Table,
  subject: 'guide' | 'supplier',
): Rule {
  const lead = (env: RuleEnv) => env.settings.rules[kind].days
  return {
    kind,
    subject,
    complete: false,
    async candidates(env, from, to) {
      const rows = await env.db
        .selectFrom(table)
        .select('id')
        .where('active', '=', 1)
        .where('licence_expiry', '>=', addDays(from, lead(env)))
        .where('licence_expiry', '<=', addDays(to, lead(env)))
        .execute()
      return rows.map((r) => r.id)
    },
    async occurrencesOf(env, ids, from, to) {
      const out: Occurrence[] = []
      for (const part of chunks(ids)) {
        const rows = await env.db
          .selectFrom(table)
          .select(['id', 'licence_expiry'])
          .where('id', 'in', part)
          .where('active', '=', 1)
          .where('licence_expiry', 'is not', null)
          .execute()
        for (const r of rows) {
          const expiry = r.licence_expiry as string
          const due = addDays(expiry, -lead(env))
          if (!inWindow(due, from, to)) continue
          out.push({
            kind,
            sourceKey: `${kind}:${subject[0]}${r.id}:${expiry}`,
            eventDay: expiry,
            due,
            subject,
            subjectId: r.id,
            customerId: null,
            tripId: null,
            assigneeId: null,
            detail: { expiry },
          })
        }
      }
      return out
    },
  }
}

export const guideLicence = licenceRule('guide_licence', 'guides', 'guide')
export const supplierLicence = licenceRule('supplier_licence', 'suppliers', 'supplier')
