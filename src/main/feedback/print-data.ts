import { sheetCode } from '../../shared/feedback/return-rate'
import { itemsFor } from '../../shared/feedback/template'
import type { FeedbackPrint } from '../../shared/feedback/feedback.types'
import { templateById } from './feedback.repo'
import type { Dbx } from './feedback.repo'

/** The print batch: the numbered sheets with their forms, travellers and the trip's ground operators. */
export async function printData(
  db: Dbx,
  tripId: number,
  tripCode: string,
  kind: string,
  groupSize: number,
  ids: {
    people: {
      p: { customer_id: number | null; seat: string | null; room_no: string | null }
      sheet: number
    }[]
    blanks: number[]
  },
): Promise<FeedbackPrint> {
  const all = [...ids.people.map((x) => x.sheet), ...ids.blanks]
  const rows = all.length
    ? await db
        .selectFrom('feedback_sheets as s')
        .leftJoin('customers as c', 'c.id', 's.customer_id')
        .select(['s.id', 's.sheet_no', 's.template_id', 'c.name'])
        .where('s.id', 'in', all)
        .execute()
    : []
  const byId = new Map(rows.map((r) => [r.id, r]))
  const forms: FeedbackPrint['forms'] = {}
  for (const r of rows) {
    if (forms[r.template_id]) continue
    const body = await templateById(db, r.template_id)
    forms[r.template_id] = { levels: body.levels, items: itemsFor(body, kind as never) }
  }
  const operators = await groundOperators(db, tripId)
  const sheet = (id: number, seat: string | null, roomNo: string | null) => {
    const r = byId.get(id)!
    return {
      id,
      sheetNo: r.sheet_no,
      code: sheetCode(tripCode, r.sheet_no),
      templateId: r.template_id,
      name: r.name ?? null,
      seat,
      roomNo,
    }
  }
  return {
    tripId,
    groupSize,
    forms,
    operators,
    sheets: [
      ...ids.people.map((x) => sheet(x.sheet, x.p.seat, x.p.room_no)),
      ...ids.blanks.map((id) => ({ ...sheet(id, null, null), name: null })),
    ],
  }
}

/** The ground operators booked for the trip, with their licence numbers, as the forms print them. */
export async function groundOperators(db: Dbx, tripId: number) {
  const rows = await db
    .selectFrom('trip_bookings as b')
    .innerJoin('suppliers as s', 's.id', 'b.supplier_id')
    .select(['s.name', 's.licence_no'])
    .distinct()
    .where('b.trip_id', '=', tripId)
    .where('s.kind', '=', 'ground_operator')
    .execute()
  return rows.map((o) => ({ name: o.name, licenceNo: o.licence_no }))
}
