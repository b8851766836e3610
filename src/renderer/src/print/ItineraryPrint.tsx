import { useTranslation } from 'react-i18next'
import { tripDayCount } from '../../../shared/trips/trip.schema'
import { AgencyHeader, Fields, usePrintFormat } from './blocks'
import type { TripPrintData } from './data'
import { ContractItems, DayBlock, SignLines } from './ItineraryParts'
import { PrintSheet } from './PrintFrame'
import { TripPrintPage } from './TripPrintPage'

/** 行程单: the customer's itinerary, part of the travel contract. */
export function ItineraryPrint() {
  return <TripPrintPage doc="itinerary">{(d) => <Itinerary data={d} />}</TripPrintPage>
}

function Itinerary({ data: { trip, agency } }: { data: TripPrintData }) {
  const { t } = useTranslation('resources')
  const pf = usePrintFormat()
  const days = tripDayCount(trip.departDate, trip.returnDate)
  const meeting = [
    trip.meetingTime ? `${pf.longWithDay(trip.departDate)} ${trip.meetingTime}` : null,
    trip.meetingPoint,
  ]
    .filter(Boolean)
    .join(' · ')

  return (
    <PrintSheet testId="print-itinerary">
      <AgencyHeader agency={agency} />
      <h1 data-testid="print-route">{trip.routeName}</h1>
      <div className="pf-doctype pf-spaced">{t('print.itinerary.docTitle')}</div>
      <Fields
        testId="print-trip-fields"
        rows={[
          { label: t('print.itinerary.code'), value: <span className="pf-strong pf-mono">{trip.code}</span> },
          { label: t('print.itinerary.destination'), value: trip.destination },
          {
            label: t('print.itinerary.dates'),
            value: t('shared.dateRange', {
              from: pf.longWithDay(trip.departDate),
              to: pf.longWithDay(trip.returnDate),
            }),
            wide: true,
          },
          {
            label: t('print.itinerary.duration'),
            value:
              days === 1 ? t('print.itinerary.oneDay') : t('print.itinerary.days', { days, count: days - 1 }),
          },
          {
            label: t('print.itinerary.emergency'),
            value: agency.agencyPhone ? (
              <span className="pf-strong pf-mono">{agency.agencyPhone}</span>
            ) : null,
          },
          { label: t('print.itinerary.meeting'), value: meeting, wide: true },
        ]}
      />
      {trip.days.map((day) => (
        <DayBlock key={day.dayNo} day={day} />
      ))}
      <ContractItems days={trip.days} />
      <SignLines />
    </PrintSheet>
  )
}
