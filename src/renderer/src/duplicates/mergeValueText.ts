import { useTranslation } from 'react-i18next'
import type { MergeField, MergeValues } from '../../../shared/duplicates/duplicates.types'
import { useFormat } from '../format/format'

/** A choosable field's value as words, so the clerk compares what the file says, not codes. */
export function useMergeValueText(): (f: MergeField, v: MergeValues) => string {
  const { t } = useTranslation('customers')
  const { t: td } = useTranslation('duplicates')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  return (f, v) => {
    switch (f) {
      case 'gender':
        return t(`gender.${v.gender}`)
      case 'tier':
        return t(`tier.${v.tier}`)
      case 'source':
        return v.source ? t(`source.${v.source}`, { defaultValue: v.source }) : ''
      case 'birth':
        return fmt.birth(v.birth, null, { year: true, label: true })
      case 'referrer':
        return v.referrer?.name ?? ''
      case 'marketingConsent':
        return v.marketingConsent ? td('yes') : td('no')
      case 'preferences': {
        const p = v.preferences
        const parts = [
          p.destinations,
          p.travelStyle !== 'any' ? t(`travelStyle.${p.travelStyle}`) : null,
          p.budget !== 'any' ? t(`budget.${p.budget}`) : null,
          p.room !== 'any' ? t(`room.${p.room}`) : null,
          p.seat !== 'any' ? t(`seat.${p.seat}`) : null,
          p.diet !== 'none' ? t(`diet.${p.diet}`) : null,
          p.smoking ? t('form.prefs.smoking') : null,
          p.bed,
          p.allergies,
          p.interests,
        ]
        return parts.filter(Boolean).join(tc('itemSeparator'))
      }
      default:
        return v[f] ?? ''
    }
  }
}
