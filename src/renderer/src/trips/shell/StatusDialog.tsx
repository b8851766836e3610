import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Typography,
} from '@mui/material'
import ArrowForwardOutlined from '@mui/icons-material/ArrowForwardOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TripStatus } from '../../../../shared/trips/trip.schema'
import { api, ApiFailure, unwrap } from '../../api/client'
import { useFormErrors } from '../../components/useFormErrors'
import { StatusChip } from './StatusChip'
import { ConfirmGuard, useConfirmIssues } from './ConfirmGuard'
import type { Guard } from './ConfirmGuard'

export interface StatusTarget {
  id: number
  code: string
  status: TripStatus
  /** known on the trip page; the list fetches it just before the change */
  version?: number
}

/**
 * Every status change goes through here: the user sees from → to and confirms. Nothing moves
 * silently, not even a change the calendar suggests.
 */
export function StatusDialog({
  trip,
  to,
  onClose,
  onDone,
}: {
  trip: StatusTarget
  to: TripStatus
  onClose: () => void
  onDone: (to: TripStatus) => void
}) {
  const { t } = useTranslation('trips')
  const errors = useFormErrors()
  const [busy, setBusy] = useState(false)
  // 已成团 with problems: listed here and only with "confirm anyway" and a reason (main enforces it too)
  const issues = useConfirmIssues(trip.id, trip.status, to)
  const [guard, setGuard] = useState<Guard>({ anyway: false, reason: '' })
  const [reasonError, setReasonError] = useState(false)
  const guarded = !!issues?.length

  const confirm = async () => {
    if (guarded && !guard.reason.trim()) {
      setReasonError(true)
      return
    }
    setBusy(true)
    const ok = await errors.capture(async () => {
      let version = trip.version
      if (version === undefined) {
        const now = await unwrap(api.trips.get({ id: trip.id }))
        if (now.status !== trip.status) {
          throw new ApiFailure({ code: 'STALE', msg: { key: 'errors.stale' } })
        }
        version = now.version
      }
      await unwrap(
        api.trips.setStatus({
          id: trip.id,
          version,
          status: to,
          confirmAnyway: guarded ? guard.reason : null,
        }),
      )
      return true
    })
    setBusy(false)
    if (ok) onDone(to)
  }

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      maxWidth={guarded ? 'sm' : 'xs'}
      fullWidth
      data-testid="status-dialog"
    >
      <DialogTitle>{t('statusDialog.title', { code: trip.code })}</DialogTitle>
      <DialogContent>
        {errors.form && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="status-error">
            {errors.form}
          </Alert>
        )}
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', mb: 2 }}>
          <StatusChip status={trip.status} size="medium" />
          <ArrowForwardOutlined color="action" />
          <StatusChip status={to} size="medium" data-testid="status-dialog-to" />
        </Stack>
        {guarded && (
          <ConfirmGuard issues={issues} guard={guard} onChange={setGuard} reasonError={reasonError} />
        )}
        <Typography variant="body2">{t(`statusDialog.hint.${to}`)}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('statusDialog.audited')}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy} data-testid="status-cancel">
          {t('common:actions.cancel')}
        </Button>
        <Button
          variant="contained"
          color={to === 'cancelled' ? 'error' : 'primary'}
          onClick={confirm}
          disabled={busy || issues === undefined || (guarded && !guard.anyway)}
          data-testid="status-confirm"
        >
          {t('statusDialog.confirm', { status: t(`status.${to}`) })}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
