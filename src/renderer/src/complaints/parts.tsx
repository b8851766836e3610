import { Chip, Tooltip } from '@mui/material'
import type { ChipProps } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { DayClock, TimerClock } from '../../../shared/complaints/clocks'
import type { ComplaintStatus } from '../../../shared/complaints/status'
import { useFormat } from '../format/format'

const statusColor: Record<ComplaintStatus, ChipProps['color']> = {
  new: 'info',
  accepted: 'info',
  investigating: 'primary',
  awaiting_customer: 'warning',
  awaiting_supplier: 'warning',
  replied: 'secondary',
  resolved: 'success',
  closed: 'default',
  rejected: 'default',
  duplicate: 'default',
}

export function ComplaintStatusChip({ status, testId }: { status: ComplaintStatus; testId?: string }) {
  const { t } = useTranslation('complaints')
  return (
    <Chip
      size="small"
      color={statusColor[status]}
      variant={status === 'closed' ? 'outlined' : 'filled'}
      label={t(`status.${status}`)}
      data-testid={testId}
      data-status={status}
    />
  )
}

/**
 * A deadline as lists and the case show it. A deadline met late stays red ("met late"): the clocks
 * are recomputed from the history, so a miss cannot be repaired by later work.
 */
export function ClockChip({ clock, testId }: { clock: DayClock | TimerClock; testId?: string }) {
  const { t } = useTranslation('complaints')
  const fmt = useFormat()
  const done = 'doneDay' in clock ? clock.doneDay : clock.doneAt
  const due = 'dueDay' in clock ? fmt.date(clock.dueDay) : fmt.dateTime(clock.dueAt)
  const state = clock.missed ? 'missed' : done ? 'done' : clock.state
  const color: ChipProps['color'] =
    state === 'missed' || state === 'overdue' ? 'error' : state === 'due_soon' ? 'warning' : 'success'
  const paused = 'paused' in clock && clock.paused
  const label = `${t(`clock.${state}`)} · ${
    done
      ? t('clock.doneDay', { date: 'dueDay' in clock ? fmt.date(done) : fmt.dateTime(done) })
      : t('clock.dueDay', { date: due })
  }`
  return (
    <Tooltip title={paused ? t('clock.paused') : ''}>
      <Chip
        size="small"
        color={color}
        variant={done && !clock.missed ? 'outlined' : 'filled'}
        label={paused ? `${label} · ${t('clock.paused')}` : label}
        data-testid={testId}
        data-state={state}
      />
    </Tooltip>
  )
}
