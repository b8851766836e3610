import { useParams } from 'react-router'
import { ImportScreen } from './ImportScreen'

/** the import wizard bound to one trip: its sign-up sheet's people become the trip's participants */
export function TripImportScreen() {
  const { id } = useParams()
  return <ImportScreen key={id} target="participants" tripId={Number(id)} />
}
