import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material'
import type { ButtonProps, DialogProps } from '@mui/material'
import { createContext, useContext, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useBlocker } from 'react-router'

/*
 * A dialog with typing never drops it silently: Escape, a click beside it, its Cancel button
 * (`GuardedCancel`), Alt+← and closing the window all ask first while `dirty`. Every typing dialog
 * uses this one piece instead of its own checks. A dialog that is saving (`busy`) cannot be closed.
 */
const CloseContext = createContext<() => void>(() => {})

/** The dialog's Cancel: asks before dropping typing, like Escape does. */
export function GuardedCancel(props: Omit<ButtonProps, 'onClick'>) {
  const requestClose = useContext(CloseContext)
  return <Button {...props} onClick={requestClose} />
}

export function GuardedDialog({
  dirty,
  busy = false,
  onClose,
  children,
  open = true,
  ...rest
}: Omit<DialogProps, 'onClose' | 'open'> & {
  open?: boolean
  dirty: boolean
  busy?: boolean
  onClose: () => void
}) {
  const [asking, setAsking] = useState(false)
  const requestClose = () => {
    if (busy) return
    if (dirty) setAsking(true)
    else onClose()
  }
  return (
    <CloseContext.Provider value={requestClose}>
      <Dialog open={open} onClose={requestClose} {...rest}>
        {children}
      </Dialog>
      {asking && (
        <DiscardQuestion
          onDiscard={() => {
            setAsking(false)
            onClose()
          }}
          onStay={() => setAsking(false)}
        />
      )}
      {/* mounted only while typing is at stake: react-router serves one blocker at a time */}
      {open && dirty && !asking && <LeaveGuard />}
    </CloseContext.Provider>
  )
}

function DiscardQuestion({ onDiscard, onStay }: { onDiscard: () => void; onStay: () => void }) {
  const { t } = useTranslation('forms')
  return (
    <Dialog open onClose={onStay} data-testid="dialog-guard">
      <DialogTitle>{t('dialogGuard.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('dialogGuard.text')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button color="error" onClick={onDiscard} data-testid="dialog-guard-discard">
          {t('dialogGuard.discard')}
        </Button>
        <Button variant="contained" autoFocus onClick={onStay} data-testid="dialog-guard-stay">
          {t('dialogGuard.stay')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}

/** Leaving the screen (Alt+←, a shortcut) or closing the window while the dialog holds typing. */
function LeaveGuard() {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname,
  )
  useEffect(() => {
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault()
      e.returnValue = ''
    }
    window.addEventListener('beforeunload', onUnload)
    return () => window.removeEventListener('beforeunload', onUnload)
  }, [])
  if (blocker.state !== 'blocked') return null
  return <DiscardQuestion onDiscard={() => blocker.proceed?.()} onStay={() => blocker.reset?.()} />
}

/**
 * Whether a dialog's state differs from what it first showed. `ready` = false while an edit dialog
 * still loads its record, so the loaded values become the baseline, not a change.
 */
export function useDirty(value: unknown, ready = true): boolean {
  const json = JSON.stringify(value)
  const [base, setBase] = useState<string | null>(() => (ready ? json : null))
  if (ready && base === null) setBase(json)
  return base !== null && base !== json
}
