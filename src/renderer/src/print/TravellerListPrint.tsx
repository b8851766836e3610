import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { Envelope } from '../../../shared/api/envelope'
import type { FullTraveller } from '../../../shared/trips/traveller-list'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { AgencyHeader, usePrintFormat } from './blocks'
import { loadTripPrint } from './data'
import type { TripPrintData } from './data'
import { PrintFrame, PrintSheet } from './PrintFrame'

type Data = TripPrintData & { travellers: FullTraveller[] }

async function load(id: number): Promise<Envelope<Data>> {
  // the list itself is loaded once: each load is an audited disclosure of document numbers
  const [base, travellers] = await Promise.all([loadTripPrint(id), api.trips.travellerList({ id })])
  if (!base.ok) return base
  if (!travellers.ok) return travellers
  return { ok: true, value: { ...base.value, travellers: travellers.value } }
}

/**
 * 完整名单 for the airline, ground operator and visa agent: name, pinyin, gender, birth date and the
 * travel document unmasked. Only managers and administrators reach it (main refuses the rest).
 */
export function TravellerListPrint() {
  const { t } = useTranslation('payments')
  const { t: tc } = useTranslation()
  const pf = usePrintFormat()
  const id = Number(useParams().id)
  const q = useQuery(() => load(id), [id])
  const [printedAt] = useState(() => new Date())
  const d = q.data
  const title = d
    ? t('fullList.fileTitle', { code: d.trip.code, route: d.trip.routeName })
    : t('fullList.title')
  const error = q.error && !d ? msgText(tc, q.error.error.msg) : null
  return (
    <PrintFrame
      title={title}
      backTo={`/trips/${id}`}
      footer={t('fullList.footer', { agency: d?.agency.agencyName ?? '', date: pf.stamp(printedAt) })}
      ready={!!d}
      error={error}
    >
      {d && (
        <PrintSheet testId="print-full-list">
          <AgencyHeader agency={d.agency} />
          <h1>{t('fullList.title')}</h1>
          <div className="pf-doctype">
            {d.trip.code} · {d.trip.routeName} · {d.trip.departDate} – {d.trip.returnDate}
          </div>
          <p className="pf-note">{t('fullList.confidential', { count: d.travellers.length })}</p>
          <table className="pf-table pf-compact" data-testid="print-full-travellers">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('fullList.col.name')}</th>
                <th>{t('fullList.col.pinyin')}</th>
                <th>{t('fullList.col.gender')}</th>
                <th>{t('fullList.col.birth')}</th>
                <th>{t('fullList.col.document')}</th>
                <th>{t('fullList.col.number')}</th>
                <th>{t('fullList.col.expiry')}</th>
              </tr>
            </thead>
            <tbody>
              {d.travellers.map((p, i) => (
                <tr key={p.participantId}>
                  <td>{i + 1}</td>
                  <td className="pf-strong pf-word">{p.name}</td>
                  <td className="pf-mono pf-pinyin">{p.pinyinName ?? ''}</td>
                  <td className="pf-word">{tc(`customers:gender.${p.gender}`)}</td>
                  <td className="pf-mono pf-word">{p.birthDate ?? ''}</td>
                  <td>
                    {p.document ? tc(`customers:docKind.${p.document.kind}`) : t('fullList.noDocument')}
                  </td>
                  <td className="pf-mono pf-word">{p.document?.number ?? ''}</td>
                  <td className="pf-mono pf-word">{p.document?.expiryDate ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </PrintSheet>
      )}
    </PrintFrame>
  )
}
