import { toSVG } from 'bwip-js/browser'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import type { Envelope } from '../../../shared/api/envelope'
import type { FeedbackPrint as PrintData, PrintSheet as Sheet } from '../../../shared/feedback/feedback.types'
import type { AgencySettings } from '../../../shared/settings/settings.api'
import type { TripDetail } from '../../../shared/trips/trip.types'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { AgencyHeader, Fields, usePrintFormat } from '../print/blocks'
import { PrintFrame, PrintSheet } from '../print/PrintFrame'
import { feedbackPrintCss } from './feedbackPrintCss'
import { useFeedbackLabels } from './labels'

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
  const { t } = useTranslation('feedback')
  const { t: tr } = useTranslation('resources')
  const pf = usePrintFormat()
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
      footer={tr('print.footer.printedAt', { agency: d?.agency.agencyName ?? '', date: pf.stamp(printedAt) })}
      ready={!!d}
      error={error}
    >
      {d && (
        <>
          <style>{feedbackPrintCss}</style>
          {d.print.sheets.map((s) => (
            <Form key={s.id} data={d} sheet={s} />
          ))}
        </>
      )}
    </PrintFrame>
  )
}

function Barcode({ code }: { code: string }) {
  const svg = useMemo(
    () => toSVG({ bcid: 'code128', text: code, scale: 2, height: 9, includetext: false, paddingwidth: 0 }),
    [code],
  )
  return <div dangerouslySetInnerHTML={{ __html: svg }} />
}

function Box() {
  return <span className="fb-tick" />
}

function Form({ data: { trip, agency, print }, sheet }: { data: Data; sheet: Sheet }) {
  const { t } = useTranslation('feedback')
  const { t: tr } = useTranslation('resources')
  const pf = usePrintFormat()
  const form = print.forms[sheet.templateId]
  const labels = useFeedbackLabels(form.items)
  const rated = form.items.filter((i) => i.kind === 'rating')
  const yesno = form.items.filter((i) => i.kind === 'yesno')
  const nps = form.items.find((i) => i.kind === 'nps')
  const text = form.items.find((i) => i.kind === 'text')
  const guides = trip.guides
    .map(
      (g) =>
        `${g.guide.name}${g.guide.licenceNo ? `（${t('print.licence', { no: g.guide.licenceNo })}）` : ''}`,
    )
    .join('；')
  const seatRoom = [sheet.seat, sheet.roomNo].filter(Boolean).join(' / ')
  return (
    <PrintSheet testId="feedback-form">
      <div className="fb-sheet" data-code={sheet.code}>
        <AgencyHeader agency={agency} />
        <div className="fb-head">
          <div>
            <h1>{t('print.title')}</h1>
            <div className="fb-intro">{t('print.intro')}</div>
          </div>
          <div className="fb-code">
            <Barcode code={sheet.code} />
            <div className="fb-code-text" data-testid="feedback-form-code">
              {sheet.code}
            </div>
          </div>
        </div>
        <Fields
          rows={[
            { label: t('print.tripCode'), value: <span className="pf-strong pf-mono">{trip.code}</span> },
            { label: t('print.groupSize'), value: t('print.people', { count: print.groupSize }) },
            { label: t('print.route'), value: trip.routeName, wide: true },
            {
              label: t('print.dates'),
              value: tr('shared.dateRange', { from: pf.long(trip.departDate), to: pf.long(trip.returnDate) }),
              wide: true,
            },
            { label: t('print.guides'), value: guides, wide: true },
            {
              label: t('print.operator'),
              value: print.operators
                .map((o) => (o.licenceNo ? `${o.name}（${o.licenceNo}）` : o.name))
                .join('；'),
              wide: true,
            },
            {
              label: t('print.traveller'),
              value: sheet.name ? <span className="pf-strong">{sheet.name}</span> : null,
            },
            { label: t('print.seatRoom'), value: seatRoom || null },
          ]}
        />
        <table className="fb-table">
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>{t('print.rated')}</th>
              {form.levels.map((l, i) => (
                <th key={i}>{labels.level(l)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rated.map((i) => (
              <tr key={i.key}>
                <td className="fb-q">{labels.item(i.key)}</td>
                {form.levels.map((_, j) => (
                  <td key={j} className="fb-box">
                    <Box />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <table className="fb-table">
          <tbody>
            {yesno.map((i) => (
              <tr key={i.key}>
                <td>{labels.item(i.key)}</td>
                <td className="fb-box" style={{ width: '38mm' }}>
                  <span className="fb-yn">
                    <Box /> {t('yes')}
                  </span>
                  <span className="fb-yn">
                    <Box /> {t('no')}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {nps && (
          <>
            <div className="fb-section">{labels.item(nps.key)}</div>
            <div className="fb-nps">
              {Array.from({ length: 11 }, (_, n) => (
                <span key={n}>
                  <Box />
                  {n}
                </span>
              ))}
            </div>
          </>
        )}
        {text && (
          <>
            <div className="fb-section">{labels.item(text.key)}</div>
            <div className="fb-lines">
              <div />
              <div />
              <div />
            </div>
          </>
        )}
        <div className="fb-sign">
          <div>
            {t('print.signature')}
            <span className="pf-line" />
          </div>
          <div>
            {t('print.phone')}
            <span className="pf-line" />
          </div>
          <div>
            {t('print.date')}
            <span className="pf-line" />
          </div>
        </div>
      </div>
    </PrintSheet>
  )
}
