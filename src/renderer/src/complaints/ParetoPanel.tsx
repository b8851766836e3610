import { Box, Paper, Stack, TextField, Typography } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays } from '../../../shared/common/dates'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { today } from '../format/formatters'

/**
 * The Pareto of causes for a period: bars sorted by count, with the cumulative share, so the desk
 * sees which few causes make most complaints (and which training or supplier talk pays off first).
 */
export function ParetoPanel() {
  const { t } = useTranslation('complaints')
  const [to, setTo] = useState(today)
  const [from, setFrom] = useState(() => addDays(today(), -364))
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to
  const q = useQuery(
    () =>
      valid
        ? api.complaints.pareto({ from, to })
        : Promise.resolve({ ok: true as const, value: { total: 0, rows: [] } }),
    [from, to, valid],
    ['complaint'],
  )
  const rows = q.data?.rows ?? []
  const max = Math.max(1, ...rows.map((r) => r.count))
  return (
    <Paper sx={{ p: 2 }} data-testid="complaint-pareto">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, flexGrow: 1, minWidth: 220 }}>
          {t('pareto.title')}
        </Typography>
        <TextField
          type="date"
          size="small"
          label={t('filter.from')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 170 }}
          data-testid="pareto-from"
        />
        <TextField
          type="date"
          size="small"
          label={t('filter.to')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
          sx={{ width: 170 }}
          data-testid="pareto-to"
        />
        <Typography
          variant="body2"
          color="text.secondary"
          sx={{ whiteSpace: 'nowrap' }}
          data-testid="pareto-total"
        >
          {t('pareto.total', { count: q.data?.total ?? 0 })}
        </Typography>
      </Stack>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('pareto.empty')}</Typography>
      ) : (
        <Box
          component="ul"
          sx={{
            listStyle: 'none',
            m: 0,
            p: 0,
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr max-content max-content',
            columnGap: 2,
            rowGap: 0.75,
            alignItems: 'center',
          }}
        >
          <Box component="li" sx={{ display: 'contents', color: 'text.secondary', typography: 'caption' }}>
            <span />
            <span />
            <span>{t('pareto.count')}</span>
            <span>{t('pareto.cumulative')}</span>
          </Box>
          {rows.map((r) => (
            <Box component="li" key={r.cause} sx={{ display: 'contents' }} data-testid={`pareto-${r.cause}`}>
              <Typography variant="body2">{t(`cause.${r.cause}`)}</Typography>
              <Box sx={{ position: 'relative', height: 16, bgcolor: 'action.hover', borderRadius: 1 }}>
                <Box
                  sx={{
                    position: 'absolute',
                    inset: 0,
                    width: `${(r.count / max) * 100}%`,
                    bgcolor: 'primary.main',
                    borderRadius: 1,
                  }}
                />
                {/* the cumulative share as a marker on the same scale (0–100% of the bar's width) */}
                <Box
                  sx={{
                    position: 'absolute',
                    top: -2,
                    bottom: -2,
                    left: `calc(${r.cumulativeShare * 100}% - 1px)`,
                    width: 2,
                    bgcolor: 'warning.dark',
                  }}
                />
              </Box>
              <Typography variant="body2" sx={{ textAlign: 'right' }}>
                {r.count}
              </Typography>
              <Typography variant="body2" sx={{ textAlign: 'right' }}>
                {Math.round(r.cumulativeShare * 100)}%
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  )
}
