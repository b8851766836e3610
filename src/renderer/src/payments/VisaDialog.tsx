import {
  Alert,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TravellerMoney } from '../../../shared/payments/payment.types'
import type { VisaStatus } from '../../../shared/trips/visa'
import { visaStatuses } from '../../../shared/trips/visa'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { useFormat } from '../format/format'
import { GuardedCancel, GuardedDialog, useDirty } from '../components/GuardedDialog'

/** A traveller's visa for an outbound trip; the date it is needed by comes from the departure. */
export function VisaDialog({
  traveller,
  neededBy,
  onClose,
  onDone,
}: {
  traveller: TravellerMoney
  neededBy: string
  onClose: () => void
  onDone: () => void
}) {
  const { t } = useTranslation('payments')
  const f = useFormat()
  const errors = useFormErrors()
  const [status, setStatus] = useState<VisaStatus | ''>(traveller.visa.status ?? '')
  const [type, setType] = useState(traveller.visa.type ?? '')
  const [number, setNumber] = useState(traveller.visa.number ?? '')
  const [validUntil, setValidUntil] = useState(traveller.visa.validUntil ?? '')
  const dirty = useDirty({ status, type, number, validUntil })
  const [busy, setBusy] = useState(false)

  const save = async () => {
    setBusy(true)
    const ok = await errors.capture(() =>
      unwrap(
        api.trips.setVisa({
          id: traveller.participantId,
          version: traveller.version,
          visaStatus: status || null,
          visaType: type,
          visaNo: number,
          visaValidUntil: validUntil || null,
        }),
      ),
    )
    setBusy(false)
    if (ok) onDone()
  }

  return (
    <GuardedDialog
      open
      dirty={dirty}
      busy={busy}
      onClose={onClose}
      maxWidth="xs"
      fullWidth
      data-testid="visa-dialog"
    >
      <DialogTitle>{t('visa.title', { name: traveller.name })}</DialogTitle>
      <DialogContent>
        {errors.form && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {errors.form}
          </Alert>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }} data-testid="visa-needed-by">
          {t('visa.neededBy', { date: f.date(neededBy) })}
        </Typography>
        <Stack spacing={2}>
          <TextField
            select
            label={t('visa.status')}
            value={status}
            onChange={(e) => setStatus(e.target.value as VisaStatus | '')}
            slotProps={{ htmlInput: { 'data-testid': 'visa-status' } }}
          >
            <MenuItem value="">{t('visa.notRecorded')}</MenuItem>
            {visaStatuses.map((s) => (
              <MenuItem key={s} value={s} data-testid={`visa-status-${s}`}>
                {t(`visa.st.${s}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('visa.type')}
            value={type}
            onChange={(e) => setType(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 40 } }}
            {...errors.fieldProps('visaType')}
          />
          <TextField
            label={t('visa.number')}
            value={number}
            onChange={(e) => setNumber(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 40 } }}
            {...errors.fieldProps('visaNo')}
          />
          <TextField
            label={t('visa.validUntil')}
            type="date"
            value={validUntil}
            onChange={(e) => setValidUntil(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            {...errors.fieldProps('visaValidUntil')}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <GuardedCancel disabled={busy}>{t('common:actions.cancel')}</GuardedCancel>
        <Button variant="contained" onClick={save} disabled={busy} data-testid="visa-save">
          {t('dialog.save')}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}
