import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../format/format'

/** A new trip departing before today is usually a typo; entering one that already left is asked once. */
export function PastTripDialog({
  departDate,
  onCancel,
  onConfirm,
}: {
  departDate: string
  onCancel: () => void
  onConfirm: () => void
}) {
  const { t } = useTranslation('payments')
  const f = useFormat()
  return (
    <Dialog open onClose={onCancel} maxWidth="xs" fullWidth data-testid="past-trip-dialog">
      <DialogTitle>{t('pastTrip.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2">{t('pastTrip.body', { date: f.date(departDate) })}</Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} data-testid="past-trip-cancel" autoFocus>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" onClick={onConfirm} data-testid="past-trip-confirm">
          {t('pastTrip.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
