import { Chip, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { priceTypes } from '../../../../shared/trips/trip.schema'
import type { ParticipantView, TripDetail } from '../../../../shared/trips/trip.types'

export const hasNeeds = (c: ParticipantView['customer']) =>
  c.needs.length > 0 || (!!c.diet && c.diet !== 'none') || !!c.allergies

/** Special needs, diet and allergies as the customer file has them (never typed again here). */
export function NeedChips({ c, testId }: { c: ParticipantView['customer']; testId?: string }) {
  const { t } = useTranslation('customers')
  const { t: tp } = useTranslation('tripPage')
  const chips = [
    ...c.needs.map((n) => ({ key: `need-${n}`, label: t(`need.${n}`), color: 'warning' as const })),
    ...(c.diet && c.diet !== 'none'
      ? [{ key: 'diet', label: t(`diet.${c.diet}`, { defaultValue: c.diet }), color: 'success' as const }]
      : []),
    ...(c.allergies
      ? [
          {
            key: 'allergy',
            label: tp('participants.allergy', { what: c.allergies }),
            color: 'error' as const,
          },
        ]
      : []),
  ]
  if (!chips.length) return null
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }} data-testid={testId}>
      {chips.map((x) => (
        <Chip key={x.key} size="small" variant="outlined" color={x.color} label={x.label} />
      ))}
    </Stack>
  )
}

/** Participants whose roommate does not name them back (or sleeps in another room). */
export function roommateProblems(ps: ParticipantView[]): Set<number> {
  const byId = new Map(ps.map((p) => [p.id, p]))
  const bad = new Set<number>()
  for (const p of ps) {
    if (p.roommateId == null) continue
    const q = byId.get(p.roommateId)
    if (!q || q.roommateId !== p.id || (q.roomNo ?? '') !== (p.roomNo ?? '')) bad.add(p.id)
  }
  return bad
}

/** "成人 12 · 儿童占床 2 … 共 16 / 20 人；最低成团 10 人", warning colours when off. */
export function Totals({ trip }: { trip: TripDetail }) {
  const { t } = useTranslation('tripPage')
  const ps = trip.participants
  const n = ps.length
  const over = trip.capacity != null && n > trip.capacity
  const under = trip.minSize != null && n < trip.minSize
  const parts = priceTypes
    .map((pt) => ({ pt, count: ps.filter((p) => p.priceType === pt).length }))
    .filter((x) => x.count > 0)
  const single = ps.filter((p) => p.singleRoom).length
  return (
    <Stack direction="row" sx={{ alignItems: 'baseline', flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.5 }}>
      <Typography variant="body2" data-testid="participants-by-type">
        {parts.length
          ? parts
              .map((x) => t('participants.typeCount', { type: t(`priceType.${x.pt}`), count: x.count }))
              .join(' · ')
          : t('participants.none')}
        {single > 0 && ` · ${t('participants.singleCount', { count: single })}`}
      </Typography>
      <Typography
        variant="body2"
        sx={{ fontWeight: 700, color: over ? 'error.main' : under ? 'warning.dark' : 'text.primary' }}
        data-testid="participants-total"
        data-state={over ? 'over' : under ? 'under' : 'ok'}
      >
        {trip.capacity != null
          ? t('participants.totalOf', { count: n, capacity: trip.capacity })
          : t('participants.total', { count: n })}
        {trip.minSize != null && t('participants.minSize', { min: trip.minSize })}
        {over && ` — ${t('participants.over', { count: n - (trip.capacity ?? 0) })}`}
        {under && ` — ${t('participants.under', { count: (trip.minSize ?? 0) - n })}`}
      </Typography>
    </Stack>
  )
}
