import { useTranslation } from 'react-i18next'
import { clauseById } from '../../../../shared/complaints/compensation'
import { AgencyHeader, Fields, usePrintFormat } from '../../print/blocks'
import { PrintSheet } from '../../print/PrintFrame'
import { ComplaintPrintPage } from './ComplaintPrintPage'
import type { ComplaintPrintData } from './ComplaintPrintPage'

/** 投诉案卷: the whole record with its remedies and history, for the trip archive. */
export function ComplaintFilePrint() {
  return <ComplaintPrintPage doc="file">{(d) => <CaseFile data={d} />}</ComplaintPrintPage>
}

export function CaseFile({ data: { c, agency } }: { data: ComplaintPrintData }) {
  const { t } = useTranslation('complaints')
  const pf = usePrintFormat()
  const stamp = (iso: string) => pf.stamp(new Date(iso))
  return (
    <PrintSheet testId="print-complaint-file">
      <AgencyHeader agency={agency} />
      <h1>{t('print.fileTitle')}</h1>
      <div className="pf-doctype">{c.caseNo}</div>
      <Fields
        rows={[
          { label: t('print.caseNo'), value: c.caseNo },
          { label: t('print.status'), value: t(`status.${c.status}`) },
          { label: t('print.received'), value: stamp(c.receivedAt) },
          { label: t('print.channel'), value: t(`channel.${c.channel}`) },
          { label: t('print.trip'), value: c.trip?.code },
          { label: t('print.contractNo'), value: c.contractNo },
          { label: t('print.eventAt'), value: c.eventAt?.replace('T', ' ') },
          { label: t('print.cause'), value: `${t(`cause.${c.cause}`)} · ${t(`severity.${c.severity}`)}` },
          { label: t('print.eventPlace'), value: c.eventPlace, wide: true },
          {
            label: t('print.complainant'),
            value: c.complainants
              .map((p) => [p.name, p.nationality, p.phone, p.address, p.postcode].filter(Boolean).join(' '))
              .join(t('print.listSep')),
            wide: true,
          },
          { label: t('page.guides'), value: c.guides.map((g) => g.name).join(t('print.listSep')) },
          { label: t('page.suppliers'), value: c.suppliers.map((s) => s.name).join(t('print.listSep')) },
          { label: t('form.whatHappened'), value: c.whatHappened, wide: true },
          { label: t('print.request'), value: c.request, wide: true },
          { label: t('page.assignee'), value: c.assignee?.name },
          { label: t('page.takenBy'), value: c.takenBy?.name },
        ]}
      />
      <h2>{t('remedy.title')}</h2>
      <table className="pf-table pf-compact">
        <tbody>
          {c.remedies.map((r) => (
            <tr key={r.id}>
              <td>
                {t('print.remedyLine', {
                  kind: t(`remedyKind.${r.kind}`),
                  amount: r.amount === null ? '—' : pf.money(r.amount),
                  approval: t(`approval.${r.approval}`),
                })}
                {r.lines.map((l) => ` · ${clauseById(l.clauseId).article}`).join('')}
                {r.overrideReason &&
                  ` · ${t('print.label', { label: t('remedy.override'), value: r.overrideReason })}`}
              </td>
              <td>
                {r.customerAccepted === null
                  ? t('remedy.acceptanceUnknown')
                  : r.customerAccepted
                    ? t('remedy.accepted')
                    : t('remedy.declined')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.lessons && (
        <>
          <h2>{t('page.closing')}</h2>
          <Fields
            rows={[
              { label: t('print.lessons'), value: c.lessons, wide: true },
              {
                label: t('print.actions'),
                value: c.correctiveActions.map((a) => t(`corrective.${a}`)).join(t('print.listSep')),
                wide: true,
              },
            ]}
          />
        </>
      )}
      <h2>{t('print.history')}</h2>
      <table className="pf-table pf-compact">
        <tbody>
          {c.history.map((h) => (
            <tr key={h.id}>
              <td style={{ whiteSpace: 'nowrap' }}>{stamp(h.at)}</td>
              <td>
                {h.from ? `${t(`status.${h.from}`)} → ` : ''}
                {t(`status.${h.to}`)}
              </td>
              <td>{h.staff?.name}</td>
              <td>{h.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSheet>
  )
}
