import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { wallClock } from '../../../shared/common/dates'
import type { ImportRunRow } from '../../../shared/imports/imports.types'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useFormErrors } from '../components/useFormErrors'
import { NoticeSnackbar } from '../components/NoticeSnackbar'
import type { ImportTarget } from '../../../shared/imports/import-fields'
import { entityOf, targetWord } from './target-words'

/** The last imports, each undoable as a whole by a manager while its files are untouched. */
export function ImportHistory({
  canUndo,
  target,
  tripId,
}: {
  canUndo: boolean
  target: ImportTarget
  tripId?: number
}) {
  const { t } = useTranslation('imports')
  const runs = useQuery(() => api.imports.list({ target, tripId }), [target, tripId], [entityOf[target]])
  const [asking, setAsking] = useState<ImportRunRow | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const errors = useFormErrors()
  const undo = async (r: ImportRunRow) => {
    setAsking(null)
    const ok = await errors.capture(() => unwrap(api.imports.undo({ id: r.id, version: r.version })))
    if (ok !== undefined) {
      setNotice(t('history.done'))
      runs.reload()
    }
  }
  const rows = runs.data ?? []
  return (
    <Paper sx={{ p: 2 }} data-testid="import-history">
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {t('history.title')}
      </Typography>
      {errors.form && (
        <Alert severity="error" sx={{ mb: 1 }} data-testid="import-undo-error">
          {errors.form}
        </Alert>
      )}
      {rows.length === 0 ? (
        <Typography color="text.secondary">{t('history.empty')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('history.when')}</TableCell>
              <TableCell>{t('history.who')}</TableCell>
              <TableCell>{t('history.file')}</TableCell>
              <TableCell />
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} data-testid={`import-run-${r.id}`}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{wallClock(r.at).replace('T', ' ')}</TableCell>
                <TableCell>{r.byName}</TableCell>
                <TableCell>
                  {r.fileName}
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {t('encoding.label', { name: t(`encoding.${r.encoding}`) })}
                  </Typography>
                </TableCell>
                <TableCell>{targetWord(t, target, 'counts', { ...r })}</TableCell>
                <TableCell align="right">
                  {r.undoneAt ? (
                    <Typography color="text.secondary">{t('history.undone')}</Typography>
                  ) : (
                    canUndo && (
                      <Button size="small" onClick={() => setAsking(r)} data-testid={`import-undo-${r.id}`}>
                        {t('history.undo')}
                      </Button>
                    )
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog open={!!asking} onClose={() => setAsking(null)}>
        <DialogTitle>{t('history.undo')}</DialogTitle>
        <DialogContent>{asking && targetWord(t, target, 'confirm', { ...asking })}</DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(null)}>{t('common:actions.cancel')}</Button>
          <Button color="error" onClick={() => asking && void undo(asking)} data-testid="import-undo-confirm">
            {t('history.undo')}
          </Button>
        </DialogActions>
      </Dialog>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} testId="import-undo-done" />
    </Paper>
  )
}
