import { useTranslation } from 'react-i18next'
import type { FeedbackItem, FeedbackLevel } from '../../../shared/feedback/template'

/**
 * Names of items and levels in the reader's language: built-in ones from i18n, the agency's own as
 * typed in Settings. Scores list items by key only, so a key no longer on the current form (a removed
 * item still in past scores) is shown by its built-in name or as the key itself.
 */
export function useFeedbackLabels(items: FeedbackItem[] = []) {
  const { t, i18n } = useTranslation('feedback')
  const byKey = new Map(items.map((i) => [i.key, i]))
  const item = (key: string): string => {
    const own = byKey.get(key)
    if (own && !own.builtin && own.label) return own.label
    return i18n.exists(`feedback:items.${key}`) ? t(`items.${key}`) : key
  }
  const shortItem = (key: string): string =>
    i18n.exists(`feedback:short.${key}`) ? t(`short.${key}`) : item(key)
  const level = (l: FeedbackLevel): string => (l.builtin ? t(`levels.${l.builtin}`) : (l.label ?? ''))
  return { item, shortItem, level }
}
