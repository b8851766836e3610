import { Alert, LinearProgress } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { CustomerPayment } from '../../../shared/payments/payment.types'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { useFormat } from '../format/format'
import { LedgerTable } from './LedgerTable'

/** The customer profile's 付款 tab: what they paid and got back, on every trip, newest first. */
export function CustomerPayments({ customerId }: { customerId: number }) {
  const { t } = useTranslation()
  const f = useFormat()
  const q = useQuery<CustomerPayment[]>(
    () => api.payments.ofCustomer({ customerId }),
    [customerId],
    ['trip', 'customer'],
  )
  if (q.error) return <Alert severity="error">{msgText(t, q.error.error.msg)}</Alert>
  if (!q.data) return <LinearProgress />
  return <LedgerTable payments={q.data} date={f.date} trip />
}
