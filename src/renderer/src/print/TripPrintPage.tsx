import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { PrintLanguageSwitch, useAskedPrintLanguage, usePrintFormat } from './blocks'
import { loadTripPrint } from './data'
import type { TripPrintData } from './data'
import { PrintFrame } from './PrintFrame'

/** A trip document (`doc` names its i18n keys) in the print frame: loading, errors, title and footer. */
export function TripPrintPage({
  doc,
  children,
}: {
  doc: 'itinerary' | 'manifest'
  children: (d: TripPrintData) => ReactNode
}) {
  const { t, i18n } = useTranslation('resources')
  // the itinerary for an English-speaking group, the manifest for a foreign ground operator
  const lang = useAskedPrintLanguage() ?? (i18n.language === 'en' ? 'en' : 'zh-CN')
  const pf = usePrintFormat(lang)
  const td = i18n.getFixedT(lang, 'resources')
  const id = Number(useParams().id)
  const q = useQuery(() => loadTripPrint(id), [id], ['trip', 'settings', 'customer'])
  const [printedAt] = useState(() => new Date())
  const d = q.data
  const title = d
    ? t(`print.${doc}.fileTitle`, { code: d.trip.code, route: d.trip.routeName })
    : t(`print.${doc}.docTitle`)
  const error =
    q.error && !d
      ? q.error.error.code === 'NOT_FOUND'
        ? t('print.notFound')
        : msgText(t, q.error.error.msg)
      : null

  return (
    <PrintFrame
      title={title}
      backTo={`/trips/${id}`}
      footer={td('print.footer.printedAt', { agency: d?.agency.agencyName ?? '', date: pf.stamp(printedAt) })}
      lang={lang}
      ready={!!d}
      error={error}
    >
      {d && (
        <>
          <PrintLanguageSwitch lang={lang} />
          {children(d)}
        </>
      )}
    </PrintFrame>
  )
}
