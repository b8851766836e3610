import { Alert, Box, Link } from '@mui/material'
import { useLayoutEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { buildSummary, hasNewField } from './errorSummary'
import type { SummaryItem } from './errorSummary'
import { fieldElement, fieldLabel, focusField, screenOrder } from './fieldLocator'

/**
 * The top of a refused form: the form's message, then each field that needs fixing as a link that
 * focuses it. When a save is refused, focus moves to the first bad field on the screen; fixing
 * fields one by one (which removes their messages) never moves it again.
 */
export function ErrorSummary({
  form,
  fields,
  testId = 'form-error',
  action,
}: {
  form: string | null | undefined
  fields: Record<string, string>
  testId?: string
  /** a way on shown beside the message (e.g. "load the latest" after a stale save) */
  action?: ReactNode
}) {
  const { t } = useTranslation('forms')
  const ref = useRef<HTMLDivElement>(null)
  const prev = useRef<Record<string, string>>({})
  const prevForm = useRef<string | null | undefined>(null)
  const [items, setItems] = useState<SummaryItem[]>([])

  // after the fields rendered their messages: read their labels and order from the screen
  useLayoutEffect(() => {
    const root = ref.current?.closest('form') ?? document
    const order = screenOrder(root, Object.keys(fields))
    const next = buildSummary(fields, order, (p) => {
      const el = fieldElement(root, p)
      return el ? fieldLabel(el) : null
    })
    setItems(next)
    if (hasNewField(prev.current, fields) && order.length) focusField(root, order[0])
    // a refusal with no field to go to (changed by someone else, no connection) is brought into view
    else if (form && form !== prevForm.current) ref.current?.scrollIntoView?.({ block: 'nearest' })
    prev.current = fields
    prevForm.current = form
  }, [fields, form])

  if (!form && items.length === 0) return null
  const root = () => ref.current?.closest('form') ?? document
  const linked = items.filter((i) => i.label)
  return (
    <Alert severity="error" sx={{ mb: 2 }} data-testid={testId} ref={ref} action={action}>
      {form && <div>{form}</div>}
      {items.length > 0 && (
        <>
          {linked.length > 1 && <div>{t('summary.title', { count: items.length })}</div>}
          <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }} data-testid="error-summary">
            {items.map((i) => (
              <li key={i.path}>
                {i.label ? (
                  <Link
                    component="button"
                    type="button"
                    color="inherit"
                    sx={{ verticalAlign: 'baseline', textAlign: 'left' }}
                    title={t('summary.goTo', { label: i.label })}
                    onClick={() => focusField(root(), i.path)}
                    data-testid={`error-link-${i.path}`}
                  >
                    {i.label}
                  </Link>
                ) : null}
                {i.label ? t('summary.sep') : ''}
                {i.message}
              </li>
            ))}
          </Box>
        </>
      )}
    </Alert>
  )
}
