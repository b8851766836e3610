import type { FeedbackItem } from '../../../shared/feedback/template'

/** Where keying stands: the answers so far, the item the cursor is on, an NPS "1" that may become 10. */
export interface KeyState {
  answers: Record<string, number | null>
  cursor: number
  pendingOne: boolean
}

export type KeyResult = { state: KeyState; save?: boolean }

/**
 * One key on the entry screen, in the paper's order: 1–N picks a level, Y/N answers yes/no, 0–9 the
 * NPS ("1" then "0" is 10), Space stores "no answer", Backspace steps back, Enter saves. Every answer
 * moves on to the next item, so a practised clerk never reaches for the mouse. Pure, for unit tests.
 */
export function pressKey(items: FeedbackItem[], levels: number, s: KeyState, key: string): KeyResult | null {
  const item = items[s.cursor] as FeedbackItem | undefined
  const set = (value: number | null, advance = true): KeyResult => ({
    state: {
      answers: { ...s.answers, [item!.key]: value },
      cursor: advance ? Math.min(s.cursor + 1, items.length) : s.cursor,
      pendingOne: false,
    },
  })
  if (key === 'Enter') return { state: { ...s, pendingOne: false }, save: true }
  if (key === 'Backspace' || key === 'ArrowUp')
    return { state: { ...s, cursor: Math.max(0, s.cursor - (s.pendingOne ? 0 : 1)), pendingOne: false } }
  if (key === 'ArrowDown' || key === 'Tab')
    return { state: { ...s, cursor: Math.min(s.cursor + 1, items.length), pendingOne: false } }
  if (!item || item.kind === 'text') return null
  if (key === ' ') return set(null)
  if (item.kind === 'rating' && /^[1-9]$/.test(key) && Number(key) <= levels) return set(Number(key) - 1)
  if (item.kind === 'yesno' && /^[yY]$/.test(key)) return set(1)
  if (item.kind === 'yesno' && /^[nN]$/.test(key)) return set(0)
  if (item.kind === 'nps' && /^[0-9]$/.test(key)) {
    if (s.pendingOne && key === '0') return set(10)
    if (key === '1') return { state: { ...set(1, false).state, pendingOne: true } }
    return set(Number(key))
  }
  return null
}
