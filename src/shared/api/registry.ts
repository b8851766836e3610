import { authCalls } from '../auth/auth.api'
import { customerCalls } from '../customers/customers.api'
import { staffCalls } from '../staff/staff.api'
import { settingsCalls } from '../settings/settings.api'
import { auditCalls } from '../audit/audit.api'
import { tripCalls } from '../trips/trips.api'
import { complaintCalls } from '../complaints/complaints.api'
import { guideCalls, printCalls, routeCalls, supplierCalls } from '../trips/resources.api'
import { reminderCalls } from '../reminders/reminders.api'
import { exportCalls } from '../exports/exports.api'
import { backupCalls } from '../backups/backups.api'
import { paymentCalls } from '../payments/payments.api'
import { importCalls } from '../imports/imports.api'
import { feedbackCalls } from '../feedback/feedback.api'
import { duplicateCalls } from '../duplicates/duplicates.api'
import { roomCalls } from '../rooms/rooms.api'
import { privacyCalls } from '../privacy/privacy.api'
import { databaseCalls } from '../database/database.api'

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
  exports: exportCalls,
  backups: backupCalls,
  payments: paymentCalls,
  imports: importCalls,
  feedback: feedbackCalls,
  duplicates: duplicateCalls,
  rooms: roomCalls,
  privacy: privacyCalls,
  database: databaseCalls,
}

export type ApiContract = typeof contract
