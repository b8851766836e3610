import type { CustomerCreate } from '../../shared/customers/customer.schema'
import type { ColumnMapping } from '../../shared/imports/customer-rows'
import type { ImportField } from '../../shared/imports/resource-fields'
import type { RejectedRow } from '../../shared/imports/imports.types'
import { priceTypeOf, tripOnlyFields, wantsSingleRoom } from '../../shared/imports/participant-fields'
import type { PriceType } from '../../shared/trips/trip.schema'
import { AppError } from '../../shared/api/envelope'
import { customersOnTrip, insertParticipant } from '../trips/participants.repo'
import { auditor, requireTrip } from '../trips/trips.repo'
import type { Analysis, Validated, ValidRow } from './analyse'
import { customerDisplay, groupRows, validateRows } from './analyse'
import { createMany } from './customer-import'
import type { ImportKind } from './import-kind'

/** a sign-up sheet row: the person (the customer form's input) and what this trip records for them */
export type SignUp = CustomerCreate & {
  trip: { priceType: PriceType; singleRoom: boolean; notes: string | null }
}

const NOTES_MAX = 500
const tripOnly = new Set<string>(tripOnlyFields)

function tripPart(cells: string[], cols: Partial<Record<string, number>>) {
  const cell = (f: string) => (cols[f] === undefined ? '' : (cells[cols[f]!] ?? '').trim())
  const room = cell('room')
  const notes = [room, cell('notes')].filter(Boolean).join('；')
  return { priceType: priceTypeOf(cell('priceType')), singleRoom: wantsSingleRoom(room), notes }
}

/**
 * The person's columns go through the customer import's validation (the form's rules); the trip's
 * columns (price type, room, remark) are read here. An unknown price type is refused on its column.
 */
function validateSignUps(
  body: string[][],
  firstRow: number,
  mapping: Record<string, ImportField>,
  today: string,
): Validated<SignUp> {
  const person: ColumnMapping = {}
  const cols: Partial<Record<string, number>> = {}
  for (const [col, f] of Object.entries(mapping)) {
    if (tripOnly.has(f)) cols[f] = Number(col)
    else person[col] = f as ColumnMapping[string]
  }
  const v = validateRows(body, firstRow, person, today)
  const valid: ValidRow<SignUp>[] = []
  const rejected: RejectedRow[] = [...v.rejected]
  for (const r of v.valid) {
    const t = tripPart(body[r.row - firstRow], cols)
    const problems: RejectedRow['problems'] = []
    if (!t.priceType) problems.push({ field: 'priceType', msg: { key: 'errors.importPriceType' } })
    if (t.notes.length > NOTES_MAX)
      problems.push({ field: 'notes', msg: { key: 'errors.tooLong', params: { max: NOTES_MAX } } })
    if (problems.length) rejected.push({ row: r.row, name: r.input.name, problems })
    else
      valid.push({
        row: r.row,
        input: {
          ...r.input,
          notes: null,
          trip: { priceType: t.priceType!, singleRoom: t.singleRoom, notes: t.notes || null },
        },
      })
  }
  rejected.sort((a, b) => a.row - b.row)
  return { total: v.total, valid, rejected }
}

/**
 * A row whose person is already on the trip is refused (a person travels once); the rest are
 * grouped as the customer import groups them, the kept file standing for "this person".
 */
async function groupSignUps(
  db: Parameters<ImportKind<SignUp>['group']>[0],
  tripId: number,
  v: Validated<SignUp>,
): Promise<Analysis<SignUp>> {
  const a = (await groupRows(db, v as Validated)) as unknown as Analysis<SignUp>
  const onTrip = await customersOnTrip(db, tripId)
  const refused = new Set(a.groups.filter((g) => g.existing.length === 1 && onTrip.has(g.existing[0].id)))
  if (!refused.size) return a
  const rejected = [...a.rejected]
  for (const g of refused)
    for (const r of g.rows)
      rejected.push({
        row: r.row,
        name: r.input.name,
        problems: [{ field: 'row', msg: { key: 'errors.importOnTrip' } }],
      })
  rejected.sort((x, y) => x.row - y.row)
  const out = a.valid.filter((r) => !refused.has(a.groupOf.get(r)!))
  for (const g of refused) for (const r of g.rows) a.groupOf.delete(r)
  return { ...a, valid: out, rejected, groups: a.groups.filter((g) => !refused.has(g)) }
}

/**
 * People of a sign-up sheet onto one trip: each row is matched to a kept customer file (same
 * mobile or identity number — "update" here means "this is the file", which is left as it is), or
 * a new file is made with the customer form's columns, and then put on the trip by the same
 * repository function the trip page's "add" uses. A trip with a capacity takes rows in sheet
 * order until it is full; the rest are reported as refused.
 */
export function participantKind(tripId: number): ImportKind<SignUp> {
  return {
    target: 'participants',
    entity: 'trip',
    tripId,
    validate: validateSignUps,
    group: (db, v) => groupSignUps(db, tripId, v),
    display: customerDisplay,
    // a single kept file that matches is the person: using it is what the clerk nearly always wants
    choicesOf: (g) => (g.existing.length === 1 ? ['update', 'skip', 'create'] : ['skip', 'create']),
    async seats(db) {
      const t = await requireTrip(db, tripId)
      if (t.capacity === null) return null
      return Math.max(0, t.capacity - (await customersOnTrip(db, tripId)).size)
    },
    async write(trx, plans, importId, staffId, at) {
      await requireTrip(trx, tripId)
      const creates = plans.filter((p) => p.kind === 'create')
      const ids = await createMany(
        trx,
        creates.map((p) => p.v.input),
        importId,
        staffId,
        at,
      )
      const made = new Map(creates.map((p, i) => [p, ids[i]]))
      const audit = auditor({ trx, at, staffId })
      const rows: { import_id: number; participant_id: number }[] = []
      for (const p of plans) {
        if (p.kind === 'skip') continue
        const customerId = p.kind === 'create' ? made.get(p)! : p.id
        const { priceType, singleRoom, notes } = p.v.input.trip
        const id = await insertParticipant(
          trx,
          audit,
          { tripId, customerId, priceType, singleRoom, notes },
          staffId,
          at,
        )
        rows.push({ import_id: importId, participant_id: id })
      }
      if (rows.length) await trx.insertInto('import_participant_items').values(rows).execute()
    },
  }
}

/** the trip a participants import is for: it must exist before a file is read against it */
export async function participantKindFor(
  db: Parameters<typeof requireTrip>[0],
  tripId: number | undefined,
): Promise<ImportKind<SignUp>> {
  if (tripId === undefined) throw new AppError('VALIDATION', 'errors.validation')
  await requireTrip(db, tripId)
  return participantKind(tripId)
}
