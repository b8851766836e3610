import { addDays, dayIn } from '../../../shared/common/dates'
import { DUE_SOON_DAYS } from '../../../shared/complaints/clocks'
import { finishedStatuses } from '../../../shared/complaints/status'
import type { Occurrence, Rule, RuleEnv } from './types'
import { chunks } from './types'

/*
 * Complaint deadlines (《旅游投诉处理办法》: a written reply within 10 days of being notified). The
 * lead times are the law's and the clocks', not the agency's choice, so these rules have no switch
 * in Settings. Each goes to whoever handles the case (else whoever took it). They are `complete`:
 * once the reply is sent (or the case refused, marked a duplicate, closed) the engine dismisses
 * what no longer applies.
 */

type Kind = 'complaint_reply_due' | 'complaint_reply_overdue' | 'complaint_follow_up'

interface CaseRow {
  id: number
  case_no: string
  status: string
  reply_due_day: string
  replied_day: string | null
  finished_at: string | null
  assignee_id: number | null
  taken_by: number | null
  customer_satisfied: number | null
}

async function casesOf(env: RuleEnv, ids: number[]): Promise<CaseRow[]> {
  const out: CaseRow[] = []
  for (const part of chunks(ids)) {
    out.push(
      ...(await env.db
        .selectFrom('complaints')
        .select([
          'id',
          'case_no',
          'status',
          'reply_due_day',
          'replied_day',
          'finished_at',
          'assignee_id',
          'taken_by',
          'customer_satisfied',
        ])
        .where('id', 'in', part)
        .execute()),
    )
  }
  return out
}

/** The first complainant with a customer file: the follow-up call is logged on their file. */
async function callees(env: RuleEnv, ids: number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>()
  for (const part of chunks(ids)) {
    const rows = await env.db
      .selectFrom('complaint_complainants')
      .select(['complaint_id', 'customer_id', 'position'])
      .where('complaint_id', 'in', part)
      .where('customer_id', 'is not', null)
      .orderBy('position')
      .execute()
    for (const r of rows) if (!out.has(r.complaint_id)) out.set(r.complaint_id, r.customer_id as number)
  }
  return out
}

function occurrence(
  kind: Kind,
  c: CaseRow,
  eventDay: string,
  due: string,
  customerId: number | null,
): Occurrence {
  return {
    kind,
    sourceKey: `${kind}:k${c.id}`,
    eventDay,
    due,
    subject: 'complaint',
    subjectId: c.id,
    customerId,
    tripId: null,
    assigneeId: c.assignee_id ?? c.taken_by,
    detail: { caseNo: c.case_no, complaintId: c.id },
  }
}

const waitingForReply = (c: CaseRow) =>
  c.replied_day === null && !(finishedStatuses as readonly string[]).includes(c.status)

/** A reply rule: its reminder falls `offset` days from the reply's last day. */
function replyRule(kind: 'complaint_reply_due' | 'complaint_reply_overdue', offset: number): Rule {
  return {
    kind,
    subject: 'complaint',
    complete: true,
    async candidates(env, from, to) {
      const rows = await env.db
        .selectFrom('complaints')
        .select('id')
        .where('replied_day', 'is', null)
        .where('reply_due_day', '>=', addDays(from, -offset))
        .where('reply_due_day', '<=', addDays(to, -offset))
        .execute()
      return rows.map((r) => r.id)
    },
    async occurrencesOf(env, ids) {
      return (await casesOf(env, ids))
        .filter(waitingForReply)
        .map((c) => occurrence(kind, c, c.reply_due_day, addDays(c.reply_due_day, offset), null))
    },
  }
}

/** Reply due in 2 days: the same "due soon" the clocks show. */
export const complaintReplyDue = replyRule('complaint_reply_due', -DUE_SOON_DAYS)
/** The day after the last day: the deadline is missed, the case still unanswered. */
export const complaintReplyOverdue = replyRule('complaint_reply_overdue', 1)

/**
 * The follow-up call one day after closing, to ask whether the customer is satisfied; not needed
 * when closing already recorded their answer.
 */
export const complaintFollowUp: Rule = {
  kind: 'complaint_follow_up',
  subject: 'complaint',
  complete: true,
  async candidates(env, from, to) {
    const rows = await env.db
      .selectFrom('complaints')
      .select(['id', 'finished_at'])
      .where('status', '=', 'closed')
      .where('customer_satisfied', 'is', null)
      // finished_at is an instant; a day of slack either side covers the zone's offset
      .where('finished_at', '>=', addDays(from, -2))
      .where('finished_at', '<=', addDays(to, 1))
      .execute()
    return rows.map((r) => r.id)
  },
  async occurrencesOf(env, ids) {
    const cases = (await casesOf(env, ids)).filter(
      (c) => c.status === 'closed' && c.finished_at !== null && c.customer_satisfied === null,
    )
    const who = await callees(
      env,
      cases.map((c) => c.id),
    )
    return cases.map((c) => {
      const closedDay = dayIn(c.finished_at!)
      return occurrence('complaint_follow_up', c, closedDay, addDays(closedDay, 1), who.get(c.id) ?? null)
    })
  },
}
