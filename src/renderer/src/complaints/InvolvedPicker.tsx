import { Checkbox, FormControlLabel, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { TripDetail } from '../../../shared/trips/trip.types'

const toggle = (list: number[], id: number) =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id]

/**
 * The people involved, picked from the group's guide assignments and supplier bookings only: a
 * complaint names who served this group, so scorecards count it against the right people.
 */
export function InvolvedPicker({
  trip,
  guideIds,
  supplierIds,
  onGuides,
  onSuppliers,
}: {
  trip: TripDetail | null
  guideIds: number[]
  supplierIds: number[]
  onGuides: (ids: number[]) => void
  onSuppliers: (ids: number[]) => void
}) {
  const { t } = useTranslation('complaints')
  // a guide assigned twice (two roles) or a supplier booked on several days is listed once
  const guides = [...new Map((trip?.guides ?? []).map((g) => [g.guide.id, g.guide])).values()]
  const suppliers = [...new Map((trip?.bookings ?? []).map((b) => [b.supplier.id, b.supplier])).values()]
  return (
    <>
      <Typography variant="subtitle2">{t('form.involved')}</Typography>
      {!trip ? (
        <Typography variant="body2" color="text.secondary">
          {t('form.noTripPeople')}
        </Typography>
      ) : (
        <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
          {guides.map((g) => (
            <FormControlLabel
              key={`g${g.id}`}
              control={
                <Checkbox
                  checked={guideIds.includes(g.id)}
                  onChange={() => onGuides(toggle(guideIds, g.id))}
                  data-testid={`complaint-form-guide-${g.name}`}
                />
              }
              label={`${t('page.guides')} · ${g.name}`}
            />
          ))}
          {suppliers.map((s) => (
            <FormControlLabel
              key={`s${s.id}`}
              control={
                <Checkbox
                  checked={supplierIds.includes(s.id)}
                  onChange={() => onSuppliers(toggle(supplierIds, s.id))}
                  data-testid={`complaint-form-supplier-${s.name}`}
                />
              }
              label={`${t('page.suppliers')} · ${s.name}`}
            />
          ))}
        </Stack>
      )}
    </>
  )
}
