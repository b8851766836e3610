import {
  Alert,
  Button,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import AddOutlined from '@mui/icons-material/AddOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TravellerMoney } from '../../../shared/payments/payment.types'
import type { ChargeKind } from '../../../shared/payments/money'
import { chargeKinds, fenText, parseYuan, priceOfType, signedCharge } from '../../../shared/payments/money'
import type { PriceType, Prices } from '../../../shared/trips/trip.schema'
import { priceTypes } from '../../../shared/trips/trip.schema'
import { api, unwrap } from '../api/client'
import { useFormErrors } from '../components/useFormErrors'
import { GuardedCancel, GuardedDialog, useDirty } from '../components/GuardedDialog'

interface Line {
  kind: ChargeKind
  label: string
  amount: string
}

const asText = (fen: number | null) => (fen === null ? '' : fenText(fen).replace(/,/g, ''))
/** the trip form's prices are yuan with two decimals at most: read as text, never scaled as a float */
const priceFen = (y: number | null) => (y === null ? null : parseYuan(y.toFixed(2)))

/** A traveller's price type, deposit and extras/discounts, saved as one versioned edit. */
export function ChargesDialog({
  traveller,
  singleSupplementFen,
  prices,
  onClose,
  onDone,
}: {
  traveller: TravellerMoney
  singleSupplementFen: number | null
  prices: Prices
  onClose: () => void
  onDone: () => void
}) {
  const { t } = useTranslation('payments')
  const { t: tp } = useTranslation('tripPage')
  const errors = useFormErrors()
  const [priceType, setPriceType] = useState<PriceType>(traveller.priceType)
  const [deposit, setDeposit] = useState(asText(traveller.depositFen))
  const [lines, setLines] = useState<Line[]>(
    traveller.charges.map((c) => ({ kind: c.kind, label: c.label ?? '', amount: asText(c.amountFen) })),
  )
  const [busy, setBusy] = useState(false)
  const dirty = useDirty({ priceType, deposit, lines })
  const fenPrices = {
    adult: priceFen(prices.adult),
    childBed: priceFen(prices.childBed),
    childNoBed: priceFen(prices.childNoBed),
    infant: priceFen(prices.infant),
    singleSupplement: priceFen(prices.singleSupplement),
  }
  const base = priceOfType(fenPrices, priceType) ?? 0
  const due = lines.reduce((s, l) => s + signedCharge(l.kind, parseYuan(l.amount) ?? 0), base)
  const hasSingle = lines.some((l) => l.kind === 'single_supplement')
  const set = (i: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)))

  const save = async () => {
    const bad: Record<string, string> = {}
    const depositFen = deposit.trim() === '' ? null : parseYuan(deposit)
    if (depositFen === null && deposit.trim() !== '') bad.depositFen = t('dialog.badAmount')
    const charges = lines.map((l, i) => {
      const fen = parseYuan(l.amount)
      if (fen === null || fen === 0) bad[`charges.${i}.amountFen`] = t('dialog.badAmount')
      return { kind: l.kind, label: l.label, amountFen: fen ?? 0 }
    })
    if (Object.keys(bad).length) {
      errors.setFields(bad)
      return
    }
    setBusy(true)
    const ok = await errors.capture(() =>
      unwrap(
        api.payments.setTraveller({
          id: traveller.participantId,
          version: traveller.version,
          priceType,
          depositFen,
          charges,
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
      maxWidth="sm"
      fullWidth
      data-testid="charges-dialog"
    >
      <DialogTitle>{t('dialog.editTitle', { name: traveller.name })}</DialogTitle>
      <DialogContent>
        {errors.form && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="charges-error">
            {errors.form}
          </Alert>
        )}
        <Stack direction="row" spacing={2} sx={{ mt: 1, mb: 2 }}>
          <TextField
            select
            label={t('col.priceType')}
            value={priceType}
            onChange={(e) => setPriceType(e.target.value as PriceType)}
            sx={{ minWidth: 180 }}
            slotProps={{ htmlInput: { 'data-testid': 'charges-price-type' } }}
            helperText={
              traveller.suggestedPriceType
                ? t('suggest', { age: traveller.age, type: tp(`priceType.${traveller.suggestedPriceType}`) })
                : undefined
            }
          >
            {priceTypes.map((p) => (
              <MenuItem key={p} value={p} data-testid={`charges-type-${p}`}>
                {tp(`priceType.${p}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('dialog.deposit')}
            value={deposit}
            onChange={(e) => setDeposit(e.target.value)}
            slotProps={{
              htmlInput: { inputMode: 'decimal', maxLength: 14, 'data-testid': 'charges-deposit' },
            }}
            {...errors.fieldProps('depositFen')}
          />
        </Stack>
        <Typography variant="subtitle2" sx={{ mb: 1 }}>
          {t('dialog.charges')}
        </Typography>
        <Stack spacing={1.5}>
          {lines.map((l, i) => (
            <Stack
              direction="row"
              spacing={1}
              key={i}
              sx={{ alignItems: 'flex-start' }}
              data-testid="charge-line"
            >
              <TextField
                select
                size="small"
                label={t('dialog.kind')}
                value={l.kind}
                onChange={(e) => set(i, { kind: e.target.value as ChargeKind })}
                sx={{ minWidth: 150 }}
              >
                {chargeKinds.map((k) => (
                  <MenuItem key={k} value={k}>
                    {t(`charge.${k}`)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                size="small"
                label={t('dialog.label')}
                value={l.label}
                onChange={(e) => set(i, { label: e.target.value })}
                slotProps={{ htmlInput: { maxLength: 40 } }}
                {...errors.fieldProps(`charges.${i}.label`)}
              />
              <TextField
                size="small"
                label={t('dialog.amount')}
                value={l.amount}
                onChange={(e) => set(i, { amount: e.target.value })}
                slotProps={{
                  htmlInput: { inputMode: 'decimal', maxLength: 14, 'data-testid': 'charge-amount' },
                }}
                {...errors.fieldProps(`charges.${i}.amountFen`)}
              />
              <IconButton
                aria-label={t('dialog.removeCharge')}
                onClick={() => setLines((ls) => ls.filter((_l, j) => j !== i))}
              >
                <DeleteOutlined />
              </IconButton>
            </Stack>
          ))}
        </Stack>
        <Stack direction="row" spacing={1} sx={{ mt: 1.5, flexWrap: 'wrap' }}>
          <Button
            startIcon={<AddOutlined />}
            onClick={() => setLines((ls) => [...ls, { kind: 'other', label: '', amount: '' }])}
            data-testid="charge-add"
          >
            {t('dialog.addCharge')}
          </Button>
          {singleSupplementFen !== null && !hasSingle && (
            <Button
              color={traveller.singleOccupant ? 'warning' : 'primary'}
              onClick={() =>
                setLines((ls) => [
                  ...ls,
                  { kind: 'single_supplement', label: '', amount: asText(singleSupplementFen) },
                ])
              }
              data-testid="charge-add-single"
            >
              {t('dialog.addSingle', { amount: fenText(singleSupplementFen) })}
            </Button>
          )}
        </Stack>
        <Typography sx={{ mt: 2, fontWeight: 700 }} data-testid="charges-due">
          {t('dialog.dueNow', { amount: fenText(due) })}
        </Typography>
      </DialogContent>
      <DialogActions>
        <GuardedCancel disabled={busy}>{t('common:actions.cancel')}</GuardedCancel>
        <Button variant="contained" onClick={save} disabled={busy} data-testid="charges-save">
          {t('dialog.save')}
        </Button>
      </DialogActions>
    </GuardedDialog>
  )
}
