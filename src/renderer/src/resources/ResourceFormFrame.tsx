import { Box, Button, DialogActions, DialogContent, DialogTitle } from '@mui/material'
import type { FormEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../components/ErrorSummary'
import { GuardedCancel, GuardedDialog } from '../components/GuardedDialog'

/**
 * The dialog around a guide or supplier form: title, the form-level error with a "reload" button
 * when someone else saved first and the list of fields to fix, the fields (`children`), cancel and
 * submit. While a save is in flight the dialog cannot be dismissed; typing is never dropped unasked.
 */
export function ResourceFormFrame({
  prefix,
  title,
  maxWidth,
  busy,
  dirty,
  error,
  fields,
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
  dirty: boolean
  error: string | null | undefined
  fields: Record<string, string>
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
    <GuardedDialog dirty={dirty} busy={busy} onClose={onClose} fullWidth maxWidth={maxWidth}>
      <Box component="form" onSubmit={submit} noValidate data-testid={`${prefix}-form`}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <ErrorSummary
            form={error}
            fields={fields}
            testId={`${prefix}-form-error`}
            action={
              stale && (
                <Button color="inherit" size="small" onClick={onReload} data-testid={`${prefix}-form-reload`}>
                  {t('shared.reload')}
                </Button>
              )
            }
          />
          {children}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <GuardedCancel disabled={busy} data-testid={`${prefix}-form-cancel`}>
            {t('common:actions.cancel')}
          </GuardedCancel>
          <Button type="submit" variant="contained" disabled={busy} data-testid={`${prefix}-form-submit`}>
            {submitLabel}
          </Button>
        </DialogActions>
      </Box>
    </GuardedDialog>
  )
}
