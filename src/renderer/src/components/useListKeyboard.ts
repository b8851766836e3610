import { useEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'

/**
 * The keyboard flow of a searchable list: type anywhere to search (printable keys go to the search
 * box unless another field, menu or dialog has them), ↑/↓ move the highlighted row, Enter opens it,
 * Esc clears the search.
 */
export function useListKeyboard(
  rowCount: number,
  /** identifies the current search and page: a new one starts again at the first row */
  resultKey: string,
  open: (index: number) => void,
  clear: () => void,
) {
  const search = useRef<HTMLInputElement>(null)
  const [sel, setSel] = useState({ key: resultKey, index: 0 })
  const current = Math.max(0, Math.min(sel.key === resultKey ? sel.index : 0, rowCount - 1))
  const setActive = (index: number) => setSel({ key: resultKey, index })

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement
      if (e.ctrlKey || e.metaKey || e.altKey || e.key.length !== 1) return
      if (target.closest('input, textarea, [role="listbox"], [role="dialog"], [role="menu"]')) return
      search.current?.focus()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const onSearchKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      setActive(Math.min(current + 1, rowCount - 1))
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      setActive(Math.max(current - 1, 0))
    } else if (e.key === 'Enter' && rowCount > 0) {
      open(current)
    } else if (e.key === 'Escape') {
      clear()
    }
  }

  return { search, current, setActive, onSearchKey }
}
