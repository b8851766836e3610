import { Box, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { ComplaintDetail } from '../../../shared/complaints/complaint.types'
import { Section } from '../customers/profile/parts'
import { useFormat } from '../format/format'
import { ClockChip } from './parts'
import { useTripChangeText } from './CaseContext'

/** The case's deadlines, recomputed by main from the status history on every read. */
export function ClocksSection({ c }: { c: ComplaintDetail }) {
  const { t } = useTranslation('complaints')
  const rows = [
    ['reply', c.clocks.reply],
    ['mediation', c.clocks.mediation],
    ['firstResponse', c.clocks.firstResponse],
    ['resolution', c.clocks.resolution],
  ] as const
  return (
    <Section title={t('page.clocks')} testId="complaint-clocks">
      <Stack spacing={1.25}>
        {rows.map(
          ([k, clock]) =>
            clock && (
              <Stack
                key={k}
                direction="row"
                spacing={1}
                sx={{ alignItems: 'center', justifyContent: 'space-between' }}
              >
                <Typography variant="body2" color="text.secondary">
                  {t(`clock.${k}`)}
                </Typography>
                <ClockChip clock={clock} testId={`complaint-clock-${k}`} />
              </Stack>
            ),
        )}
      </Stack>
    </Section>
  )
}

/**
 * Every status change with who made it and why, and every change made on the trip for the case:
 * the audit trail the case file prints.
 */
export function HistorySection({ c }: { c: ComplaintDetail }) {
  const { t } = useTranslation('complaints')
  const fmt = useFormat()
  const changeText = useTripChangeText()
  const lines = [
    ...c.history.map((h) => ({
      key: `s${h.id}`,
      at: h.at,
      text: [
        h.from
          ? `${t(`status.${h.from}`)} → ${t(`status.${h.to}`)}`
          : `${t('page.historyCreated')} · ${t(`status.${h.to}`)}`,
        h.staff?.name,
        h.note,
      ],
      testId: undefined,
    })),
    ...c.tripChanges.map((x) => ({
      key: `t${x.id}`,
      at: x.at,
      text: [`${t('caseWork:history.onTrip')}${changeText(x)}`, x.staff?.name],
      testId: 'complaint-history-trip-change',
    })),
  ].sort((a, b) => a.at.localeCompare(b.at))
  return (
    <Section title={t('page.history')} testId="complaint-history">
      <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
        {lines.map((l) => (
          <li key={l.key} data-testid={l.testId}>
            <Typography variant="body2">
              {[fmt.dateTime(l.at), ...l.text].filter(Boolean).join(' · ')}
            </Typography>
          </li>
        ))}
      </Box>
    </Section>
  )
}
