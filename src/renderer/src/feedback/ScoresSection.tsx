import { useTranslation } from 'react-i18next'
import { Box } from '@mui/material'
import type { TrendRow } from '../../../shared/feedback/feedback.types'
import type { Scores } from '../../../shared/feedback/scoring'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { Section } from '../customers/profile/parts'
import { ScoresPanel, TrendTable } from './ScoresPanel'

/** A guide's or supplier's satisfaction from the sheets of the trips they served, with its monthly trend. */
export function ScoresSection({ of, id }: { of: 'guide' | 'supplier'; id: number }) {
  const { t } = useTranslation('feedback')
  const filter = of === 'guide' ? { guideId: id } : { supplierId: id }
  const scores = useQuery<Scores>(() => api.feedback.scores(filter), [of, id], ['feedback', 'trip'])
  const trend = useQuery<TrendRow[]>(() => api.feedback.trend(filter), [of, id], ['feedback', 'trip'])
  if (!scores.data) return null
  return (
    <Box sx={{ mb: 2 }}>
      <Section title={t('scores.title')} testId={`${of}-feedback`}>
        <ScoresPanel scores={scores.data} testId={`${of}-scores`} />
        {trend.data && <TrendTable rows={trend.data} testId={`${of}-trend`} />}
      </Section>
    </Box>
  )
}
