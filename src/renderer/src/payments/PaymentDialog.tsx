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
import type { PaymentMethod, TravellerMoney } from '../../../shared/payments/payment.types'
import { paymentMethods } from '../../../shared/payments/payment.types'
import { fenText, parseYuan } from '../../../shared/payments/money'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { today } from '../format/formatters'
import { GuardedCancel, GuardedDialog, useDirty } from '../components/GuardedDialog'

/** Records money received from a traveller, or (managers) money given back with its reason. */
export function PaymentDialog({
  kind,
  traveller,
  onClose,
  onDone,
}: {
  kind: 'pay' | 'refund'
  traveller: TravellerMoney
  onClose: () => void
  onDone: (fen: number) => void
}) {
  const { t } = useTranslation('payments')
  const errors = useFormErrors()
  const [day, setDay] = useState(today())
  // the outstanding amount is what a clerk most often takes: offered, never forced
  const [amount, setAmount] = useState(
    kind === 'pay' && traveller.owedFen > 0 ? fenText(traveller.owedFen).replace(/,/g, '') : '',
  )
  const [method, setMethod] = useState<PaymentMethod>('wechat')
  const [receiptNo, setReceiptNo] = useState('')
  const [reason, setReason] = useState('')
  const dirty = useDirty({ day, amount, method, receiptNo, reason })
  const [busy, setBusy] = useState(false)
  const refund = kind === 'refund'

  const save = async () => {
    const fen = parseYuan(amount)
    if (fen === null || fen === 0) {
      errors.setFields({ amountFen: t('dialog.badAmount') })
      return
    }
    setBusy(true)
    const base = { participantId: traveller.participantId, day, amountFen: fen, method, receiptNo }
    const ok = await errors.capture(() =>
      unwrap(refund ? api.payments.refund({ ...base, reason }) : api.payments.record(base)),
    )
    setBusy(false)
    if (ok) onDone(fen)
  }

  return (
    <GuardedDialog
      open
      dirty={dirty}
      busy={busy}
      onClose={onClose}
      maxWidth="xs"
      fullWidth
      data-testid="payment-dialog"
    >
      <DialogTitle>
        {t(refund ? 'dialog.refundTitle' : 'dialog.payTitle', { name: traveller.name })}
      </DialogTitle>
      <DialogContent>
        {errors.form && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="payment-error">
            {errors.form}
          </Alert>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {refund
            ? t('dialog.paidNow', { amount: fenText(traveller.paidFen) })
            : t('dialog.owedNow', { amount: fenText(traveller.owedFen) })}
        </Typography>
        <Stack spacing={2}>
          <TextField
            label={t('dialog.amount')}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            autoFocus
            slotProps={{
              htmlInput: { inputMode: 'decimal', maxLength: 14, 'data-testid': 'payment-amount' },
            }}
            {...errors.fieldProps('amountFen')}
          />
          <TextField
            label={t('dialog.day')}
            type="date"
            value={day}
            onChange={(e) => setDay(e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'payment-day' } }}
            {...errors.fieldProps('day')}
          />
          <TextField
            select
            label={t('dialog.method')}
            value={method}
            onChange={(e) => setMethod(e.target.value as PaymentMethod)}
            slotProps={{ htmlInput: { 'data-testid': 'payment-method' } }}
          >
            {paymentMethods.map((m) => (
              <MenuItem key={m} value={m} data-testid={`payment-method-${m}`}>
                {t(`method.${m}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('dialog.receipt')}
            value={receiptNo}
            onChange={(e) => setReceiptNo(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 40, 'data-testid': 'payment-receipt' } }}
            {...errors.fieldProps('receiptNo')}
          />
          {refund && (
            <TextField
              label={t('dialog.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'payment-reason' } }}
              {...errors.fieldProps('reason')}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <GuardedCancel disabled={busy}>{t('common:actions.cancel')}</GuardedCancel>
        <Button
          variant="contained"
          color={refund ? 'error' : 'primary'}
          onClick={save}
          disabled={busy}
          data-testid="payment-save"
        >
          {t(refund ? 'dialog.doRefund' : 'dialog.record')}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}
