import { Alert, Link } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, useSearchParams } from 'react-router'
import type { ComplaintDetail } from '../../../shared/complaints/complaint.types'
import type { TripChangeView } from '../../../shared/complaints/trip-change'
import { isFinished } from '../../../shared/complaints/status'
import { api } from '../api/client'
import { useQuery } from '../api/hooks'

/**
 * The case a trip screen was opened for (`&complaint=<id>`, from a "change guide" / "adjust
 * itinerary" remedy). Writes made there carry it, so main records them on the case too.
 */
export function useCaseParam(): number | undefined {
  const [params] = useSearchParams()
  const id = Number(params.get('complaint'))
  return Number.isInteger(id) && id > 0 ? id : undefined
}

/** `{ complaintId }` to spread into a write made in the case's context, `{}` outside it. */
export const forCase = (complaintId: number | undefined) => (complaintId ? { complaintId } : {})

/** Says on the trip's tab which case the changes are recorded for, with the way back to it. */
export function CaseContextBanner({ tripId }: { tripId: number }) {
  const { t } = useTranslation('caseWork')
  const id = useCaseParam()
  const q = useQuery<ComplaintDetail | null>(
    () => (id ? api.complaints.get({ id }) : Promise.resolve({ ok: true as const, value: null })),
    [id],
    ['complaint'],
  )
  const c = q.data
  if (!id || !c) return null
  const usable = c.trip?.id === tripId && !isFinished(c.status)
  return (
    <Alert severity={usable ? 'info' : 'warning'} sx={{ mb: 2 }} data-testid="case-context">
      {usable ? t('context.recording', { caseNo: c.caseNo }) : t('context.unusable', { caseNo: c.caseNo })}{' '}
      <Link component={RouterLink} to={`/complaints/${c.id}`} data-testid="case-context-back">
        {t('context.back')}
      </Link>
    </Alert>
  )
}

/** "导游 张三 → 李四", "第3天 删除「七彩玉石店」": one change as both histories say it. */
export function useTripChangeText() {
  const { t } = useTranslation('caseWork')
  return (x: TripChangeView) => {
    // a move within its day only changed the order: "moved from day 2 to day 2" would read oddly
    const key = x.kind === 'item_moved' && x.fromDayNo === x.dayNo ? 'item_reordered' : x.kind
    // only a day title can be empty on either side (none before, or cleared)
    const none = x.kind === 'day_title' ? t('change.noTitle') : ''
    return t(`change.${key}`, {
      from: x.from ?? none,
      to: x.to ?? none,
      day: x.dayNo ?? '',
      fromDay: x.fromDayNo ?? '',
    })
  }
}
