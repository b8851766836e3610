import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TripDetail } from '../../../../shared/trips/trip.types'
import { routeCalls } from '../../../../shared/trips/resources.api'
import { api, unwrap } from '../../api/client'
import { limitsOf } from '../../components/limits'
import { useFormErrors } from '../../components/useFormErrors'

/** Save this trip's day-by-day itinerary as a route template under a name. */
/** the schema's own text limits: a text longer than main accepts cannot be typed */
const routeMax = limitsOf(routeCalls.saveFromTrip.input)

export function SaveRouteDialog({
  trip,
  onClose,
  onSaved,
}: {
  trip: TripDetail
  onClose: () => void
  onSaved: (name: string) => void
}) {
  const { t } = useTranslation('trips')
  const errors = useFormErrors()
  const [name, setName] = useState(trip.routeName)
  const [busy, setBusy] = useState(false)
  const items = trip.days.reduce((n, d) => n + d.items.length, 0)

  const save = async () => {
    setBusy(true)
    const r = await errors.capture(() => unwrap(api.routes.saveFromTrip({ tripId: trip.id, name })))
    setBusy(false)
    if (r) onSaved(name.trim())
  }

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth data-testid="save-route-dialog">
      <Box component="form" noValidate onSubmit={(e) => (e.preventDefault(), void save())}>
        <DialogTitle>{t('saveRoute.title')}</DialogTitle>
        <DialogContent>
          {errors.form && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {errors.form}
            </Alert>
          )}
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('saveRoute.text', { days: trip.days.length, items })}
          </Typography>
          <TextField
            autoFocus
            label={t('saveRoute.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            {...errors.fieldProps('name')}
            slotProps={{ htmlInput: { 'data-testid': 'save-route-name', maxLength: routeMax('name') } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy} data-testid="save-route-submit">
            {t('saveRoute.submit')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  )
}
