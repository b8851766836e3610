import type { Envelope } from '../../../shared/api/envelope'
import type { DocumentView } from '../../../shared/customers/customer.types'
import type { DocKind } from '../../../shared/customers/customer.schema'
import type { AgencySettings } from '../../../shared/settings/settings.api'
import type { TripKind } from '../../../shared/trips/trip.schema'
import type { ParticipantView, TripDetail } from '../../../shared/trips/trip.types'
import type { RoomKind } from '../../../shared/rooms/rooms'
import { api } from '../api/client'

export interface TripPrintData {
  trip: TripDetail
  agency: AgencySettings
}

/** Everything a trip printout needs: the trip (participants carry masked documents and contacts) and the agency. */
export async function loadTripPrint(id: number): Promise<Envelope<TripPrintData>> {
  const [trip, agency] = await Promise.all([api.trips.get({ id }), api.settings.get({})])
  if (!trip.ok) return trip
  if (!agency.ok) return agency
  return { ok: true, value: { trip: trip.value, agency: agency.value } }
}

/** Which travel document the guide needs to see for this kind of trip, best first. */
export function docPreference(kind: TripKind, destination: string): DocKind[] {
  if (kind === 'outbound') return ['passport']
  if (kind === 'hmt') {
    return /台|taiwan/i.test(destination)
      ? ['taiwan_permit', 'hk_macao_permit', 'passport']
      : ['hk_macao_permit', 'taiwan_permit', 'passport']
  }
  return ['id_card', 'passport', 'hk_macao_permit', 'taiwan_permit', 'other']
}

/** The document to print for a traveller: the preferred kind with the latest expiry. */
export function pickDocument<D extends Pick<DocumentView, 'kind' | 'expiryDate'>>(
  docs: D[],
  prefer: DocKind[],
): D | null {
  for (const kind of prefer) {
    const of = docs.filter((d) => d.kind === kind)
    if (of.length) return of.sort((a, b) => (b.expiryDate ?? '9999').localeCompare(a.expiryDate ?? '9999'))[0]
  }
  return null
}

/** The participant this one shares a room with (roommateId is a participant id of the same trip). */
export function roommateOf(p: ParticipantView, all: ParticipantView[]): ParticipantView | null {
  if (p.roommateId == null) return null
  return all.find((o) => o.id === p.roommateId && o.id !== p.id) ?? null
}

export interface Room {
  roomNo: string | null
  /** null for the travellers without a room */
  kind: RoomKind | null
  beds: number | null
  guests: ParticipantView[]
}

/** The rooming board's rooms in room-number order (as main sends them), travellers without a room last. */
export function roomsOf(trip: Pick<TripDetail, 'rooms' | 'participants'>): Room[] {
  const byId = new Map(trip.participants.map((p) => [p.id, p]))
  const placed = new Set(trip.rooms.flatMap((r) => r.occupantIds))
  const rooms: Room[] = trip.rooms.map((r) => ({
    roomNo: r.label,
    kind: r.kind,
    beds: r.beds,
    guests: r.occupantIds.map((id) => byId.get(id)).filter((p) => p !== undefined),
  }))
  const none = trip.participants.filter((p) => !placed.has(p.id))
  if (none.length) rooms.push({ roomNo: null, kind: null, beds: null, guests: none })
  return rooms
}
