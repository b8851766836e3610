import { Button, Stack } from '@mui/material'
import { Fragment, useMemo } from 'react'
import type { ReactNode } from 'react'
import type { i18n } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { AgencySettings } from '../../../shared/settings/settings.api'
import { AGENCY_TIME_ZONE } from '../../../shared/common/dates'
import { dayFormat } from '../format/formatters'

/**
 * Dates as printed: long, with weekdays, in the reader's language — the document's `lang` when one
 * is given (a footer drawn outside the document's own i18n instance), else the current instance's.
 */
export function usePrintFormat(lang?: string) {
  const { i18n } = useTranslation('resources')
  const language = lang ?? i18n.language
  const t = useMemo(() => i18n.getFixedT(language, 'resources'), [i18n, language])
  const locale = language === 'en' ? 'en-GB' : 'zh-CN'
  const long = dayFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' })
  const monthDay = dayFormat(locale, { month: 'long', day: 'numeric' })
  const weekday = dayFormat(locale, { weekday: 'short' })
  // printed at: the agency's clock, like every time the clerk reads
  const stamp = new Intl.DateTimeFormat(locale, {
    timeZone: AGENCY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
  // the screen's ¥ (format.ts), not CN¥: one way of writing money on screen and on paper
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  })
  return {
    long,
    monthDay,
    weekday,
    /** long date with the weekday: 2026年12月3日（周四） / 3 December 2026 (Thu) */
    longWithDay: (iso: string) => t('print.paren', { text: long(iso), note: weekday(iso) }),
    stamp: (d: Date) => stamp.format(d),
    money: (n: number) => money.format(n),
  }
}

/** The agency's letterhead: name, phone and address as set in Settings. */
export function AgencyHeader({ agency }: { agency: AgencySettings }) {
  const { t } = useTranslation('resources')
  return (
    <header className="pf-letterhead" data-testid="print-agency">
      <div className="pf-agency">{agency.agencyName}</div>
      {(agency.agencyPhone || agency.agencyAddress) && (
        <div className="pf-contact">
          {agency.agencyPhone && <span>{t('print.agencyPhone', { phone: agency.agencyPhone })}</span>}
          {agency.agencyAddress && <span>{t('print.agencyAddress', { address: agency.agencyAddress })}</span>}
        </div>
      )}
    </header>
  )
}

/**
 * Label / value pairs in a ruled table, two pairs a row; a pair with `wide` takes the whole row.
 * An empty value prints a blank line to fill in by hand.
 */
export function Fields({
  rows,
  testId,
}: {
  rows: { label: string; value: ReactNode; wide?: boolean }[]
  testId?: string
}) {
  const { t } = useTranslation('resources')
  const lines: (typeof rows)[] = []
  for (const r of rows) {
    const last = lines[lines.length - 1]
    if (!r.wide && last && last.length === 1 && !last[0].wide) last.push(r)
    else lines.push([r])
  }
  const value = (v: ReactNode) => (v === null || v === undefined || v === '' ? t('print.blank') : v)
  return (
    <table className="pf-fields" data-testid={testId}>
      <tbody>
        {lines.map((line, i) => (
          <tr key={i}>
            {line.map((r, j) => (
              <Fragment key={j}>
                <th scope="row">{r.label}</th>
                <td colSpan={line.length === 1 ? 3 : 1}>{value(r.value)}</td>
              </Fragment>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export type PrintLanguage = 'zh-CN' | 'en'

/** The document language asked for in the address (`?lang=`), or null when none (or a bad one) is. */
export function useAskedPrintLanguage(): PrintLanguage | null {
  const [params] = useSearchParams()
  const asked = params.get('lang')
  return asked === 'en' || asked === 'zh-CN' ? asked : null
}

/**
 * A document printed for someone else (a complainant, a person asking for their copy) is in their
 * language, not the clerk's: the screen-only buttons choose it. The choice goes into `?lang=`,
 * keeping the address's other parameters, so a reload prints the same document.
 */
export function PrintLanguageSwitch({ lang }: { lang: string }) {
  const { t } = useTranslation('common')
  const [, setParams] = useSearchParams()
  const choose = (l: PrintLanguage) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p)
        next.set('lang', l)
        return next
      },
      { replace: true },
    )
  return (
    <Stack direction="row" spacing={1} className="pf-screen-only" sx={{ justifyContent: 'center', mb: 2 }}>
      {(['zh-CN', 'en'] as const).map((l) => (
        <Button
          key={l}
          size="small"
          variant={l === lang ? 'contained' : 'outlined'}
          onClick={() => choose(l)}
          data-testid={`print-lang-${l}`}
        >
          {t(`languages.${l}`)}
        </Button>
      ))}
    </Stack>
  )
}

/**
 * The i18n instance a printed document renders through: the app's own when no language is asked
 * for, else a clone fixed to `lang` (the app around the document keeps the clerk's language).
 */
export function useDocI18n(lang?: string): i18n {
  const { i18n: app } = useTranslation()
  return useMemo(() => (lang ? app.cloneInstance({ lng: lang }) : app), [app, lang])
}
