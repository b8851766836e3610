import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import type { Envelope } from '../../../shared/api/envelope'
import type { FeedbackPrint as PrintData } from '../../../shared/feedback/feedback.types'
import type { AgencySettings } from '../../../shared/settings/settings.api'
import type { TripDetail } from '../../../shared/trips/trip.types'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { PrintLanguageSwitch, useAskedPrintLanguage, usePrintFormat } from '../print/blocks'
import { PrintFrame } from '../print/PrintFrame'
import { feedbackPrintCss } from './feedbackPrintCss'
import { FeedbackSheet } from './FeedbackSheet'

interface Data {
  trip: TripDetail
  agency: AgencySettings
  print: PrintData
}

/**
 * The feedback forms of a trip, one A4 page each, in one print job: pre-filled for every traveller,
 * or (`?blanks=N`) N blank forms for walk-ins. Loading numbers the sheets (feedback.issue), so each
 * page carries its own code as text and as a Code 128 barcode an ordinary USB scanner reads.
 */
export function FeedbackPrint() {
  const { t, i18n } = useTranslation('feedback')
  const { t: tr } = useTranslation('resources')
  // a group of foreign travellers gets its forms in English; the clerk's screen keeps its language
  const lang = useAskedPrintLanguage() ?? (i18n.language === 'en' ? 'en' : 'zh-CN')
  const pf = usePrintFormat(lang)
  const td = i18n.getFixedT(lang, 'resources')
  const id = Number(useParams().id)
  const [params] = useSearchParams()
  const blanks = Math.min(50, Math.max(0, Number(params.get('blanks')) || 0))
  const q = useQuery<Data>(
    async (): Promise<Envelope<Data>> => {
      const print = await api.feedback.issue({ tripId: id, blanks, blankOnly: blanks > 0 })
      if (!print.ok) return print
      const [trip, agency] = await Promise.all([api.trips.get({ id }), api.settings.get({})])
      if (!trip.ok) return trip
      if (!agency.ok) return agency
      return { ok: true, value: { trip: trip.value, agency: agency.value, print: print.value } }
    },
    [id, blanks],
    ['settings'],
  )
  const [printedAt] = useState(() => new Date())
  const d = q.data
  const error =
    q.error && !d
      ? q.error.error.code === 'NOT_FOUND'
        ? tr('print.notFound')
        : msgText(tr, q.error.error.msg)
      : null
  return (
    <PrintFrame
      title={d ? t('print.fileTitle', { code: d.trip.code, route: d.trip.routeName }) : t('print.title')}
      backTo={`/trips/${id}?tab=feedback`}
      footer={td('print.footer.printedAt', { agency: d?.agency.agencyName ?? '', date: pf.stamp(printedAt) })}
      lang={lang}
      ready={!!d}
      error={error}
    >
      {d && (
        <>
          <style>{feedbackPrintCss}</style>
          <PrintLanguageSwitch lang={lang} />
          {d.print.sheets.map((s) => (
            <FeedbackSheet
              key={s.id}
              agency={d.agency}
              trip={d.trip}
              groupSize={d.print.groupSize}
              operators={d.print.operators}
              form={d.print.forms[s.templateId]}
              sheet={s}
            />
          ))}
        </>
      )}
    </PrintFrame>
  )
}
