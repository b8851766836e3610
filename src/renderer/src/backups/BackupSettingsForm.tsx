import { Button, Stack, TextField, Typography } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupSettings } from '../../../shared/backups/backups.api'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'

/** Rotation, how often, and the optional second folder (a USB drive or a network share). */
export function BackupSettingsForm({ settings, onDone }: { settings: BackupSettings; onDone: () => void }) {
  const { t } = useTranslation('backups')
  const errors = useFormErrors()
  const [v, setV] = useState({
    keepDays: String(settings.keepDays),
    keepMonths: String(settings.keepMonths),
    everyHours: String(settings.everyHours),
    secondFolder: settings.secondFolder ?? '',
  })
  const num = (k: 'keepDays' | 'keepMonths' | 'everyHours') => ({
    value: v[k],
    type: 'number',
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setV({ ...v, [k]: e.target.value }),
    ...errors.fieldProps(k),
    slotProps: { htmlInput: { 'data-testid': `backup-${k}` } },
  })

  const save = async () => {
    const r = await errors.capture(() =>
      unwrap(
        api.backups.saveSettings({
          keepDays: Number(v.keepDays),
          keepMonths: Number(v.keepMonths),
          everyHours: Number(v.everyHours),
          secondFolder: v.secondFolder || null,
        }),
      ),
    )
    if (r) onDone()
  }

  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
        <TextField label={t('settings.everyHours')} sx={{ width: 160 }} {...num('everyHours')} />
        <TextField label={t('settings.keepDays')} sx={{ width: 160 }} {...num('keepDays')} />
        <TextField label={t('settings.keepMonths')} sx={{ width: 160 }} {...num('keepMonths')} />
      </Stack>
      <TextField
        label={t('settings.secondFolder')}
        value={v.secondFolder}
        onChange={(e) => setV({ ...v, secondFolder: e.target.value })}
        {...errors.fieldProps('secondFolder', t('settings.secondFolderHelp'))}
        slotProps={{ htmlInput: { 'data-testid': 'backup-secondFolder' } }}
        fullWidth
      />
      {errors.form && !Object.keys(errors.fields).length && (
        <Typography color="error" variant="body2">
          {errors.form}
        </Typography>
      )}
      <div>
        <Button variant="contained" onClick={save} data-testid="backup-settings-save">
          {t('settings.save')}
        </Button>
      </div>
    </Stack>
  )
}
