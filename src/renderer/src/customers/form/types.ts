import type { CustomerDraft } from './formState'

export interface SectionProps {
  d: CustomerDraft
  set: (p: Partial<CustomerDraft>) => void
  /** error/helper props for a field path, from the last save attempt */
  err: (path: string, help?: string) => { error: boolean; helperText?: string }
}
