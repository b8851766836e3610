import { useTranslation } from 'react-i18next'
import { priceTypes } from '../../../shared/trips/trip.schema'
import type { TripDetail } from '../../../shared/trips/trip.types'
import { AgencyHeader, Fields, usePrintFormat } from './blocks'
import type { TripPrintData } from './data'
import { GuidesTable, ParticipantsTable, RoomingTable } from './ManifestParts'
import { PrintSheet } from './PrintFrame'
import { TripPrintPage } from './TripPrintPage'

/** 名单/分房表: the guide's list of travellers, documents masked, then the rooming list. */
export function ManifestPrint() {
  return <TripPrintPage doc="manifest">{(d) => <Manifest data={d} />}</TripPrintPage>
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

function Manifest({ data: { trip, agency } }: { data: TripPrintData }) {
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
        <ParticipantsTable trip={trip} />
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
