import { Alert, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { DryRun, GroupChoice } from '../../../shared/imports/imports.types'
import type { ImportTarget } from '../../../shared/imports/import-fields'
import { RejectedTable } from './RejectedTable'
import { targetWord } from './target-words'

interface Props {
  target: ImportTarget
  dry: DryRun
  decisions: Record<string, GroupChoice>
  onDecide: (key: string, c: GroupChoice) => void
  onStart: () => void
  onBack: () => void
}

/** The dry run: what would be imported, what is refused and why, and a choice per duplicate group. */
export function ReviewStep({ target, dry, decisions, onDecide, onStart, onBack }: Props) {
  const { t } = useTranslation('imports')
  return (
    <Stack spacing={2}>
      <Alert severity={dry.rejected.length ? 'warning' : 'success'} data-testid="import-summary">
        {t('review.summary', { total: dry.total, valid: dry.valid, rejected: dry.rejected.length })}
      </Alert>
      {dry.rejected.length > 0 && (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
            {t('review.rejectedTitle')}
          </Typography>
          <RejectedTable rows={dry.rejected} testId="import-rejected" target={target} />
        </Paper>
      )}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {dry.groups.length
            ? targetWord(t, target, 'groupsTitle', { count: dry.groups.length })
            : targetWord(t, target, 'noGroups')}
        </Typography>
        <Stack spacing={1.5}>
          {dry.groups.slice(0, 200).map((g) => (
            <Paper key={g.key} variant="outlined" sx={{ p: 1.5 }} data-testid={`import-group-${g.key}`}>
              <Stack
                direction={{ xs: 'column', md: 'row' }}
                spacing={2}
                sx={{ alignItems: { md: 'center' } }}
              >
                <Stack sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="caption" color="text.secondary">
                    {t('review.inFile')}
                  </Typography>
                  {g.rows.map((r) => (
                    <Typography key={r.row} variant="body2">
                      {t('rowOf', { n: r.row })} · {r.name} {r.mobile ?? ''} {r.document ?? ''}
                    </Typography>
                  ))}
                </Stack>
                {g.existing.length > 0 && (
                  <Stack sx={{ flex: 1, minWidth: 0 }}>
                    <Typography variant="caption" color="text.secondary">
                      {targetWord(t, target, 'existing')}
                    </Typography>
                    {g.existing.map((e) => (
                      <Typography key={e.id} variant="body2">
                        {e.name} {e.mobile ?? ''}
                      </Typography>
                    ))}
                  </Stack>
                )}
                <TextField
                  select
                  size="small"
                  label={t('review.choice')}
                  value={decisions[g.key] ?? g.choices[0]}
                  onChange={(e) => onDecide(g.key, e.target.value as GroupChoice)}
                  sx={{ width: 200 }}
                  slotProps={{ htmlInput: { 'data-testid': `import-choice-${g.key}` } }}
                >
                  {g.choices.map((c) => (
                    <MenuItem key={c} value={c}>
                      {target === 'participants' && c === 'update'
                        ? t('targets.participants.use')
                        : t(`review.choices.${c}`)}
                    </MenuItem>
                  ))}
                </TextField>
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Paper>
      <Stack direction="row" spacing={2}>
        <Button variant="contained" onClick={onStart} disabled={dry.valid === 0} data-testid="import-start">
          {t('review.start')}
        </Button>
        <Button onClick={onBack}>{t('review.change')}</Button>
      </Stack>
    </Stack>
  )
}
