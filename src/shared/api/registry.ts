import { authCalls } from '../auth/auth.api'
import { customerCalls } from '../customers/customers.api'
import { staffCalls } from '../staff/staff.api'
import { settingsCalls } from '../settings/settings.api'
import { auditCalls } from '../audit/audit.api'
import { tripCalls } from '../trips/trips.api'
import { complaintCalls } from '../complaints/complaints.api'
import { guideCalls, printCalls, routeCalls, supplierCalls } from '../trips/resources.api'
import { reminderCalls } from '../reminders/reminders.api'
import { feedbackCalls } from '../feedback/feedback.api'

/** Every call main answers, by namespace. Channel names are "namespace.method". */
export const contract = {
  auth: authCalls,
  customers: customerCalls,
  staff: staffCalls,
  settings: settingsCalls,
  audit: auditCalls,
  trips: tripCalls,
  guides: guideCalls,
  suppliers: supplierCalls,
  routes: routeCalls,
  print: printCalls,
  complaints: complaintCalls,
  reminders: reminderCalls,
  feedback: feedbackCalls,
}

export type ApiContract = typeof contract
