import { Alert, Snackbar } from '@mui/material'
import { useCallback, useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../format/format'
import { dayFormat, localeOf } from '../../format/formatters'

/** A short notice at the bottom of the screen ("已保存"); errors stay until closed. */
export function useNotice(
  testId: string,
): [ReactNode, (text: string, severity?: 'success' | 'error') => void] {
  const [n, setN] = useState<{ text: string; severity: 'success' | 'error'; key: number } | null>(null)
  const notify = useCallback(
    (text: string, severity: 'success' | 'error' = 'success') => setN({ text, severity, key: Date.now() }),
    [],
  )
  const node = (
    <Snackbar
      open={!!n}
      autoHideDuration={n?.severity === 'error' ? null : 3000}
      onClose={(_e, reason) => reason !== 'clickaway' && setN(null)}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={n?.severity ?? 'success'}
        variant="filled"
        onClose={() => setN(null)}
        data-testid={testId}
        sx={{ minWidth: 280 }}
      >
        {n?.text}
      </Alert>
    </Snackbar>
  )
  return [node, notify]
}

/** "10月1日 周四" / "1 Oct Thu" for an itinerary day. */
export function useDayLabel() {
  const { i18n } = useTranslation()
  const f = useFormat()
  const wd = dayFormat(localeOf(i18n.language === 'en' ? 'en' : 'zh-CN'), { weekday: 'short' })
  return {
    monthDay: (iso: string) => f.monthDay(iso),
    weekday: (iso: string) => wd(iso.slice(0, 10)),
  }
}

/** '' → null; anything else a number (NaN when not one: main then says what is wrong). */
export function toNumber(s: string): number | null {
  const v = s.trim()
  return v === '' ? null : Number(v)
}

export const blankToNull = (s: string): string | null => (s.trim() === '' ? null : s.trim())
