import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import type { Msg } from '../../../shared/api/envelope'
import { ApiFailure } from '../api/client'

/** "errors.idCard.checksum" → the message in the current language. */
export function msgText(t: TFunction, m: Msg): string {
  const [ns, ...rest] = m.key.split('.')
  return t(`${ns}:${rest.join('.')}`, { ...(m.params ?? {}) }) as string
}

/**
 * Errors of one form: a banner message plus a message per field path ("documents.0.number").
 * `capture` runs a call and sorts whatever went wrong into those places.
 */
export function useFormErrors() {
  const { t } = useTranslation()
  const [form, setForm] = useState<string | null>(null)
  const [fields, setFields] = useState<Record<string, string>>({})

  const clear = useCallback(() => {
    setForm(null)
    setFields({})
  }, [])

  const show = useCallback(
    (e: unknown) => {
      if (e instanceof ApiFailure) {
        setForm(msgText(t, e.error.msg))
        const f: Record<string, string> = {}
        for (const [k, m] of Object.entries(e.error.fields ?? {})) f[k] = msgText(t, m)
        setFields(f)
      } else {
        setForm(msgText(t, { key: 'errors.internal' }))
      }
    },
    [t],
  )

  const capture = useCallback(
    async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
      clear()
      try {
        return await fn()
      } catch (e) {
        show(e)
        return undefined
      }
    },
    [clear, show],
  )

  /**
   * props for a MUI TextField bound to a field path; the path is the input's name, which is how the
   * error summary finds, labels and focuses it
   */
  const fieldProps = useCallback(
    (path: string, help?: string) => ({
      name: path,
      error: !!fields[path],
      helperText: fields[path] ?? help,
    }),
    [fields],
  )

  return { form, fields, clear, show, capture, fieldProps, setFields }
}
