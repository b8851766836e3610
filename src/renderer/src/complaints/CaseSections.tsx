import { Box, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { ComplaintDetail } from '../../../shared/complaints/complaint.types'
import { Section } from '../customers/profile/parts'
import { useFormat } from '../format/format'
import { ClockChip } from './parts'

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

/** Every status change with who made it and why: the audit trail the case file prints. */
export function HistorySection({ c }: { c: ComplaintDetail }) {
  const { t } = useTranslation('complaints')
  const fmt = useFormat()
  return (
    <Section title={t('page.history')} testId="complaint-history">
      <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
        {c.history.map((h) => (
          <li key={h.id}>
            <Typography variant="body2">
              {fmt.dateTime(h.at)} ·{' '}
              {h.from ? `${t(`status.${h.from}`)} → ` : `${t('page.historyCreated')} · `}
              {t(`status.${h.to}`)}
              {h.staff && ` · ${h.staff.name}`}
              {h.note && ` · ${h.note}`}
            </Typography>
          </li>
        ))}
      </Box>
    </Section>
  )
}
