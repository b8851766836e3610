import type { Db } from '../db/open'
import { likeCondition } from '../trips/trips.repo'
import type { SupplierKind } from '../../shared/trips/trip.schema'
import type { ExportLanguage } from '../../shared/exports/exports.api'
import { exportLabels, labelOf } from '../../shared/exports/export-labels'
import type { SheetData } from '../spreadsheet/sheet'
import { yesNo } from './export-save'

interface ListFilter {
  q: string
  includeInactive: boolean
}

/** The guides list as the screen searches it, without its on-screen cap. */
export async function guideSheet(
  db: Db,
  f: ListFilter,
  lang: ExportLanguage,
  number: (n: string | null) => string,
): Promise<SheetData> {
  const l = exportLabels[lang]
  let q = db.selectFrom('guides').selectAll()
  if (!f.includeInactive) q = q.where('active', '=', 1)
  const match = likeCondition('search_keys', f.q)
  if (match) q = q.where(match)
  const rows = await q.orderBy('name_sort').orderBy('id').execute()
  const c = l.col
  return {
    name: l.sheet.guides,
    columns: [
      { header: c.name, width: 12 },
      { header: c.mobile, width: 15, text: true },
      { header: c.licenceNo, width: 20, text: true },
      { header: c.level, width: 8 },
      { header: c.licenceExpiry, width: 12 },
      { header: c.languages, width: 16 },
      { header: c.passportNo, width: 16, text: true },
      { header: c.permitNo, width: 16, text: true },
      { header: c.active, width: 6 },
      { header: c.notes, width: 24 },
    ],
    rows: rows.map((g) => [
      g.name,
      g.mobile ?? '',
      g.licence_no ?? '',
      labelOf(l.level, g.level),
      g.licence_expiry ?? '',
      (JSON.parse(g.languages) as string[]).join(l.listSeparator),
      number(g.passport_no),
      number(g.permit_no),
      yesNo(g.active, l),
      g.notes ?? '',
    ]),
  }
}

export async function supplierSheet(
  db: Db,
  f: ListFilter & { kind?: SupplierKind | null },
  lang: ExportLanguage,
): Promise<SheetData> {
  const l = exportLabels[lang]
  let q = db.selectFrom('suppliers').selectAll()
  if (!f.includeInactive) q = q.where('active', '=', 1)
  if (f.kind) q = q.where('kind', '=', f.kind)
  const match = likeCondition('search_keys', f.q)
  if (match) q = q.where(match)
  const rows = await q.orderBy('name_sort').orderBy('id').execute()
  const c = l.col
  return {
    name: l.sheet.suppliers,
    columns: [
      { header: c.name, width: 20 },
      { header: c.kind, width: 12 },
      { header: c.licenceNo, width: 20, text: true },
      { header: c.licenceExpiry, width: 12 },
      { header: c.contact, width: 10 },
      { header: c.phone, width: 15, text: true },
      { header: c.address, width: 30 },
      { header: c.active, width: 6 },
      { header: c.notes, width: 24 },
    ],
    rows: rows.map((s) => [
      s.name,
      labelOf(l.supplierKind, s.kind),
      s.licence_no ?? '',
      s.licence_expiry ?? '',
      s.contact_person ?? '',
      s.phone ?? '',
      s.address ?? '',
      yesNo(s.active, l),
      s.notes ?? '',
    ]),
  }
}
