import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'

const typingIn = 'input, textarea, select, [contenteditable="true"]'

function openDialog(): HTMLElement | null {
  const dialogs = document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')
  return dialogs.length ? dialogs[dialogs.length - 1] : null
}

/**
 * The window's own keys, the same on every screen:
 * - Ctrl+K finds anything; `?` shows the shortcut sheet;
 * - Alt+← / Alt+→ go back and forward like a browser — but not from a field or an open dialog,
 *   where leaving would drop what was typed;
 * - Ctrl+S submits the form being edited (the field's own form, else the open dialog's, else the page's);
 * - Ctrl+N presses the screen's own "new" button (marked `data-shortcut="new"`).
 */
export function useShellKeys(actions: { find: () => void; help: () => void }) {
  const navigate = useNavigate()
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return
      const target = e.target instanceof HTMLElement ? e.target : null
      const typing = Boolean(target?.closest(typingIn))
      const mod = e.ctrlKey || e.metaKey
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
      const dialog = openDialog()

      if (mod && !e.altKey && !e.shiftKey && key === 'k') {
        e.preventDefault()
        latest.current.find()
      } else if (mod && !e.altKey && !e.shiftKey && key === 's') {
        e.preventDefault()
        const form =
          target?.closest('form') ??
          dialog?.querySelector('form') ??
          (dialog ? null : document.querySelector<HTMLFormElement>('main form'))
        form?.requestSubmit()
      } else if (mod && !e.altKey && !e.shiftKey && key === 'n') {
        e.preventDefault()
        if (!dialog) document.querySelector<HTMLElement>('main [data-shortcut="new"]')?.click()
      } else if (e.altKey && !mod && (key === 'ArrowLeft' || key === 'ArrowRight')) {
        if (typing || dialog) return
        e.preventDefault()
        navigate(key === 'ArrowLeft' ? -1 : 1)
      } else if (key === '?' && !mod && !e.altKey && !typing && !dialog) {
        e.preventDefault()
        latest.current.help()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate])
}
