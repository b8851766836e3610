import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material'
import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useBlocker } from 'react-router'

/**
 * Leaving a form with unsaved changes asks first: the sidebar, a link, Cancel, Alt+← and closing or
 * reloading the window (the shell turns the browser's unload prompt into a native dialog). After a
 * successful save the form calls `release()` before it navigates, so saving never asks.
 */
export function useUnsavedGuard(
  dirty: boolean,
  onDiscard?: () => void,
): { dialog: ReactNode; release: () => void } {
  const { t } = useTranslation()
  const dirtyRef = useRef(dirty)
  const released = useRef(false)
  useEffect(() => {
    dirtyRef.current = dirty
    if (dirty) released.current = false
  }, [dirty])

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current && !released.current && currentLocation.pathname !== nextLocation.pathname,
  )

  useEffect(() => {
    if (!dirty) return
    const onUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault()
      e.returnValue = ''
    }
    window.addEventListener('beforeunload', onUnload)
    return () => window.removeEventListener('beforeunload', onUnload)
  }, [dirty])

  const dialog = (
    <Dialog open={blocker.state === 'blocked'} onClose={() => blocker.reset?.()} data-testid="unsaved-dialog">
      <DialogTitle>{t('unsaved.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('unsaved.text')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button
          color="error"
          onClick={() => {
            released.current = true
            onDiscard?.()
            blocker.proceed?.()
          }}
          data-testid="unsaved-discard"
        >
          {t('unsaved.discard')}
        </Button>
        <Button variant="contained" autoFocus onClick={() => blocker.reset?.()} data-testid="unsaved-stay">
          {t('unsaved.stay')}
        </Button>
      </DialogActions>
    </Dialog>
  )
  return {
    dialog,
    release: () => {
      released.current = true
    },
  }
}
