import { Alert, Checkbox, FormControlLabel, List, ListItem, TextField } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { CheckWarning, TripDetail } from '../../../../shared/trips/trip.types'
import type { TripStatus } from '../../../../shared/trips/trip.schema'
import { confirmIssues } from '../../../../shared/trips/guardrails'
import { api } from '../../api/client'
import { useQuery } from '../../api/hooks'
import { useFormat } from '../../format/format'
import { today } from '../../format/formatters'
import { checkText } from '../page/checkText'

export interface Guard {
  anyway: boolean
  reason: string
}

/**
 * The problems that stand against confirming a group, as main sees them (shared rule), with the
 * "confirm anyway" box and its reason. Loads the trip and its checks itself: the trip list opens the
 * status dialog without either.
 */
export function useConfirmIssues(id: number, from: TripStatus, to: TripStatus): CheckWarning[] | undefined {
  const wanted = to === 'confirmed' && from !== 'confirmed'
  const trip = useQuery<TripDetail | null>(
    () => (wanted ? api.trips.get({ id }) : Promise.resolve({ ok: true as const, value: null })),
    [id, wanted],
  )
  const checks = useQuery<CheckWarning[]>(
    () => (wanted ? api.trips.checks({ id }) : Promise.resolve({ ok: true as const, value: [] })),
    [id, wanted],
  )
  if (!wanted) return []
  if (!trip.data || !checks.data) return undefined
  const t = trip.data
  const people = new Set(t.participants.map((p) => p.customer.id ?? `deleted:${p.id}`)).size
  return confirmIssues(
    to,
    from,
    checks.data,
    { minSize: t.minSize, departDate: t.departDate, people },
    today(),
  )
}

export function ConfirmGuard({
  issues,
  guard,
  onChange,
  reasonError,
}: {
  issues: CheckWarning[]
  guard: Guard
  onChange: (g: Guard) => void
  reasonError: boolean
}) {
  const { t } = useTranslation('payments')
  const { t: tp } = useTranslation()
  const f = useFormat()
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="confirm-guard">
      <strong>{t('guard.title')}</strong>
      <List dense disablePadding sx={{ listStyle: 'disc', pl: 2.5 }}>
        {issues.map((w, i) => (
          <ListItem key={i} sx={{ display: 'list-item', py: 0 }} data-testid="confirm-guard-issue">
            {checkText(tp, w, f.date)}
          </ListItem>
        ))}
      </List>
      <FormControlLabel
        control={
          <Checkbox
            checked={guard.anyway}
            onChange={(e) => onChange({ ...guard, anyway: e.target.checked })}
            slotProps={{ input: { 'data-testid': 'confirm-anyway' } as object }}
          />
        }
        label={t('guard.anyway')}
      />
      {guard.anyway && (
        <TextField
          fullWidth
          size="small"
          required
          label={t('guard.reason')}
          value={guard.reason}
          onChange={(e) => onChange({ ...guard, reason: e.target.value })}
          error={reasonError}
          helperText={reasonError ? t('guard.reasonRequired') : undefined}
          slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'confirm-reason' } }}
          sx={{ mt: 1, bgcolor: 'background.paper' }}
        />
      )}
    </Alert>
  )
}
