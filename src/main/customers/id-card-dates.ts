import { AppError } from '../../shared/api/envelope'
import type { Msg } from '../../shared/api/envelope'
import { dayIn } from '../../shared/common/dates'
import { validateIdCard } from '../../shared/customers/id-card'
import type { Ctx } from '../core/context'

/**
 * The one ID-card rule that needs the clock: nobody is born after today. The IPC schema checks the
 * rest without a clock; this runs in main against the injected one, in the agency's calendar.
 * `field(i)` names the form field of the i-th document for the error message.
 */
export function assertBornByToday(
  ctx: Ctx,
  docs: readonly { kind: string; number: string }[],
  field: (i: number) => string,
): void {
  const today = dayIn(ctx.clock())
  const fields: Record<string, Msg> = {}
  docs.forEach((d, i) => {
    if (d.kind === 'id_card' && !validateIdCard(d.number, today).ok) {
      fields[field(i)] = { key: 'errors.idCard.birthdate' }
    }
  })
  if (Object.keys(fields).length) throw new AppError('VALIDATION', 'errors.validation', undefined, fields)
}
