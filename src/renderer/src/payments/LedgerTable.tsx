import { Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { PaymentView } from '../../../shared/payments/payment.types'
import { fenText } from '../../../shared/payments/money'

/** The trip's payments and refunds in the order they were taken; refunds in red with their reason. */
export function LedgerTable({
  payments,
  date,
  trip,
}: {
  payments: (PaymentView & { trip?: { code: string } })[]
  date: (iso: string) => string
  /** the customer profile shows which trip each payment was for */
  trip?: boolean
}) {
  const { t } = useTranslation('payments')
  return (
    <Paper sx={{ overflowX: 'auto' }}>
      <Typography variant="subtitle1" sx={{ px: 2, pt: 1.5, fontWeight: 700 }}>
        {t('ledger.title')}
      </Typography>
      {payments.length === 0 ? (
        <Typography color="text.secondary" sx={{ p: 2 }} data-testid="ledger-empty">
          {trip ? t('profile.empty') : t('ledger.empty')}
        </Typography>
      ) : (
        <Table size="small" data-testid="money-ledger">
          <TableHead>
            <TableRow>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('ledger.day')}</TableCell>
              {trip ? (
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('profile.trip')}</TableCell>
              ) : (
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('ledger.who')}</TableCell>
              )}
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {t('ledger.amount')}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('ledger.method')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('ledger.receipt')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('ledger.takenBy')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('ledger.reason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {payments.map((p) => (
              <TableRow key={p.id} data-testid="ledger-row">
                <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {date(p.day)}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {trip ? p.trip?.code : (p.name ?? t('ledger.removed'))}
                </TableCell>
                <TableCell
                  align="right"
                  sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                  style={p.amountFen < 0 ? { color: '#c62828' } : undefined}
                >
                  {p.amountFen < 0 ? `−¥${fenText(-p.amountFen)}` : `¥${fenText(p.amountFen)}`}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`method.${p.method}`)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.receiptNo ?? ''}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.takenBy?.name ?? ''}</TableCell>
                <TableCell>{p.reason ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  )
}
