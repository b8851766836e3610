import {
  Alert,
  Box,
  Button,
  Chip,
  LinearProgress,
  Paper,
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
import type { TripMoney, TravellerMoney } from '../../../shared/payments/payment.types'
import { fenText } from '../../../shared/payments/money'
import { visaNeededBy } from '../../../shared/trips/visa'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { useSession } from '../app/session'
import { useFormat } from '../format/format'
import { msgText } from '../components/useFormErrors'
import type { TripSectionProps } from '../trips/page/types'
import { useNotice } from '../trips/page/parts'
import { ChargesDialog } from './ChargesDialog'
import { LedgerTable } from './LedgerTable'
import { PaymentDialog } from './PaymentDialog'
import { VisaDialog } from './VisaDialog'

export const yuan = (fen: number) => `¥${fenText(fen)}`

type Open = { kind: 'pay' | 'refund' | 'edit' | 'visa'; traveller: TravellerMoney } | null

function Total({ label, fen, testId, tone }: { label: string; fen: number; testId: string; tone?: 'error' }) {
  return (
    <Paper variant="outlined" sx={{ px: 2, py: 1.25, minWidth: 150 }}>
      <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {label}
      </Typography>
      <Typography
        variant="h6"
        sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 700, whiteSpace: 'nowrap' }}
        color={tone === 'error' && fen > 0 ? 'error' : undefined}
        data-testid={testId}
      >
        {yuan(fen)}
      </Typography>
    </Paper>
  )
}

/** 收款: what each traveller is charged, has paid and still owes, the trip's totals and its ledger. */
export function MoneyTab({ trip }: TripSectionProps) {
  const { t } = useTranslation('payments')
  const { t: tp } = useTranslation('tripPage')
  const { t: tc } = useTranslation()
  const f = useFormat()
  const { status } = useSession()
  const canRefund = status.staff?.role === 'admin' || status.staff?.role === 'manager'
  const q = useQuery<TripMoney>(
    () => api.payments.ofTrip({ tripId: trip.id }),
    [trip.id],
    ['trip', 'customer'],
  )
  const [open, setOpen] = useState<Open>(null)
  const [notice, notify] = useNotice('money-notice')
  const m = q.data?.tripId === trip.id ? q.data : undefined
  if (!m)
    return q.error ? <Alert severity="error">{msgText(tc, q.error.error.msg)}</Alert> : <LinearProgress />
  const outbound = trip.kind === 'outbound'
  const done = (text: string) => {
    setOpen(null)
    notify(text)
    q.reload()
  }

  return (
    <Box data-testid="money-tab">
      <Stack direction="row" spacing={1.5} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 1.5 }}>
        <Total label={t('totals.due')} fen={m.totals.dueFen} testId="money-total-due" />
        <Total label={t('totals.paid')} fen={m.totals.paidFen} testId="money-total-paid" />
        <Total label={t('totals.owed')} fen={m.totals.owedFen} testId="money-total-owed" tone="error" />
        <Total label={t('totals.depositOwed')} fen={m.totals.depositOwedFen} testId="money-total-deposit" />
      </Stack>
      {m.unpriced > 0 && (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="money-unpriced">
          {t('totals.unpriced', { count: m.unpriced })}
        </Alert>
      )}
      {m.unassignedFen !== 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('totals.unassigned', { amount: fenText(m.unassignedFen) })}
        </Typography>
      )}
      <Paper sx={{ overflowX: 'auto', mb: 2 }}>
        <Table size="small" data-testid="money-travellers">
          <TableHead>
            <TableRow>
              {(['name', 'priceType', 'base', 'charges', 'due', 'paid', 'owed'] as const).map((c) => (
                <TableCell
                  key={c}
                  align={['base', 'due', 'paid', 'owed'].includes(c) ? 'right' : 'left'}
                  sx={{ whiteSpace: 'nowrap' }}
                >
                  {t(`col.${c}`)}
                </TableCell>
              ))}
              {outbound && <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('col.visa')}</TableCell>}
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('col.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {m.travellers.map((p) => {
              const name = p.name || tp('common:deletedTraveller')
              const off = p.suggestedPriceType && p.suggestedPriceType !== p.priceType
              return (
                <TableRow key={p.participantId} data-testid="money-row" data-name={p.name}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{name}</TableCell>
                  <TableCell>
                    <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
                      {tp(`priceType.${p.priceType}`)}
                    </Typography>
                    {off && (
                      <Chip
                        size="small"
                        color="warning"
                        variant="outlined"
                        sx={{ mt: 0.5 }}
                        label={t('suggest', { age: p.age, type: tp(`priceType.${p.suggestedPriceType}`) })}
                        data-testid="money-suggest"
                      />
                    )}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {p.baseFen === null ? t('noPrice') : yuan(p.baseFen)}
                  </TableCell>
                  <TableCell>
                    {p.charges.length === 0 ? (
                      <Typography variant="body2" color="text.secondary">
                        {t('none')}
                      </Typography>
                    ) : (
                      p.charges.map((c, i) => (
                        <Typography key={i} variant="body2" sx={{ whiteSpace: 'nowrap' }}>
                          {c.label || t(`charge.${c.kind}`)} {c.kind === 'discount' ? '−' : '+'}
                          {yuan(c.amountFen)}
                        </Typography>
                      ))
                    )}
                    {p.singleOccupant &&
                    !p.charges.some((c) => c.kind === 'single_supplement') &&
                    m.singleSupplementFen ? (
                      <Typography variant="caption" color="warning.main" sx={{ display: 'block' }}>
                        {t('singleHint', { amount: fenText(m.singleSupplementFen) })}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                    {yuan(p.dueFen)}
                    {p.depositFen !== null && (
                      <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                        {t('col.deposit')} {yuan(p.depositFen)}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell
                    align="right"
                    sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                    data-testid="money-paid"
                  >
                    {yuan(p.paidFen)}
                  </TableCell>
                  <TableCell
                    align="right"
                    sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontWeight: 700 }}
                    data-testid="money-owed"
                  >
                    {yuan(p.owedFen)}
                  </TableCell>
                  {outbound && (
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Button
                        size="small"
                        color="inherit"
                        onClick={() => setOpen({ kind: 'visa', traveller: p })}
                        aria-label={t('action.visaFor', { name })}
                        data-testid="money-visa"
                        sx={{ fontWeight: 400, minWidth: 0, px: 0.5 }}
                      >
                        {p.visa.status ? t(`visa.st.${p.visa.status}`) : t('visa.notRecorded')}
                      </Button>
                    </TableCell>
                  )}
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Button
                      size="small"
                      onClick={() => setOpen({ kind: 'pay', traveller: p })}
                      aria-label={t('action.payFor', { name })}
                      data-testid="money-pay"
                    >
                      {t('action.pay')}
                    </Button>
                    <Button
                      size="small"
                      onClick={() => setOpen({ kind: 'edit', traveller: p })}
                      aria-label={t('action.editFor', { name })}
                      data-testid="money-edit"
                    >
                      {t('action.edit')}
                    </Button>
                    {canRefund && p.paidFen > 0 && (
                      <Button
                        size="small"
                        color="error"
                        onClick={() => setOpen({ kind: 'refund', traveller: p })}
                        aria-label={t('action.refundFor', { name })}
                        data-testid="money-refund"
                      >
                        {t('action.refund')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </Paper>
      <LedgerTable payments={m.payments} date={f.date} />

      {open && (open.kind === 'pay' || open.kind === 'refund') && (
        <PaymentDialog
          kind={open.kind}
          traveller={open.traveller}
          onClose={() => setOpen(null)}
          onDone={(fen) => done(t('recorded', { amount: fenText(fen) }))}
        />
      )}
      {open?.kind === 'edit' && (
        <ChargesDialog
          traveller={open.traveller}
          singleSupplementFen={m.singleSupplementFen}
          prices={trip.prices}
          onClose={() => setOpen(null)}
          onDone={() => done(t('saved'))}
        />
      )}
      {open?.kind === 'visa' && (
        <VisaDialog
          traveller={open.traveller}
          neededBy={visaNeededBy(trip.departDate)}
          onClose={() => setOpen(null)}
          onDone={() => done(t('saved'))}
        />
      )}
      {notice}
    </Box>
  )
}
