import type { z } from 'zod'
import type { TripKind, TripStatus } from '../../../../shared/trips/trip.schema'
import type { tripSearchSchema } from '../../../../shared/trips/trips.api'
import { sessionMemory } from '../../app/sessionMemory'

export type TripSort = 'departDate' | 'code' | 'status'

export interface TripListState {
  q: string
  statuses: TripStatus[]
  kind: TripKind | null
  guideId: number | null
  from: string
  to: string
  sort: TripSort
  dir: 'asc' | 'desc'
  page: number
  pageSize: number
}

export const initialTripList: TripListState = {
  q: '',
  statuses: [],
  kind: null,
  guideId: null,
  from: '',
  to: '',
  sort: 'departDate',
  dir: 'desc',
  page: 0,
  pageSize: 50,
}

/** Kept while one person is signed in so "back to the list" returns to the same search, filters and page. */
const remembered = sessionMemory(initialTripList)
export const rememberedTripList = remembered.get
export const rememberTripList = remembered.set

const validDate = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) ? s : null)

export function toTripSearch(s: TripListState): z.input<typeof tripSearchSchema> {
  return {
    q: s.q.trim(),
    statuses: s.statuses,
    kind: s.kind,
    guideId: s.guideId,
    from: validDate(s.from),
    to: validDate(s.to),
    sort: s.sort,
    dir: s.dir,
    page: s.page,
    pageSize: s.pageSize,
  }
}

export const hasTripFilters = (s: TripListState) =>
  !!(s.statuses.length || s.kind || s.guideId || s.from || s.to)
