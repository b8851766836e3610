import { Alert, Snackbar } from '@mui/material'

/** The green "saved" toast shown after a dialog closes; `notice = null` hides it. */
export function NoticeSnackbar({
  notice,
  onClose,
  testId,
}: {
  notice: string | null
  onClose: () => void
  testId?: string
}) {
  return (
    <Snackbar
      open={!!notice}
      autoHideDuration={4000}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert severity="success" variant="filled" onClose={onClose} data-testid={testId}>
        {notice}
      </Alert>
    </Snackbar>
  )
}
