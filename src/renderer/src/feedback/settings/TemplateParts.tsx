import { Box, Checkbox, FormControlLabel, IconButton, Stack, TextField, Typography } from '@mui/material'
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined'
import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import { useTranslation } from 'react-i18next'
import type { FeedbackItem, FeedbackLevel } from '../../../../shared/feedback/template'
import { tripKinds } from '../../../../shared/trips/trip.schema'

/** One level of the scale (its words, score and whether it counts as satisfied). */
export function LevelBox({
  n,
  level,
  label,
  canEdit,
  onChange,
}: {
  n: number
  level: FeedbackLevel
  label: string
  canEdit: boolean
  onChange: (l: Partial<FeedbackLevel>) => void
}) {
  const { t } = useTranslation('feedback')
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1, width: 180 }}>
      <TextField
        size="small"
        fullWidth
        label={t('settings.levelLabel', { n })}
        value={label}
        disabled={!canEdit}
        onChange={(e) => onChange({ builtin: null, label: e.target.value })}
      />
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
        <TextField
          size="small"
          type="number"
          label={t('settings.score')}
          value={level.score}
          disabled={!canEdit}
          onChange={(e) => onChange({ score: Number(e.target.value) })}
          sx={{ width: 70 }}
        />
        <FormControlLabel
          control={
            <Checkbox
              size="small"
              checked={level.satisfied}
              disabled={!canEdit}
              onChange={(e) => onChange({ satisfied: e.target.checked })}
            />
          }
          label={t('settings.satisfied')}
        />
      </Stack>
    </Box>
  )
}

/** One item of the form: its words, kind, the trip kinds it applies to, and its order. */
export function ItemRow({
  index,
  count,
  item,
  label,
  canEdit,
  onChange,
  onMove,
  onRemove,
}: {
  index: number
  count: number
  item: FeedbackItem
  label: string
  canEdit: boolean
  onChange: (i: FeedbackItem) => void
  onMove: (d: -1 | 1) => void
  onRemove: () => void
}) {
  const { t } = useTranslation('feedback')
  const { t: tt } = useTranslation('trips')
  // no kinds listed means every kind; unticking one lists the others
  const applies = (k: (typeof tripKinds)[number]) => item.tripKinds.length === 0 || item.tripKinds.includes(k)
  const toggle = (k: (typeof tripKinds)[number], on: boolean) => {
    const next = tripKinds.filter((x) => (x === k ? on : applies(x)))
    if (next.length) onChange({ ...item, tripKinds: next.length === tripKinds.length ? [] : next })
  }
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', py: 0.25, borderBottom: 1, borderColor: 'divider' }}
      data-testid={`template-item-${item.key}`}
    >
      <Typography sx={{ width: 28, color: 'text.secondary' }}>{index + 1}</Typography>
      {item.builtin ? (
        <Typography sx={{ flexGrow: 1 }}>{label}</Typography>
      ) : (
        <TextField
          size="small"
          value={item.label ?? ''}
          slotProps={{ htmlInput: { 'aria-label': t('settings.itemName', { n: index + 1 }) } }}
          disabled={!canEdit}
          onChange={(e) => onChange({ ...item, label: e.target.value })}
          sx={{ flexGrow: 1 }}
        />
      )}
      <Typography variant="caption" color="text.secondary" sx={{ width: 90 }}>
        {t(`settings.kinds.${item.kind}`)}
      </Typography>
      {tripKinds.map((k) => (
        <FormControlLabel
          key={k}
          sx={{ mr: 0 }}
          control={
            <Checkbox
              size="small"
              disabled={!canEdit}
              checked={applies(k)}
              onChange={(e) => toggle(k, e.target.checked)}
            />
          }
          label={<Typography variant="caption">{tt(`kind.${k}`)}</Typography>}
        />
      ))}
      {canEdit && (
        <>
          <IconButton
            size="small"
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={t('settings.up')}
          >
            <ArrowUpwardOutlined fontSize="small" />
          </IconButton>
          <IconButton
            size="small"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={t('settings.down')}
          >
            <ArrowDownwardOutlined fontSize="small" />
          </IconButton>
          <IconButton size="small" onClick={onRemove} aria-label={t('settings.remove')}>
            <DeleteOutlined fontSize="small" />
          </IconButton>
        </>
      )}
    </Stack>
  )
}
