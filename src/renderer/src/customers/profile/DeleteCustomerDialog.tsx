import { Alert, LinearProgress, List, ListItem, ListItemText, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { msgText } from '../../components/useFormErrors'
import { useFormat } from '../../format/format'
import { StatusChip } from '../../trips/shell/StatusChip'
import { ConfirmDialog } from './ConfirmDialog'

/**
 * Deleting a file names the trips it touches: trips not yet ended block it (main refuses too) until the
 * customer is taken off them; on ended trips the contract record stays without the person's data.
 */
export function DeleteCustomerDialog({
  open,
  customer,
  onClose,
  onDeleted,
}: {
  open: boolean
  customer: { id: number; name: string }
  onClose: () => void
  onDeleted: () => void
}) {
  const { t } = useTranslation('customers')
  const { t: tr } = useTranslation()
  const { t: tp } = useTranslation('privacy')
  const f = useFormat()
  const check = useQuery(
    () =>
      open
        ? api.customers.deletionCheck({ id: customer.id })
        : Promise.resolve({ ok: true as const, value: null }),
    [customer.id, open],
    ['trip', 'customer'],
  )
  const data = check.data
  const open_ = data?.trips.filter((x) => !x.ended) ?? []
  const past = data?.trips.filter((x) => x.ended) ?? []
  const row = (x: NonNullable<typeof data>['trips'][number]) => (
    <ListItem key={x.trip.id} disableGutters dense data-testid="delete-trip" data-ended={x.ended}>
      <ListItemText
        primary={`${x.trip.code} · ${x.trip.routeName}`}
        secondary={`${f.date(x.trip.departDate)} – ${f.date(x.trip.returnDate)}`}
      />
      <StatusChip status={x.trip.status} />
    </ListItem>
  )
  return (
    <ConfirmDialog
      open={open}
      title={t('profile.deleteTitle')}
      text={t('profile.deleteText', { name: customer.name })}
      confirmLabel={t('profile.delete')}
      testId="confirm-delete"
      confirmDisabled={!data || !data.allowed}
      onClose={onClose}
      onConfirm={async () => {
        await unwrap(api.customers.remove({ id: customer.id }))
        onDeleted()
      }}
    >
      {!data && !check.error && <LinearProgress sx={{ mt: 2 }} />}
      {check.error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {msgText(tr, check.error.error.msg)}
        </Alert>
      )}
      {open_.length > 0 && (
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="delete-blocked">
          {t('deletion.blocked', { n: open_.length })}
          <List dense disablePadding>
            {open_.map(row)}
          </List>
        </Alert>
      )}
      {data?.restrictUntil && data.allowed && (
        <Alert severity="info" sx={{ mt: 2 }} data-testid="delete-restricts">
          {tp('deletion.restrict', { name: customer.name, date: f.date(data.restrictUntil) })}
        </Alert>
      )}
      {past.length > 0 && (
        <Typography component="div" variant="body2" sx={{ mt: 2 }} data-testid="delete-past-trips">
          {t('deletion.pastTrips', { n: past.length })}
          <List dense disablePadding>
            {past.map(row)}
          </List>
        </Typography>
      )}
    </ConfirmDialog>
  )
}
