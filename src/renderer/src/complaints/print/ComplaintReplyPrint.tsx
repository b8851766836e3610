import { useTranslation } from 'react-i18next'
import { articleEn, clauseById } from '../../../../shared/complaints/compensation'
import type { ComplaintDetail, RemedyView } from '../../../../shared/complaints/complaint.types'
import { dayIn } from '../../../../shared/common/dates'
import { AgencyHeader, usePrintFormat } from '../../print/blocks'
import { PrintSheet } from '../../print/PrintFrame'
import { ComplaintPrintPage } from './ComplaintPrintPage'
import type { ComplaintPrintData } from './ComplaintPrintPage'

/** 书面答复: the agency's written reply to the complainant (or the bureau), due within 10 days. */
export function ComplaintReplyPrint() {
  return <ComplaintPrintPage doc="reply">{(d) => <Reply data={d} />}</ComplaintPrintPage>
}

/** Remedies the reply offers: only what needs no approval or was approved (money not yet approved is not promised). */
const offered = (c: ComplaintDetail): RemedyView[] =>
  c.remedies.filter((r) => r.approval === 'approved' || r.approval === 'not_required')

function Reply({ data: { c, agency } }: { data: ComplaintPrintData }) {
  const { t, i18n } = useTranslation('complaints')
  const pf = usePrintFormat()
  const en = i18n.language === 'en'
  const sep = t('print.listSep')
  const label = (l: string, value: string) => t('print.label', { label: l, value })
  const article = (a: string) => (en ? articleEn(a) : a)
  const clauseTitle = (id: RemedyView['lines'][number]['clauseId']) =>
    en ? clauseById(id).titleEn : clauseById(id).titleZh
  const names = c.complainants
    .map((p) => p.name)
    .filter(Boolean)
    .join(sep)
  const received = pf.long(dayIn(c.receivedAt))
  const remedies = offered(c)
  const notes = c.history.filter((h) => h.note).map((h) => h.note!)
  return (
    <PrintSheet testId="print-complaint-reply">
      <AgencyHeader agency={agency} />
      <h1>{t('print.replyTitle')}</h1>
      <div className="pf-doctype">
        {t('print.caseNo')} {c.caseNo}
      </div>
      <p>
        <strong>{c.channel === 'bureau' ? t('print.toBureau') : t('print.to', { name: names })}</strong>
      </p>
      <p>
        {c.trip
          ? t('print.opening', { date: received, trip: c.trip.code, caseNo: c.caseNo })
          : t('print.noTrip', { date: received, caseNo: c.caseNo })}
      </p>
      <h2>{t('print.facts')}</h2>
      <p style={{ whiteSpace: 'pre-wrap' }}>
        {[c.eventAt?.replace('T', ' '), c.eventPlace].filter(Boolean).join(' · ')}
        {(c.eventAt || c.eventPlace) && <br />}
        {c.whatHappened}
      </p>
      {c.request && <p>{label(t('print.request'), c.request)}</p>}
      <h2>{t('print.findings')}</h2>
      <p>
        {[
          label(t('print.cause'), t(`cause.${c.cause}`)),
          c.guides.length > 0 && label(t('page.guides'), c.guides.map((g) => g.name).join(sep)),
          c.suppliers.length > 0 && label(t('page.suppliers'), c.suppliers.map((s) => s.name).join(sep)),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {notes.map((n, i) => (
        <p key={i} style={{ whiteSpace: 'pre-wrap' }}>
          {n}
        </p>
      ))}
      <h2>{t('print.remedies')}</h2>
      {remedies.length === 0 && <p>{t('print.noRemedy')}</p>}
      <ol>
        {remedies.map((r) => (
          <li key={r.id} data-testid="print-reply-remedy">
            {t(`remedyKind.${r.kind}`)}
            {r.amount !== null && ` ${pf.money(r.amount)}`}
            {r.lines.length > 0 &&
              t('print.clauseAfter', {
                clause: t('print.clause', {
                  article: [...new Set(r.lines.map((l) => article(l.article)))].join(sep),
                }),
              })}
            {r.lines.map((l, i) => (
              <div key={i} className="pf-small">
                {label(
                  `${article(l.article)} ${clauseTitle(l.clauseId)}${l.count > 1 ? ` × ${l.count}` : ''}`,
                  pf.money(l.amountFen / 100),
                )}
              </div>
            ))}
            {r.notes && <div className="pf-small">{r.notes}</div>}
          </li>
        ))}
      </ol>
      <p>{t('print.closing')}</p>
      <div
        style={{ marginTop: '16mm', marginLeft: 'auto', width: '70mm', textAlign: 'center' }}
        data-testid="print-reply-sign"
      >
        <div
          style={{
            height: '28mm',
            border: '0.6pt dashed #000',
            borderRadius: '50%',
            width: '28mm',
            margin: '0 auto 3mm',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          {t('print.signature')}
        </div>
        <div>{t('print.signedFor', { agency: agency.agencyName })}</div>
        <div>{t('print.date', { date: pf.long(dayIn(new Date())) })}</div>
      </div>
    </PrintSheet>
  )
}
