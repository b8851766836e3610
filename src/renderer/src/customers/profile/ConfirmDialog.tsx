import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material'
import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormErrors } from '../../components/useFormErrors'

/** "Are you sure?" for destructive actions; the action's error stays in the dialog. */
export function ConfirmDialog({
  open,
  title,
  text,
  confirmLabel,
  onConfirm,
  onClose,
  testId = 'confirm-delete',
  children,
  confirmDisabled = false,
}: {
  open: boolean
  title: string
  text: string
  confirmLabel: string
  onConfirm: () => Promise<unknown>
  onClose: () => void
  testId?: string
  /** what the action affects, shown under the text */
  children?: ReactNode
  confirmDisabled?: boolean
}) {
  const { t } = useTranslation()
  const errors = useFormErrors()
  const [busy, setBusy] = useState(false)

  const confirm = async () => {
    setBusy(true)
    const ok = await errors.capture(async () => {
      await onConfirm()
      return true
    })
    setBusy(false)
    if (ok) onClose()
  }

  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onClose}
      maxWidth="xs"
      fullWidth
      slotProps={{ transition: { onExited: errors.clear } }}
    >
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {errors.form && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {errors.form}
          </Alert>
        )}
        <Typography variant="body2">{text}</Typography>
        {children}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy} data-testid="confirm-cancel">
          {t('actions.cancel')}
        </Button>
        <Button
          color="error"
          variant="contained"
          onClick={confirm}
          disabled={busy || confirmDisabled}
          data-testid={testId}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
