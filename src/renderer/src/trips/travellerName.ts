import type { TFunction } from 'i18next'

/**
 * A participant's name as shown on the trip page and its prints. A deleted customer's past place keeps its
 * contract record but no name: it reads as a neutral label, decided here at display time (nothing is stored).
 */
export function travellerName(c: { id: number | null; name: string }, t: TFunction): string {
  return c.id === null ? t('common:deletedTraveller') : c.name
}
