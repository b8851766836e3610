import type { Kysely, RawBuilder, Transaction } from 'kysely'
import type { DB, TripRowDb } from '../db/schema'
import type { BirthInput } from '../../shared/customers/customer.schema'
import type { Prices, TripKind, TripStatus, TripType } from '../../shared/trips/trip.schema'
import type { tripFieldsSchema } from '../../shared/trips/trip.schema'
import { tripStatuses } from '../../shared/trips/trip.schema'
import type { TripRef } from '../../shared/trips/trip.types'
import { ageFromBirth, solarBirthDate } from '../../shared/customers/birthday'
import { ageOn } from '../../shared/calendar/lunar'
import { normalizeQuery } from '../../shared/search/pinyin-keys'
import { tripDayDate } from '../../shared/common/dates'
import { AppError } from '../../shared/api/envelope'
import type { Msg } from '../../shared/api/envelope'
import { notFound } from '../core/context'
import { writeAudit } from '../audit/audit.repo'
import { likeEscaped } from '../db/portable'

export type Dbx = Kysely<DB> | Transaction<DB>
type TripFields = ReturnType<typeof tripFieldsSchema.parse>

/** Yuan (two decimals at most, checked by the schema) → integer fen, and back. */
export const toFen = (yuan: number | null): number | null => (yuan == null ? null : Math.round(yuan * 100))
export const toYuan = (fen: number | null): number | null => (fen == null ? null : fen / 100)

export const statusRank = (s: TripStatus): number => tripStatuses.indexOf(s)

/** What the trip list's search box matches: code, route name and destination. */
export const tripSearchText = (code: string, routeName: string, destination: string): string =>
  [code, routeName, destination].join(' | ').toLowerCase()

/** `%q%` for LIKE … ESCAPE '\', the query normalised like every other search box; null when empty. */
export function likePattern(raw: string): string | null {
  const q = normalizeQuery(raw)
  return q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
}

export function likeCondition(column: string, raw: string): RawBuilder<boolean> | null {
  const pattern = likePattern(raw)
  return pattern ? likeEscaped(column, pattern) : null
}

/** Columns written from the trip form (the code is decided separately). */
export function tripColumns(t: Omit<TripFields, 'code'>) {
  return {
    route_name: t.routeName,
    destination: t.destination,
    kind: t.kind,
    type: t.type,
    depart_date: t.departDate,
    return_date: t.returnDate,
    meeting_point: t.meetingPoint,
    meeting_time: t.meetingTime,
    min_size: t.minSize,
    capacity: t.capacity,
    price_adult: toFen(t.prices.adult),
    price_child_bed: toFen(t.prices.childBed),
    price_child_no_bed: toFen(t.prices.childNoBed),
    price_infant: toFen(t.prices.infant),
    price_single: toFen(t.prices.singleSupplement),
    notes: t.notes,
  }
}

export function pricesOf(r: TripRowDb): Prices {
  return {
    adult: toYuan(r.price_adult),
    childBed: toYuan(r.price_child_bed),
    childNoBed: toYuan(r.price_child_no_bed),
    infant: toYuan(r.price_infant),
    singleSupplement: toYuan(r.price_single),
  }
}

export const tripBasics = (r: TripRowDb) => ({
  kind: r.kind as TripKind,
  type: r.type as TripType,
  status: r.status as TripStatus,
})

export function tripRef(
  r: Pick<TripRowDb, 'id' | 'code' | 'route_name' | 'depart_date' | 'return_date' | 'status'>,
): TripRef {
  return {
    id: r.id,
    code: r.code,
    routeName: r.route_name,
    departDate: r.depart_date,
    returnDate: r.return_date,
    status: r.status as TripStatus,
  }
}

export async function requireTrip(db: Dbx, id: number): Promise<TripRowDb> {
  const t = await db.selectFrom('trips').selectAll().where('id', '=', id).executeTakeFirst()
  if (!t) throw notFound()
  return t
}

/** YYYY-MM-DD of day `dayNo` (1-based) of a trip departing on `departDate`. */
export const dayDate = tripDayDate

export function fieldError(field: string, key: string, params?: Msg['params']): AppError {
  return new AppError('VALIDATION', 'errors.validation', undefined, {
    [field]: params ? { key, params } : { key },
  })
}

/**
 * Itinerary, participant and assignment changes are part of the trip's record: they move its
 * updated_at/updated_by, but not its version — the version guards the overview form, which another
 * person editing the itinerary must not make stale.
 */
export async function touchTrip(trx: Transaction<DB>, tripId: number, staffId: number, at: string) {
  await trx
    .updateTable('trips')
    .set({ updated_at: at, updated_by: staffId })
    .where('id', '=', tripId)
    .execute()
}

export interface AuditOf {
  trx: Transaction<DB>
  at: string
  staffId: number
}

export function auditor({ trx, at, staffId }: AuditOf) {
  return (action: string, entity: string, entityId: number | null, fields: string[] = []) =>
    writeAudit(trx, { at, staffId, action, entity, entityId, fields })
}

/**
 * Age on a given day. A lunar birth costs lunar-javascript a year table per conversion; trip views and
 * checks ask for the same few births over and over, so the solar birth date is memoised (bounded).
 */
const solarMemo = new Map<string, string | null>()
export function ageAt(birth: BirthInput | null, day: string): number | null {
  if (birth?.calendar !== 'lunar') return ageFromBirth(birth, day)
  const key = `${birth.year}/${birth.month}/${birth.day}/${birth.leap}`
  let solar = solarMemo.get(key)
  if (solar === undefined) {
    if (solarMemo.size > 10_000) solarMemo.clear()
    solar = solarBirthDate(birth)
    solarMemo.set(key, solar)
  }
  return solar ? ageOn(solar, day) : null
}

/** Names of the fields whose values differ — never the values themselves (audit log). */
export function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
}

/** A column name as the form calls the field (licence_expiry → licenceExpiry), for the audit log. */
export const fieldName = (col: string): string => col.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())
