import { Alert, Snackbar } from '@mui/material'
import { useCallback, useState } from 'react'
import type { ReactNode } from 'react'

export type NoticeSeverity = 'success' | 'info' | 'warning' | 'error'

/*
 * The one way the app says "saved" or "failed" after an action: bottom centre, a filled alert in the
 * severity's colour, the same size everywhere. Confirmations leave by themselves; an error stays
 * until closed (a clerk looking away must still see it), and a click elsewhere does not dismiss it.
 */
export function NoticeSnackbar({
  notice,
  onClose,
  severity = 'success',
  testId,
}: {
  /** null hides it */
  notice: string | null
  onClose: () => void
  severity?: NoticeSeverity
  testId?: string
}) {
  const sticky = severity === 'error'
  return (
    <Snackbar
      open={!!notice}
      autoHideDuration={sticky ? null : 4000}
      onClose={(_e, reason) => !(sticky && reason === 'clickaway') && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={severity}
        variant="filled"
        onClose={onClose}
        data-testid={testId}
        sx={{ minWidth: 280 }}
      >
        {notice}
      </Alert>
    </Snackbar>
  )
}

/** The same notice as a hook, for screens that report several outcomes: `notify(text, severity)`. */
export function useNotice(testId?: string): [ReactNode, (text: string, severity?: NoticeSeverity) => void] {
  const [n, setN] = useState<{ text: string; severity: NoticeSeverity } | null>(null)
  const notify = useCallback(
    (text: string, severity: NoticeSeverity = 'success') => setN({ text, severity }),
    [],
  )
  const node = (
    <NoticeSnackbar
      notice={n?.text ?? null}
      severity={n?.severity}
      onClose={() => setN(null)}
      testId={testId}
    />
  )
  return [node, notify]
}
