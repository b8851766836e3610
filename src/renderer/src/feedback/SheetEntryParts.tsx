import { Chip, Stack } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { SheetEntry } from '../../../shared/feedback/feedback.types'

/** An answer as the clerk keyed it (1–n, Y/N, 0–10), for the list of differences after a second keying. */
export function valueText(entry: SheetEntry, key: string, v: number | null): string {
  const item = entry.items.find((i) => i.key === key)
  if (v === null) return '—'
  if (item?.kind === 'rating') return String(v + 1)
  if (item?.kind === 'yesno') return v === 1 ? 'Y' : 'N'
  return String(v)
}

/** The choices of one item, the keyed one filled. */
export function Options({
  entry,
  item,
  value,
  levelLabel,
}: {
  entry: SheetEntry
  item: SheetEntry['items'][number]
  value: number | null | undefined
  levelLabel: (l: SheetEntry['levels'][number]) => string
}) {
  const { t } = useTranslation('feedback')
  const choices: { label: string; v: number }[] =
    item.kind === 'rating'
      ? entry.levels.map((l, i) => ({ label: `${i + 1} ${levelLabel(l)}`, v: i }))
      : item.kind === 'yesno'
        ? [
            { label: `Y ${t('yes')}`, v: 1 },
            { label: `N ${t('no')}`, v: 0 },
          ]
        : Array.from({ length: 11 }, (_, i) => ({ label: String(i), v: i }))
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      {choices.map((c) => (
        <Chip
          key={c.v}
          size="small"
          label={c.label}
          color={value === c.v ? 'primary' : 'default'}
          variant={value === c.v ? 'filled' : 'outlined'}
        />
      ))}
      {value === null && <Chip size="small" color="warning" label={t('entry.noAnswer')} />}
    </Stack>
  )
}
