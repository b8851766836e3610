import { Box, Button, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material'
import CheckOutlined from '@mui/icons-material/CheckOutlined'
import { useTranslation } from 'react-i18next'
import { tripKinds, tripStatuses } from '../../../../shared/trips/trip.schema'
import type { TripKind } from '../../../../shared/trips/trip.schema'
import { api } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { statusColors } from '../shell/StatusChip'
import type { TripListState } from './listState'
import { hasTripFilters } from './listState'

const ANY = '__any__'

export function TripFilters({ s, set }: { s: TripListState; set: (p: Partial<TripListState>) => void }) {
  const { t } = useTranslation('trips')
  const guides = useQuery(() => api.guides.list({ q: '', includeInactive: true }), [], ['guide'])

  const toggle = (st: (typeof tripStatuses)[number]) =>
    set({
      statuses: s.statuses.includes(st) ? s.statuses.filter((x) => x !== st) : [...s.statuses, st],
      page: 0,
    })

  const date = (k: 'from' | 'to') => (
    <TextField
      type="date"
      label={t(`filters.${k}`)}
      value={s[k]}
      fullWidth={false}
      sx={{ width: 170 }}
      onChange={(e) => set({ [k]: e.target.value, page: 0 })}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `trip-filter-${k}` } }}
    />
  )

  return (
    <Stack spacing={1.5}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}
        data-testid="trip-filter-status"
      >
        <Typography variant="body2" color="text.secondary" sx={{ mr: 0.5 }}>
          {t('filters.status')}
        </Typography>
        {tripStatuses.map((st) => {
          const on = s.statuses.includes(st)
          const c = statusColors[st]
          return (
            <Chip
              key={st}
              size="small"
              label={t(`status.${st}`)}
              icon={on ? <CheckOutlined sx={{ color: `${c.fg} !important` }} /> : undefined}
              variant={on ? 'filled' : 'outlined'}
              onClick={() => toggle(st)}
              aria-pressed={on}
              data-testid={`trip-filter-status-${st}`}
              sx={on ? { bgcolor: c.bg, color: c.fg, fontWeight: 600, '&:hover': { bgcolor: c.bg } } : {}}
            />
          )
        })}
      </Stack>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
        <TextField
          select
          label={t('filters.kind')}
          value={s.kind ?? ANY}
          fullWidth={false}
          sx={{ minWidth: 150 }}
          onChange={(e) =>
            set({ kind: e.target.value === ANY ? null : (e.target.value as TripKind), page: 0 })
          }
          slotProps={{ htmlInput: { 'data-testid': 'trip-filter-kind' } }}
        >
          <MenuItem value={ANY}>{t('filters.any')}</MenuItem>
          {tripKinds.map((k) => (
            <MenuItem key={k} value={k}>
              {t(`kind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('filters.guide')}
          value={s.guideId ?? ANY}
          fullWidth={false}
          sx={{ minWidth: 160 }}
          onChange={(e) => set({ guideId: e.target.value === ANY ? null : Number(e.target.value), page: 0 })}
          slotProps={{ htmlInput: { 'data-testid': 'trip-filter-guide' } }}
        >
          <MenuItem value={ANY}>{t('filters.any')}</MenuItem>
          {(guides.data ?? []).map((g) => (
            <MenuItem key={g.id} value={g.id}>
              {g.name}
              {!g.active && (
                <Box component="span" sx={{ ml: 1, color: 'text.secondary', fontSize: 12 }}>
                  {t('filters.inactive')}
                </Box>
              )}
            </MenuItem>
          ))}
        </TextField>
        {date('from')}
        <Typography color="text.secondary">–</Typography>
        {date('to')}
        {hasTripFilters(s) && (
          <Button
            size="small"
            onClick={() => set({ statuses: [], kind: null, guideId: null, from: '', to: '', page: 0 })}
            data-testid="trip-filter-clear"
          >
            {t('filters.clear')}
          </Button>
        )}
      </Stack>
    </Stack>
  )
}
