import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'

/** The new dates are shorter than the itinerary: say which days go, and go on only if confirmed. */
export function DropDaysDialog({
  fromDay,
  daysWithPlans,
  onCancel,
  onConfirm,
}: {
  fromDay: number
  /** "5, 6": the days among them that have plans */
  daysWithPlans: string
  onCancel: () => void
  onConfirm: () => void
}) {
  const { t } = useTranslation('trips')
  return (
    <Dialog open onClose={onCancel} maxWidth="xs" fullWidth data-testid="drop-days-dialog">
      <DialogTitle>{t('form.dropDaysTitle')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="drop-days-text">
          {t('form.dropDaysText', { day: fromDay })}
        </Typography>
        {daysWithPlans && (
          <Typography variant="body2" sx={{ mt: 1 }} data-testid="drop-days-which">
            {t('form.dropDaysWhich', { days: daysWithPlans.split(/,\s*/).join(t('form.daySep')) })}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('form.dropDaysHint')}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} data-testid="drop-days-cancel">
          {t('form.dropDaysKeep')}
        </Button>
        <Button variant="contained" color="error" onClick={onConfirm} data-testid="drop-days-confirm">
          {t('form.dropDaysConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
