import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { priceTypes } from '../../../shared/trips/trip.schema'
import type { TripDetail } from '../../../shared/trips/trip.types'
import { useQuery } from '../api/hooks'
import { msgText } from '../components/useFormErrors'
import { AgencyHeader, Fields, usePrintFormat } from './blocks'
import { loadTripPrint } from './data'
import type { TripPrintData } from './data'
import { GuidesTable, ParticipantsTable, RoomingTable } from './ManifestParts'
import { PrintFrame, PrintSheet } from './PrintFrame'

/** 名单/分房表: the guide's list of travellers, documents masked, then the rooming list. */
export function ManifestPrint() {
  const { t } = useTranslation('resources')
  const pf = usePrintFormat()
  const id = Number(useParams().id)
  const q = useQuery(() => loadTripPrint(id, true), [id], ['trip', 'settings', 'customer'])
  const [printedAt] = useState(() => new Date())
  const d = q.data
  const title = d
    ? t('print.manifest.fileTitle', { code: d.trip.code, route: d.trip.routeName })
    : t('print.manifest.docTitle')
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
      footer={t('print.footer.printedAt', { agency: d?.agency.agencyName ?? '', date: pf.stamp(printedAt) })}
      ready={!!d}
      error={error}
    >
      {d && <Manifest data={d} />}
    </PrintFrame>
  )
}

function TripFields({ trip }: { trip: TripDetail }) {
  const { t } = useTranslation('resources')
  const pf = usePrintFormat()
  const counts = priceTypes
    .map((pt) => [pt, trip.participants.filter((p) => p.priceType === pt).length] as const)
    .filter(([, n]) => n > 0)
    .map(([pt, n]) => `${t(`priceType.${pt}`)} ${n}`)
  return (
    <Fields
      rows={[
        { label: t('print.manifest.code'), value: <span className="pf-strong pf-mono">{trip.code}</span> },
        { label: t('print.manifest.meeting'), value: trip.meetingTime },
        {
          label: t('print.manifest.route'),
          value: t('print.paren', { text: trip.routeName, note: trip.destination }),
          wide: true,
        },
        {
          label: t('print.manifest.dates'),
          value: t('shared.dateRange', {
            from: pf.longWithDay(trip.departDate),
            to: pf.longWithDay(trip.returnDate),
          }),
          wide: true,
        },
        { label: t('print.manifest.meetingPoint'), value: trip.meetingPoint, wide: true },
        {
          label: t('print.manifest.headcount'),
          value: [t('print.manifest.headcountValue', { count: trip.participants.length }), ...counts].join(
            ' · ',
          ),
          wide: true,
        },
      ]}
    />
  )
}

function Manifest({ data: { trip, agency, profiles } }: { data: TripPrintData }) {
  const { t } = useTranslation('resources')
  return (
    <>
      <PrintSheet testId="print-manifest">
        <AgencyHeader agency={agency} />
        <h1>{t('print.manifest.docTitle')}</h1>
        <div className="pf-doctype">
          {trip.code} · {trip.routeName}
        </div>
        <TripFields trip={trip} />
        <p className="pf-note">{t('print.manifest.confidential')}</p>
        <h2>{t('print.manifest.guides')}</h2>
        <GuidesTable trip={trip} />
        <h2>{t('print.manifest.participants')}</h2>
        <ParticipantsTable trip={trip} profiles={profiles} />
        <p className="pf-small" style={{ marginTop: '1.5mm' }}>
          {t('print.manifest.representative')}
        </p>
      </PrintSheet>
      <PrintSheet testId="print-rooming-sheet">
        <h1>{t('print.manifest.rooming')}</h1>
        <div className="pf-doctype">
          {trip.code} · {trip.routeName}
        </div>
        <RoomingTable trip={trip} />
      </PrintSheet>
    </>
  )
}
