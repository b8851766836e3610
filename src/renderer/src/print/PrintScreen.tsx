import { useTranslation } from 'react-i18next'
import { Route, Routes } from 'react-router'
import { ItineraryPrint } from './ItineraryPrint'
import { ManifestPrint } from './ManifestPrint'
import { PrintFrame } from './PrintFrame'
import { TravellerListPrint } from './TravellerListPrint'
import { ComplaintReplyPrint } from '../complaints/print/ComplaintReplyPrint'
import { ComplaintFilePrint } from '../complaints/print/ComplaintFilePrint'
import { FeedbackPrint } from '../feedback/FeedbackPrint'
import { PersonCopyPrint } from '../privacy/PersonCopyPrint'
import { TripArchivePrint } from '../feedback/archive/TripArchivePrint'

/**
 * Print previews, shown without the app's chrome under /print/*. Each document is a route here
 * rendering inside <PrintFrame>; a new printed document (e.g. a feedback form) is one more route.
 */
export function PrintScreen() {
  return (
    <Routes>
      <Route path="trip/:id/itinerary" element={<ItineraryPrint />} />
      <Route path="trip/:id/manifest" element={<ManifestPrint />} />
      <Route path="trip/:id/travellers" element={<TravellerListPrint />} />
      <Route path="complaint/:id/reply" element={<ComplaintReplyPrint />} />
      <Route path="complaint/:id/file" element={<ComplaintFilePrint />} />
      <Route path="trip/:id/feedback" element={<FeedbackPrint />} />
      <Route path="customer/:id/copy" element={<PersonCopyPrint />} />
      <Route path="trip/:id/archive" element={<TripArchivePrint />} />
      <Route path="*" element={<UnknownPrint />} />
    </Routes>
  )
}

function UnknownPrint() {
  const { t } = useTranslation('resources')
  return (
    <PrintFrame
      title={t('print.unknown')}
      backTo="/trips"
      footer=""
      ready={false}
      error={t('print.unknown')}
    />
  )
}
