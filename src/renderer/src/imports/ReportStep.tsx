import { Alert, Button, Paper, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { ImportReport } from '../../../shared/imports/imports.types'
import { api, unwrap } from '../api/client'
import { problemText, RejectedTable } from './RejectedTable'
import { saveBase64 } from './file-data'
import type { ImportTarget } from '../../../shared/imports/import-fields'
import { fieldLabel, targetWord } from './target-words'

/** What the import did, with every row it did not import and why; savable as an xlsx. */
export function ReportStep({
  report,
  target,
  onAgain,
}: {
  report: ImportReport
  target: ImportTarget
  onAgain: () => void
}) {
  const { t } = useTranslation('imports')
  const save = async () => {
    const rows = [
      ...report.skipped.map((s) => [String(s.row), s.name, t('report.statuses.skipped'), '']),
      ...report.rejected.map((r) => [
        String(r.row),
        r.name,
        t('report.statuses.rejected'),
        problemText(t, r, target),
      ]),
    ].sort((a, b) => Number(a[0]) - Number(b[0]))
    const head = [
      [targetWord(t, target, 'created', { count: report.created }), '', '', ''],
      [targetWord(t, target, 'updated', { count: report.updated }), '', '', ''],
    ]
    const file = await unwrap(
      api.imports.reportFile({
        columns: [t('row'), fieldLabel(t, target, 'name'), t('report.status'), t('problem')],
        rows: [...head, ...rows],
      }),
    )
    saveBase64(file.data, t('report.file'))
  }
  return (
    <Stack spacing={2} data-testid="import-report">
      <Typography variant="h6">{t('report.title')}</Typography>
      <Alert severity="success">
        <div data-testid="import-created">{targetWord(t, target, 'created', { count: report.created })}</div>
        <div data-testid="import-updated">{targetWord(t, target, 'updated', { count: report.updated })}</div>
        <div data-testid="import-skipped">{t('report.skipped', { count: report.skipped.length })}</div>
        <div>{t('report.rejected', { count: report.rejected.length })}</div>
      </Alert>
      {report.rejected.length > 0 && (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <RejectedTable rows={report.rejected} testId="import-report-rejected" target={target} />
        </Paper>
      )}
      <Stack direction="row" spacing={2}>
        <Button variant="contained" onClick={() => void save()} data-testid="import-save-report">
          {t('report.save')}
        </Button>
        <Button onClick={onAgain}>{t('report.again')}</Button>
      </Stack>
    </Stack>
  )
}
