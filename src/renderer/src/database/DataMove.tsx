import {
  Alert,
  Button,
  Checkbox,
  FormControlLabel,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CopyProgress, CopyReport, DatabaseStatus } from '../../../shared/database/database.api'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { Section } from '../settings/Section'

/**
 * The one-time moves: this PC's data onto the saved server, or (on the server, for emergencies) the
 * server's data into a new file on this PC. Each is one transaction, verified by counting rows.
 */
export function DataMove({ status, onDone }: { status: DatabaseStatus; onDone: (n: string) => void }) {
  const { t } = useTranslation('database')
  const errors = useFormErrors()
  const [replace, setReplace] = useState(false)
  const [running, setRunning] = useState(false)
  const [progress, setProgress] = useState<CopyProgress | null>(null)
  const [report, setReport] = useState<CopyReport | null>(null)
  useEffect(() => api.on('database.progress', (p) => setProgress(p)), [])

  const toServer = status.running === 'sqlite'
  if (toServer && !status.server) return null

  const run = async () => {
    setRunning(true)
    setReport(null)
    setProgress(null)
    const r = await errors.capture(() =>
      unwrap(toServer ? api.database.copyToServer({ replace }) : api.database.copyToLocal({ confirm: true })),
    )
    setRunning(false)
    if (r) {
      setReport(r)
      onDone(t('move.done'))
    }
  }

  return (
    <Section
      title={toServer ? t('move.toServer') : t('move.toLocal')}
      text={toServer ? t('move.toServerText', { host: status.server?.host ?? '' }) : t('move.toLocalText')}
      testId="settings-database-move"
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('move.evidence')}
      </Typography>
      {toServer && (
        <FormControlLabel
          control={
            <Checkbox
              checked={replace}
              onChange={(e) => setReplace(e.target.checked)}
              slotProps={{ input: { 'data-testid': 'db-replace' } as object }}
            />
          }
          label={t('move.replace')}
        />
      )}
      <div>
        <Button
          variant="contained"
          color={replace ? 'warning' : 'primary'}
          onClick={run}
          disabled={running}
          data-testid="db-move"
        >
          {toServer ? t('move.toServerAction') : t('move.toLocalAction')}
        </Button>
      </div>
      {running && (
        <div data-testid="db-progress">
          <LinearProgress
            sx={{ mt: 2 }}
            variant={progress?.total ? 'determinate' : 'indeterminate'}
            value={progress?.total ? (100 * progress.done) / progress.total : 0}
          />
          {progress && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {t('move.progress', { ...progress })}
            </Typography>
          )}
        </div>
      )}
      {errors.form && (
        <Alert severity="error" sx={{ mt: 2 }} data-testid="db-move-error">
          {errors.form}
        </Alert>
      )}
      {report && (
        <>
          <Alert severity="success" sx={{ mt: 2 }} data-testid="db-move-report">
            {t('move.verified', { tables: report.tables.length, evidence: report.evidenceFiles })}
            {report.aside ? ` ${t('move.aside', { file: report.aside })}` : ''}
          </Alert>
          <Table size="small" sx={{ mt: 1 }}>
            <TableHead>
              <TableRow>
                <TableCell>{t('move.col.table')}</TableCell>
                <TableCell align="right">{t('move.col.source')}</TableCell>
                <TableCell align="right">{t('move.col.target')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.tables.map((r) => (
                <TableRow key={r.table}>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{r.table}</TableCell>
                  <TableCell align="right">{r.source}</TableCell>
                  <TableCell align="right">{r.target}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Section>
  )
}
