import type { TripDetail } from '../../../../shared/trips/trip.types'

/** Props every section of the trip page receives: the loaded trip, and a way to reload it. */
export interface TripSectionProps {
  trip: TripDetail
  reload: () => void
}
