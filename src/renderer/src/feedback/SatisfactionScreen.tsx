import {
  Box,
  Grid,
  Link,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import { addDays } from '../../../shared/common/dates'
import type { ShortTrip, TrendRow } from '../../../shared/feedback/feedback.types'
import type { Scores } from '../../../shared/feedback/scoring'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { Section } from '../customers/profile/parts'
import { today } from '../format/formatters'
import { ScreenHeader } from '../staff/ScreenHeader'
import { ScoresPanel, TrendTable } from './ScoresPanel'

/**
 * Satisfaction across the agency: scores of the sheets entered for trips returned in a period, by guide,
 * supplier or route, the month-by-month trend, and the returned trips still short of the return rule.
 */
export function SatisfactionScreen() {
  const { t } = useTranslation('feedback')
  const [to, setTo] = useState(today)
  const [from, setFrom] = useState(() => addDays(today(), -364))
  const [guideId, setGuideId] = useState<number | ''>('')
  const [supplierId, setSupplierId] = useState<number | ''>('')
  const [routeName, setRouteName] = useState('')
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to
  const filter = {
    from: valid ? from : null,
    to: valid ? to : null,
    guideId: guideId || null,
    supplierId: supplierId || null,
    routeName: routeName.trim() || null,
  }
  const deps = [JSON.stringify(filter)]
  const scores = useQuery<Scores>(() => api.feedback.scores(filter), deps, ['feedback', 'trip'])
  const trend = useQuery<TrendRow[]>(() => api.feedback.trend(filter), deps, ['feedback', 'trip'])
  const short = useQuery<ShortTrip[]>(
    () => api.feedback.shortTrips({ from: filter.from ?? addDays(today(), -364), to: filter.to ?? today() }),
    deps,
    ['feedback', 'trip'],
  )
  const guides = useQuery(() => api.guides.list({ includeInactive: true }), [], ['guide'])
  const suppliers = useQuery(() => api.suppliers.list({ includeInactive: true }), [], ['supplier'])

  return (
    <Box sx={{ maxWidth: 1280 }} data-testid="satisfaction-screen">
      <ScreenHeader title={t('screen.title')} intro={t('screen.subtitle')} />
      {/* one row of filters (the theme makes fields full width; here each has its own) */}
      <Stack
        direction="row"
        useFlexGap
        sx={{ mb: 2, flexWrap: 'wrap', gap: 1.5 }}
        data-testid="satisfaction-filters"
      >
        <TextField
          select
          size="small"
          label={t('screen.guide')}
          value={guideId}
          onChange={(e) => setGuideId(e.target.value === '' ? '' : Number(e.target.value))}
          fullWidth={false}
          sx={{ width: 160 }}
          data-testid="satisfaction-guide"
        >
          <MenuItem value="">{t('screen.all')}</MenuItem>
          {guides.data?.map((g) => (
            <MenuItem key={g.id} value={g.id}>
              {g.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('screen.supplier')}
          value={supplierId}
          onChange={(e) => setSupplierId(e.target.value === '' ? '' : Number(e.target.value))}
          fullWidth={false}
          sx={{ width: 200 }}
        >
          <MenuItem value="">{t('screen.all')}</MenuItem>
          {suppliers.data?.map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          label={t('screen.route')}
          fullWidth={false}
          sx={{ width: 200 }}
          value={routeName}
          onChange={(e) => setRouteName(e.target.value)}
        />
        <TextField
          size="small"
          type="date"
          fullWidth={false}
          sx={{ width: 170 }}
          label={t('screen.from')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          size="small"
          type="date"
          fullWidth={false}
          sx={{ width: 170 }}
          label={t('screen.to')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <Section title={t('scores.title')} testId="satisfaction-scores-section">
            {scores.data && <ScoresPanel scores={scores.data} testId="satisfaction-scores" />}
            <Typography variant="subtitle2" sx={{ mt: 2, fontWeight: 700 }}>
              {t('scores.trend')}
            </Typography>
            {trend.data && <TrendTable rows={trend.data} testId="satisfaction-trend" />}
          </Section>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Section title={t('screen.shortTitle')} testId="satisfaction-short">
            {short.data && !short.data.length ? (
              <Typography color="text.secondary">{t('screen.shortNone')}</Typography>
            ) : (
              <List dense disablePadding>
                {short.data?.map((s) => (
                  <ListItem key={s.id} disableGutters>
                    <ListItemText
                      primary={
                        <Link component={RouterLink} to={`/trips/${s.id}?tab=feedback`}>
                          {s.code} {s.routeName}
                        </Link>
                      }
                      secondary={t('screen.shortRow', { ...s.rate })}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </Section>
        </Grid>
      </Grid>
    </Box>
  )
}
