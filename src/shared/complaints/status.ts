import type { Role } from '../api/contract'
import { daysBetween } from '../common/dates'

/**
 * 新建 → 已受理 → 调查中 ⇄ 待客户回复 / 待供应商回复 → 已答复 → 已解决 → 已结案, with the side exits
 * 不予受理 (rejected, a reason required) and 重复 (duplicate, the original linked).
 */
export const complaintStatuses = [
  'new',
  'accepted',
  'investigating',
  'awaiting_customer',
  'awaiting_supplier',
  'replied',
  'resolved',
  'closed',
  'rejected',
  'duplicate',
] as const
export type ComplaintStatus = (typeof complaintStatuses)[number]

/** Statuses a case rests in once handled; reopening one is the only way out. */
export const finishedStatuses: readonly ComplaintStatus[] = ['closed', 'rejected', 'duplicate']
export const isFinished = (s: ComplaintStatus): boolean => finishedStatuses.includes(s)

/** A finished case may be reopened for this many calendar days; later, a linked follow-up case. */
export const REOPEN_DAYS = 30

const ALL: readonly Role[] = ['admin', 'manager', 'frontdesk']
const MANAGERS: readonly Role[] = ['admin', 'manager']

/**
 * Moves and who may make them. Front desk records, investigates and replies; refusing a complaint
 * (不予受理), closing a case and reopening one are a manager's decisions, because each ends or
 * revives the agency's obligation to the complainant.
 */
const moves: Record<ComplaintStatus, Partial<Record<ComplaintStatus, readonly Role[]>>> = {
  new: { accepted: ALL, rejected: MANAGERS, duplicate: ALL },
  accepted: { investigating: ALL, rejected: MANAGERS, duplicate: ALL },
  investigating: { awaiting_customer: ALL, awaiting_supplier: ALL, replied: ALL },
  awaiting_customer: { investigating: ALL },
  awaiting_supplier: { investigating: ALL },
  // the complainant disputes the reply: back to the investigation
  replied: { resolved: ALL, investigating: ALL },
  resolved: { closed: MANAGERS, investigating: ALL },
  closed: { investigating: MANAGERS },
  rejected: { new: MANAGERS },
  duplicate: { new: MANAGERS },
}

export type MoveCheck =
  { ok: true; reopen: boolean } | { ok: false; why: 'not_a_move' | 'role' | 'reopen_window' }

/**
 * May `role` move a case from `from` to `to` on `today`? A reopen (leaving a finished status) is
 * allowed until REOPEN_DAYS after the day the case was finished; later only a follow-up case.
 */
export function checkMove(
  from: ComplaintStatus,
  to: ComplaintStatus,
  role: Role,
  today: string,
  finishedDay: string | null,
): MoveCheck {
  const roles = moves[from][to]
  if (!roles) return { ok: false, why: 'not_a_move' }
  if (!roles.includes(role)) return { ok: false, why: 'role' }
  const reopen = isFinished(from)
  if (reopen && finishedDay !== null && daysBetween(finishedDay, today) > REOPEN_DAYS) {
    return { ok: false, why: 'reopen_window' }
  }
  return { ok: true, reopen }
}

/** The moves open to a role now, for the screen's buttons. */
export function movesFor(
  from: ComplaintStatus,
  role: Role,
  today: string,
  finishedDay: string | null,
): ComplaintStatus[] {
  return complaintStatuses.filter((to) => checkMove(from, to, role, today, finishedDay).ok)
}

/** TS-2026-0042: the agency's case number, a counter per year of receipt, at least four digits. */
export function caseNumber(year: number, seq: number): string {
  return `TS-${year}-${String(seq).padStart(4, '0')}`
}

export function parseCaseNumber(no: string): { year: number; seq: number } | null {
  const m = /^TS-(\d{4})-(\d{4,})$/.exec(no)
  return m ? { year: Number(m[1]), seq: Number(m[2]) } : null
}
