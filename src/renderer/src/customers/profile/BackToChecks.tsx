import { Button } from '@mui/material'
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, useLocation } from 'react-router'

/** What a trip's checks pass along when they open a customer's file to fix something. */
export interface FromTripChecks {
  backToChecks: { tripId: number; code: string }
}

export const fromTripChecks = (tripId: number, code: string): FromTripChecks => ({
  backToChecks: { tripId, code },
})

/**
 * The way back to the trip's checks after fixing a passport on the file. Read once when the file
 * opens: switching the file's tabs replaces the location (and its state), the way back stays.
 */
export function BackToChecks() {
  const { t } = useTranslation('forms')
  const location = useLocation()
  const [from] = useState(() => (location.state as Partial<FromTripChecks> | null)?.backToChecks ?? null)
  if (!from) return null
  return (
    <Button
      component={RouterLink}
      to={`/trips/${from.tripId}?tab=checks`}
      startIcon={<ArrowBackOutlined />}
      sx={{ mb: 1.5, ml: 1 }}
      data-testid="back-to-checks"
    >
      {t('deadEnds.backToChecks', { code: from.code })}
    </Button>
  )
}
