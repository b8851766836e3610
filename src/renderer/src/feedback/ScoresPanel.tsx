import {
  Box,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Scores } from '../../../shared/feedback/scoring'
import type { TrendRow } from '../../../shared/feedback/feedback.types'
import type { FeedbackItem } from '../../../shared/feedback/template'
import { useFeedbackLabels } from './labels'

function Figure({ label, value, n, testId }: { label: string; value: string; n: string; testId: string }) {
  return (
    <Box sx={{ minWidth: 140 }} data-testid={testId}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" sx={{ fontWeight: 700 }}>
        {value}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {n}
      </Typography>
    </Box>
  )
}

const dash = (v: number | null, suffix = '') => (v === null ? '—' : `${v}${suffix}`)

/** The figures of a roll-up: overall score, share satisfied, NPS (each with its n), per item, compliance. */
export function ScoresPanel({
  scores,
  items,
  testId,
}: {
  scores: Scores
  items?: FeedbackItem[]
  testId: string
}) {
  const { t } = useTranslation('feedback')
  const labels = useFeedbackLabels(items)
  if (!scores.sheets)
    return (
      <Typography color="text.secondary" data-testid={`${testId}-none`}>
        {t('scores.none')}
      </Typography>
    )
  return (
    <Box data-testid={testId}>
      <Stack direction="row" spacing={4} sx={{ mb: 2, flexWrap: 'wrap' }}>
        <Figure
          label={t('scores.overall')}
          value={dash(scores.overall.mean)}
          n={t('scores.sheets', { count: scores.sheets })}
          testId={`${testId}-overall`}
        />
        <Figure
          label={t('scores.satisfied')}
          value={dash(scores.overall.satisfiedPct, '%')}
          n={t('scores.n', { count: scores.overall.n })}
          testId={`${testId}-satisfied`}
        />
        <Figure
          label={t('scores.nps')}
          value={dash(scores.nps.score)}
          n={t('scores.n', { count: scores.nps.n })}
          testId={`${testId}-nps`}
        />
      </Stack>
      <Table size="small" sx={{ maxWidth: 720 }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('scores.item')}</TableCell>
            <TableCell sx={{ width: 220 }}>{t('scores.mean')}</TableCell>
            <TableCell align="right">{t('scores.satisfied')}</TableCell>
            <TableCell align="right">n</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {scores.items.map((i) => (
            <TableRow key={i.key} data-testid={`${testId}-item-${i.key}`}>
              <TableCell>{labels.item(i.key)}</TableCell>
              <TableCell>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <LinearProgress
                    variant="determinate"
                    value={i.mean ?? 0}
                    color={i.mean !== null && i.mean < 60 ? 'error' : 'primary'}
                    sx={{ flexGrow: 1, height: 8, borderRadius: 4 }}
                  />
                  <Typography variant="body2" sx={{ width: 40, textAlign: 'right' }}>
                    {dash(i.mean)}
                  </Typography>
                </Stack>
              </TableCell>
              <TableCell align="right">{dash(i.satisfiedPct, '%')}</TableCell>
              <TableCell align="right">{i.n}</TableCell>
            </TableRow>
          ))}
          {scores.compliance
            .filter((c) => c.problems > 0)
            .map((c) => (
              <TableRow key={c.key} data-testid={`${testId}-problem-${c.key}`}>
                <TableCell sx={{ color: 'error.main' }}>{labels.shortItem(c.key)}</TableCell>
                <TableCell colSpan={3} sx={{ color: 'error.main' }}>
                  {t('scores.problems', { problems: c.problems, n: c.n })}
                </TableCell>
              </TableRow>
            ))}
        </TableBody>
      </Table>
    </Box>
  )
}

/** Month by month: overall score and NPS with their n. */
export function TrendTable({ rows, testId }: { rows: TrendRow[]; testId: string }) {
  const { t } = useTranslation('feedback')
  if (!rows.length) return null
  return (
    <Table size="small" sx={{ maxWidth: 720, mt: 2 }} data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{t('scores.month')}</TableCell>
          <TableCell align="right">{t('scores.overall')}</TableCell>
          <TableCell align="right">{t('scores.nps')}</TableCell>
          <TableCell align="right">{t('scores.sheetsHead')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.month}>
            <TableCell>{r.month}</TableCell>
            <TableCell align="right">
              {dash(r.overall)}{' '}
              <Typography component="span" variant="caption" color="text.secondary">
                ({r.overallN})
              </Typography>
            </TableCell>
            <TableCell align="right">
              {dash(r.nps)}{' '}
              <Typography component="span" variant="caption" color="text.secondary">
                ({r.npsN})
              </Typography>
            </TableCell>
            <TableCell align="right">{r.sheets}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
