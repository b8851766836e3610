import type { Db } from '../db/open'
import type { ParsedSearch } from '../customers/customer-search'
import { searchCustomers } from '../customers/customer-search'
import type { ExportLanguage } from '../../shared/exports/exports.api'
import { exportLabels, labelOf } from '../../shared/exports/export-labels'
import type { SheetData } from '../spreadsheet/sheet'
import { birthCell, documentsOf, primaryDocument } from './export-rows'
import { yesNo } from './export-save'

const CHUNK = 1000

/**
 * Every customer the list shows for this search and these filters — the same query, read page by
 * page so a 100,000-customer office does not hold two copies of everything at once.
 */
export async function customerSheet(
  db: Db,
  search: Omit<ParsedSearch, 'page' | 'pageSize'>,
  opts: { today: string; seesHealth: boolean; lang: ExportLanguage; number: (n: string | null) => string },
): Promise<SheetData> {
  const l = exportLabels[opts.lang]
  const rows: SheetData['rows'] = []
  for (let page = 0; ; page++) {
    const found = await searchCustomers(db, { ...search, page, pageSize: CHUNK }, opts.today, opts.seesHealth)
    const docs = await documentsOf(
      db,
      found.rows.map((r) => r.id),
    )
    for (const c of found.rows) {
      const doc = primaryDocument(docs.get(c.id))
      rows.push([
        c.name,
        c.pinyinName ?? '',
        labelOf(l.gender, c.gender),
        birthCell(c.birth, opts.lang),
        c.mobile ?? '',
        doc ? labelOf(l.docKind, doc.kind) : '',
        opts.number(doc?.number ?? null),
        labelOf(l.tier, c.tier),
        c.tags.join(l.listSeparator),
        c.needs.map((n) => labelOf(l.need, n)).join(l.listSeparator),
        yesNo(c.marketingConsent, l),
        yesNo(c.doNotContact, l),
      ])
    }
    if (found.rows.length < CHUNK) break
  }
  const c = l.col
  return {
    name: l.sheet.customers,
    columns: [
      { header: c.name, width: 12 },
      { header: c.pinyin, width: 16 },
      { header: c.gender, width: 6 },
      { header: c.birth, width: 20 },
      { header: c.mobile, width: 15, text: true },
      { header: c.docKind, width: 12 },
      { header: c.docNumber, width: 22, text: true },
      { header: c.tier, width: 10 },
      { header: c.tags, width: 20 },
      { header: c.needs, width: 20 },
      { header: c.marketing, width: 8 },
      { header: c.doNotContact, width: 8 },
    ],
    rows,
  }
}
