import { Alert, Button, InputAdornment, Stack, TextField } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useQuery } from '../api/hooks'
import { useFormErrors } from '../components/useFormErrors'

/** The agency's retention period in years (managers and administrators; main checks the role). */
export function RetentionForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('privacy')
  const errors = useFormErrors()
  const current = useQuery(() => api.privacy.retention({}), [], [])
  // what was typed, else what is stored
  const [typed, setYears] = useState<string | null>(null)
  const years = typed ?? (current.data ? String(current.data.years) : '')
  const [busy, setBusy] = useState(false)

  const save = async () => {
    setBusy(true)
    const r = await errors.capture(() => unwrap(api.privacy.setRetention({ years: Number(years) })))
    setBusy(false)
    if (r) onDone()
  }

  return (
    <Stack direction="row" sx={{ gap: 1.5, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      {errors.form && <Alert severity="error">{errors.form}</Alert>}
      <TextField
        size="small"
        label={t('retention.years')}
        value={years}
        onChange={(e) => setYears(e.target.value.replace(/\D/g, ''))}
        slotProps={{
          htmlInput: { inputMode: 'numeric', 'data-testid': 'retention-years' },
          input: { endAdornment: <InputAdornment position="end">{t('retention.unit')}</InputAdornment> },
        }}
        sx={{ width: 160 }}
        {...errors.fieldProps('years')}
      />
      <Button variant="contained" onClick={save} disabled={busy || !years} data-testid="retention-save">
        {t('retention.save')}
      </Button>
    </Stack>
  )
}
