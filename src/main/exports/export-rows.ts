import type { Dbx } from '../trips/trips.repo'
import type { BirthInput } from '../../shared/customers/customer.schema'
import type { DocKind } from '../../shared/customers/customer.schema'
import { birthdayText } from '../../shared/customers/birthday-text'
import type { ExportLanguage } from '../../shared/exports/exports.api'

export interface DocRow {
  customer_id: number
  kind: string
  number: string
  expiry_date: string | null
}

/** Each customer's identity documents, oldest first, for a chunk of customers. */
export async function documentsOf(db: Dbx, ids: number[]): Promise<Map<number, DocRow[]>> {
  const out = new Map<number, DocRow[]>()
  if (ids.length === 0) return out
  const rows = await db
    .selectFrom('customer_documents')
    .select(['customer_id', 'kind', 'number', 'expiry_date'])
    .where('customer_id', 'in', ids)
    .orderBy('id')
    .execute()
  for (const r of rows) out.set(r.customer_id, [...(out.get(r.customer_id) ?? []), r])
  return out
}

/**
 * The document a list shows for a person: the kind asked for first (an outbound trip's insurer
 * wants the passport), then the 身份证, then whatever they have.
 */
export function primaryDocument(docs: DocRow[] | undefined, prefer: DocKind[] = []): DocRow | null {
  if (!docs?.length) return null
  for (const kind of [...prefer, 'id_card']) {
    const d = docs.find((x) => x.kind === kind)
    if (d) return d
  }
  return docs[0]
}

/** Solar births as YYYY-MM-DD (a spreadsheet sorts them); lunar ones as people say them. */
export function birthCell(b: BirthInput | null, lang: ExportLanguage): string {
  if (!b) return ''
  if (b.calendar === 'solar') return b.date
  return birthdayText(b, null, lang, { label: true, year: true })
}
