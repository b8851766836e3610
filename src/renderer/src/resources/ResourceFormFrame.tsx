import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material'
import type { FormEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The dialog around a guide or supplier form: title, the form-level error with a "reload" button
 * when someone else saved first, the fields (`children`), cancel and submit. While a save is in
 * flight the dialog cannot be dismissed.
 */
export function ResourceFormFrame({
  prefix,
  title,
  maxWidth,
  busy,
  error,
  stale,
  onReload,
  onClose,
  onSubmit,
  submitLabel,
  children,
}: {
  prefix: 'guide' | 'supplier'
  title: string
  maxWidth: 'sm' | 'md'
  busy: boolean
  error: string | null | undefined
  stale: boolean
  onReload: () => void
  onClose: () => void
  onSubmit: () => void
  submitLabel: string
  children: ReactNode
}) {
  const { t } = useTranslation('resources')
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit()
  }
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth={maxWidth}>
      <Box component="form" onSubmit={submit} noValidate data-testid={`${prefix}-form`}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert
              severity="error"
              sx={{ mb: 2 }}
              data-testid={`${prefix}-form-error`}
              action={
                stale && (
                  <Button
                    color="inherit"
                    size="small"
                    onClick={onReload}
                    data-testid={`${prefix}-form-reload`}
                  >
                    {t('shared.reload')}
                  </Button>
                )
              }
            >
              {error}
            </Alert>
          )}
          {children}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose} disabled={busy} data-testid={`${prefix}-form-cancel`}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy} data-testid={`${prefix}-form-submit`}>
            {submitLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  )
}
