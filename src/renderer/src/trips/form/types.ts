import type { TripDraft } from './formState'

export interface TripSectionFormProps {
  d: TripDraft
  set: (p: Partial<TripDraft>) => void
  /** error/helper props for a field path, from the last save attempt */
  err: (path: string, help?: string) => { error: boolean; helperText?: string }
}
