import { toSVG } from 'bwip-js/browser'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgencySettings } from '../../../shared/settings/settings.api'
import type { FeedbackItem, FeedbackLevel } from '../../../shared/feedback/template'
import type { TripDetail } from '../../../shared/trips/trip.types'
import { AgencyHeader, Fields, usePrintFormat } from '../print/blocks'
import { PrintSheet } from '../print/PrintFrame'
import { useFeedbackLabels } from './labels'

export interface SheetFace {
  code: string
  name: string | null
  seat: string | null
  roomNo: string | null
}

/** The answers a returned sheet carries: ticked on the printed form; null = no answer, left blank. */
export interface SheetAnswers {
  answers: Record<string, number | null>
  comment: string | null
}

function Barcode({ code }: { code: string }) {
  const svg = useMemo(
    () => toSVG({ bcid: 'code128', text: code, scale: 2, height: 9, includetext: false, paddingwidth: 0 }),
    [code],
  )
  return <div dangerouslySetInnerHTML={{ __html: svg }} />
}

function Box({ on = false }: { on?: boolean }) {
  return (
    // the mark is drawn by CSS (::after), so a ticked box keeps the baseline of an empty one
    <span className={on ? 'fb-tick fb-on' : 'fb-tick'} data-ticked={on ? 'true' : undefined} />
  )
}

/**
 * One feedback form, the A4 page the traveller gets: pre-filled with the trip and their name. With
 * `filled` it is the same page as the agency keyed it back (the trip archive): the given answers
 * ticked, "no answer" left blank, the remarks written on the lines.
 */
export function FeedbackSheet({
  agency,
  trip,
  groupSize,
  operators,
  form,
  sheet,
  filled,
}: {
  agency: AgencySettings
  trip: Pick<TripDetail, 'code' | 'routeName' | 'departDate' | 'returnDate' | 'guides'>
  groupSize: number
  operators: { name: string; licenceNo: string | null }[]
  form: { levels: FeedbackLevel[]; items: FeedbackItem[] }
  sheet: SheetFace
  filled?: SheetAnswers
}) {
  const { t } = useTranslation('feedback')
  const { t: tr } = useTranslation('resources')
  const pf = usePrintFormat()
  const labels = useFeedbackLabels(form.items)
  const rated = form.items.filter((i) => i.kind === 'rating')
  const yesno = form.items.filter((i) => i.kind === 'yesno')
  const nps = form.items.find((i) => i.kind === 'nps')
  const text = form.items.find((i) => i.kind === 'text')
  const given = (key: string) => filled?.answers[key] ?? null
  const guides = trip.guides
    .map(
      (g) =>
        g.guide.licenceNo
          ? t('print.withNote', { text: g.guide.name, note: t('print.licence', { no: g.guide.licenceNo }) })
          : g.guide.name,
    )
    .join(t('print.itemSeparator'))
  const seatRoom = [sheet.seat, sheet.roomNo].filter(Boolean).join(' / ')
  return (
    <PrintSheet testId={filled ? 'feedback-filled' : 'feedback-form'}>
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
            { label: t('print.groupSize'), value: t('print.people', { count: groupSize }) },
            { label: t('print.route'), value: trip.routeName, wide: true },
            {
              label: t('print.dates'),
              value: tr('shared.dateRange', { from: pf.long(trip.departDate), to: pf.long(trip.returnDate) }),
              wide: true,
            },
            { label: t('print.guides'), value: guides, wide: true },
            {
              label: t('print.operator'),
              value: operators
                .map((o) => (o.licenceNo ? t('print.withNote', { text: o.name, note: o.licenceNo }) : o.name))
                .join(t('print.itemSeparator')),
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
              <tr key={i.key} data-item={i.key}>
                <td className="fb-q">{labels.item(i.key)}</td>
                {form.levels.map((_, j) => (
                  <td key={j} className="fb-box">
                    <Box on={given(i.key) === j} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <table className="fb-table">
          <tbody>
            {yesno.map((i) => (
              <tr key={i.key} data-item={i.key}>
                <td>{labels.item(i.key)}</td>
                <td className="fb-box" style={{ width: '38mm' }}>
                  <span className="fb-yn">
                    <Box on={given(i.key) === 1} /> {t('yes')}
                  </span>
                  <span className="fb-yn">
                    <Box on={given(i.key) === 0} /> {t('no')}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {nps && (
          <>
            <div className="fb-section">{labels.item(nps.key)}</div>
            <div className="fb-nps" data-item={nps.key}>
              {Array.from({ length: 11 }, (_, n) => (
                <span key={n}>
                  <Box on={given(nps.key) === n} />
                  {n}
                </span>
              ))}
            </div>
          </>
        )}
        {text && (
          <>
            <div className="fb-section">{labels.item(text.key)}</div>
            {filled?.comment ? (
              <div className="fb-written" data-testid="feedback-filled-comment">
                {filled.comment}
              </div>
            ) : (
              <div className="fb-lines">
                <div />
                <div />
                <div />
              </div>
            )}
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
