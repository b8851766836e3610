import {
  Alert,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupInfo, DrillReport } from '../../../shared/backups/backups.api'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useFormErrors } from '../components/useFormErrors'
import { ConfirmDialog } from '../customers/profile/ConfirmDialog'
import { useFormat } from '../format/format'
import { Section } from '../settings/Section'
import { BackupSettingsForm } from './BackupSettingsForm'

const size = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`

/** Settings → 备份 (administrators): rotation, second folder, the list, restore and the drill. */
export function BackupsPanel({ onDone }: { onDone: (notice: string) => void }) {
  const { t } = useTranslation('backups')
  const f = useFormat()
  const errors = useFormErrors()
  const status = useQuery(() => api.backups.status({}), [], [])
  const [drill, setDrill] = useState<DrillReport | null>(null)
  const [busy, setBusy] = useState(false)
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)
  const [restarting, setRestarting] = useState(false)

  const s = status.data
  if (!s) return null
  if (s.store === 'postgres') {
    return (
      <Section title={t('title')} testId="settings-backups">
        <Alert severity="info" data-testid="backups-on-server">
          {t('onServer')}
        </Alert>
      </Section>
    )
  }
  const newest = s.backups[0]

  const runNow = async () => {
    setBusy(true)
    const r = await errors.capture(() => unwrap(api.backups.runNow({})))
    setBusy(false)
    if (r) {
      onDone(t('made'))
      status.reload()
    }
  }
  const runDrill = async () => {
    if (!newest) return
    setBusy(true)
    setDrill(null)
    const r = await errors.capture(() => unwrap(api.backups.drill({ name: newest.name })))
    setBusy(false)
    if (r) setDrill(r)
  }

  return (
    <Stack spacing={2.5}>
      <Section title={t('title')} text={t('text')} testId="settings-backups">
        {errors.form && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {errors.form}
          </Alert>
        )}
        {s.lastError && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="backups-last-error">
            {t('lastError', { error: s.lastError })}
          </Alert>
        )}
        {restarting && (
          <Alert severity="info" sx={{ mb: 2 }} data-testid="backups-restarting">
            {t('restarting')}
          </Alert>
        )}
        <Stack direction="row" sx={{ gap: 1.5, mb: 2, flexWrap: 'wrap' }}>
          <Button variant="contained" onClick={runNow} disabled={busy} data-testid="backups-run">
            {t('runNow')}
          </Button>
          <Button
            variant="outlined"
            onClick={runDrill}
            disabled={busy || !newest}
            data-testid="backups-drill"
          >
            {t('drill')}
          </Button>
        </Stack>
        {drill && (
          <Alert severity={drill.ok ? 'success' : 'error'} sx={{ mb: 2 }} data-testid="backups-drill-report">
            {drill.ok && drill.counts
              ? t('drillOk', { name: drill.name, ...drill.counts })
              : t('drillDamaged', { name: drill.name, problem: drill.problem ?? '' })}
          </Alert>
        )}
        {s.backups.length === 0 ? (
          <Typography color="text.secondary">{t('none')}</Typography>
        ) : (
          <Table size="small" data-testid="backups-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('col.at')}</TableCell>
                <TableCell>{t('col.reason')}</TableCell>
                <TableCell align="right">{t('col.size')}</TableCell>
                <TableCell>{t('col.verified')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {s.backups.map((b) => (
                <TableRow key={b.name} data-testid="backup-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{f.dateTime(b.at)}</TableCell>
                  <TableCell>{t(`reason.${b.reason}`)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {size(b.size)}
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      color={b.verified ? 'success' : 'warning'}
                      label={b.verified ? t('verified') : t('unverified')}
                    />
                  </TableCell>
                  <TableCell align="right">
                    <Button size="small" onClick={() => setRestoring(b)} data-testid="backup-restore">
                      {t('restore')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <Section title={t('settings.title')} text={t('settings.text')} testId="settings-backup-rules">
        <BackupSettingsForm
          settings={s.settings}
          onDone={() => {
            onDone(t('settings.saved'))
            status.reload()
          }}
        />
      </Section>
      <ConfirmDialog
        open={!!restoring}
        title={t('confirm.title')}
        text={t('confirm.text', { at: restoring ? f.dateTime(restoring.at) : '' })}
        confirmLabel={t('confirm.action')}
        testId="backup-restore-confirm"
        onClose={() => setRestoring(null)}
        onConfirm={async () => {
          await unwrap(api.backups.restore({ name: restoring!.name }))
          setRestarting(true)
        }}
      />
    </Stack>
  )
}
