import type { Session } from '../api/session'
import type { Ctx } from '../core/context'
import { actor, nowIso } from '../core/context'
import { AppError } from '../../shared/api/envelope'
import type { ExportFormat, ExportResult } from '../../shared/exports/exports.api'
import { fullNumberRoles } from '../../shared/exports/exports.api'
import { maskDocNumber } from '../../shared/customers/mask'
import { writeAudit } from '../audit/audit.repo'
import { writeCsv } from '../spreadsheet/csv'
import { writeXlsx } from '../spreadsheet/xlsx'
import type { SheetData } from '../spreadsheet/sheet'

/** Refuses full numbers to a role that may not reveal them, before any data is read. */
export function numberPolicy(session: Session, fullIdNumbers: boolean): (n: string | null) => string {
  const me = actor(session)
  if (fullIdNumbers && !(fullNumberRoles as readonly string[]).includes(me.role)) {
    throw new AppError('FORBIDDEN', 'errors.forbidden')
  }
  return (n) => (n ? (fullIdNumbers ? n : maskDocNumber(n)) : '')
}

/** A file name without characters Windows refuses in a name. */
export function fileName(base: string, format: ExportFormat): string {
  const safe = [...base].map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('')
  return `${safe.trim().slice(0, 100) || 'TourDesk'}.${format}`
}

/**
 * Writes the sheet in the chosen format and hands it to the save effect. An export with full
 * identity numbers is audited once saved — who, what, and how many rows, never the numbers; a
 * cancelled save wrote nothing and is not an export.
 */
export async function saveExport(
  ctx: Ctx,
  session: Session,
  opts: {
    sheet: SheetData
    format: ExportFormat
    name: string
    fullIdNumbers: boolean
    entity: string
    entityId: number | null
    /** audit this export even without identity numbers (the audit log's own export), as this action */
    auditAs?: string
  },
): Promise<ExportResult> {
  const me = actor(session)
  const bytes = opts.format === 'xlsx' ? await writeXlsx([opts.sheet]) : writeCsv(opts.sheet)
  const rows = opts.sheet.rows.length
  if (!ctx.effects.saveFile) return { done: false, rows }
  const saved = await ctx.effects.saveFile(session, {
    name: fileName(opts.name, opts.format),
    bytes,
    kind: opts.format,
  })
  if (!saved.done) return { done: false, rows }
  if (opts.fullIdNumbers || opts.auditAs) {
    await writeAudit(ctx.db, {
      at: nowIso(ctx),
      staffId: me.id,
      action: opts.auditAs ?? 'export',
      entity: opts.entity,
      entityId: opts.entityId,
      // the audit log holds names, never values: the row count is the one figure it keeps
      fields: [...(opts.fullIdNumbers ? ['document_numbers'] : []), `rows:${rows}`],
    })
  }
  return { done: true, rows, ...(saved.file && { file: saved.file }) }
}

export const yesNo = (v: boolean | number | null | undefined, l: { yes: string; no: string }): string =>
  v === true || v === 1 ? l.yes : l.no
