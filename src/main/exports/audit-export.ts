/*
 * The audit screen's words are the renderer's audit translation tables: plain data, no code. Main
 * reads the same tables so an inspector's file says exactly what the screen says (one source of
 * words; a copy would drift as features add actions).
 */
/* eslint-disable no-restricted-imports -- translation data only, see above */
import zhAudit from '../../renderer/src/i18n/zh-CN/audit'
import enAudit from '../../renderer/src/i18n/en/audit'
/* eslint-enable no-restricted-imports */
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema'
import type { AuditEntry } from '../../shared/audit/audit.api'
import type { ExportLanguage } from '../../shared/exports/exports.api'
import { camelKey, otherFileOf, rowCountOf, wordKey } from '../../shared/audit/audit-words'
import { wallClock } from '../../shared/common/dates'
import { auditEntries, countAudit } from '../audit/audit.repo'
import type { AuditFilter } from '../audit/audit.repo'
import { AppError } from '../../shared/api/envelope'
import type { SheetData } from '../spreadsheet/sheet'

type Words = Record<string, string>
interface AuditWords {
  title: string
  fieldSeparator: string
  system: string
  gone: string
  rows_one: string
  rows_other: string
  mergedFrom: string
  pairedWith: string
  columns: Words
  actions: Words
  entities: Words
  fields: Words
  fieldsBy: Record<string, Words>
}

const tables: Record<ExportLanguage, AuditWords> = {
  'zh-CN': zhAudit as unknown as AuditWords,
  en: enAudit as unknown as AuditWords,
}

/** More than any inspection asks for; a larger file is refused rather than written half. */
export const AUDIT_EXPORT_MAX = 100_000
const CHUNK = 1000

const word = (table: Words, code: string) => (Object.hasOwn(table, code) ? table[code] : code)

function fieldWords(w: AuditWords, fields: string[], entity: string): string {
  const labels = fields.map((f) => {
    const n = rowCountOf(f)
    if (n !== null) return (n === 1 ? w.rows_one : w.rows_other).replace('{{count}}', String(n))
    const other = otherFileOf(f)
    if (other) return w[other.key].replace('{{id}}', String(other.id))
    const k = wordKey(camelKey(f))
    const by = w.fieldsBy[wordKey(entity)]
    return by && Object.hasOwn(by, k) ? by[k] : word(w.fields, k)
  })
  return [...new Set(labels)].join(w.fieldSeparator)
}

/** One entry as the screen's row shows it: time, who, what, which record, which fields. */
function rowOf(w: AuditWords, r: AuditEntry): string[] {
  const entity = word(w.entities, wordKey(r.entity))
  const gone = r.entityId != null && r.entity !== 'session' && r.entity !== 'settings' && !r.record
  return [
    wallClock(r.at).replace('T', ' '),
    r.staff ? r.staff.name : w.system,
    word(w.actions, wordKey(r.action)),
    [entity, r.record?.label ?? (gone ? w.gone : '')].filter(Boolean).join(' '),
    fieldWords(w, r.fields, r.entity) || '—',
  ]
}

/** The whole filtered log (not one page), newest first, in the user's language. */
export async function auditSheet(db: Kysely<DB>, f: AuditFilter, lang: ExportLanguage): Promise<SheetData> {
  if ((await countAudit(db, f)) > AUDIT_EXPORT_MAX)
    throw new AppError('VALIDATION', 'errors.auditExportTooLarge', { max: AUDIT_EXPORT_MAX })
  const w = tables[lang]
  const rows: string[][] = []
  // read in chunks, each named with one query per kind of record, as a page on screen is
  let below: number | undefined
  for (;;) {
    const chunk = await auditEntries(db, f, CHUNK, 0, below)
    for (const e of chunk) rows.push(rowOf(w, e))
    if (chunk.length < CHUNK) break
    below = chunk[chunk.length - 1].id
  }
  const c = w.columns
  return {
    name: w.title,
    columns: [
      { header: c.at, width: 17 },
      { header: c.staff, width: 10 },
      { header: c.action, width: 16 },
      { header: c.entity, width: 30 },
      { header: c.fields, width: 40 },
    ],
    rows,
  }
}
