import { Box } from '@mui/material'
import { BookingsSection } from './BookingsSection'
import { GuidesSection } from './GuidesSection'
import { useNotice } from './parts'
import type { TripSectionProps } from './types'

/** 导游与供应商: the guides on the trip and the suppliers booked for it. */
export function AssignmentsTab({ trip, reload }: TripSectionProps) {
  const [notice, notify] = useNotice('assignments-notice')
  return (
    <Box data-testid="assignments-tab">
      <GuidesSection trip={trip} reload={reload} notify={notify} />
      <BookingsSection trip={trip} reload={reload} notify={notify} />
      {notice}
    </Box>
  )
}
