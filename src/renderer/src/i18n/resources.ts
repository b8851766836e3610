import zhCommon from './zh-CN/common'
import zhErrors from './zh-CN/errors'
import zhAuth from './zh-CN/auth'
import zhCustomers from './zh-CN/customers'
import zhAdmin from './zh-CN/admin'
import zhTrips from './zh-CN/trips'
import zhTripPage from './zh-CN/tripPage'
import zhResources from './zh-CN/resources'
import zhReminders from './zh-CN/reminders'
import zhShell from './zh-CN/shell'
import zhConnection from './zh-CN/connection'
import zhExports from './zh-CN/exports'
import zhBackups from './zh-CN/backups'
import zhPayments from './zh-CN/payments'
import zhImports from './zh-CN/imports'
import zhComplaints from './zh-CN/complaints'
import zhFeedback from './zh-CN/feedback'
import zhDuplicates from './zh-CN/duplicates'
import zhRooms from './zh-CN/rooms'
import zhPrivacy from './zh-CN/privacy'
import zhDatabase from './zh-CN/database'
import zhForms from './zh-CN/forms'
import zhCaseWork from './zh-CN/caseWork'
import enCommon from './en/common'
import enErrors from './en/errors'
import enAuth from './en/auth'
import enCustomers from './en/customers'
import enAdmin from './en/admin'
import enTrips from './en/trips'
import enTripPage from './en/tripPage'
import enResources from './en/resources'
import enReminders from './en/reminders'
import enShell from './en/shell'
import enConnection from './en/connection'
import enExports from './en/exports'
import enBackups from './en/backups'
import enPayments from './en/payments'
import enImports from './en/imports'
import enComplaints from './en/complaints'
import enFeedback from './en/feedback'
import enDuplicates from './en/duplicates'
import enRooms from './en/rooms'
import enPrivacy from './en/privacy'
import enDatabase from './en/database'
import enForms from './en/forms'
import enCaseWork from './en/caseWork'

/** Both languages, one file per feature. A unit test checks the two have exactly the same keys. */
export const resources = {
  'zh-CN': {
    common: zhCommon,
    errors: zhErrors,
    auth: zhAuth,
    customers: zhCustomers,
    admin: zhAdmin,
    trips: zhTrips,
    tripPage: zhTripPage,
    resources: zhResources,
    reminders: zhReminders,
    shell: zhShell,
    connection: zhConnection,
    exports: zhExports,
    backups: zhBackups,
    payments: zhPayments,
    imports: zhImports,
    complaints: zhComplaints,
    feedback: zhFeedback,
    duplicates: zhDuplicates,
    rooms: zhRooms,
    privacy: zhPrivacy,
    database: zhDatabase,
    forms: zhForms,
    caseWork: zhCaseWork,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    auth: enAuth,
    customers: enCustomers,
    admin: enAdmin,
    trips: enTrips,
    tripPage: enTripPage,
    resources: enResources,
    reminders: enReminders,
    shell: enShell,
    connection: enConnection,
    exports: enExports,
    backups: enBackups,
    payments: enPayments,
    imports: enImports,
    complaints: enComplaints,
    feedback: enFeedback,
    duplicates: enDuplicates,
    rooms: enRooms,
    privacy: enPrivacy,
    database: enDatabase,
    forms: enForms,
    caseWork: enCaseWork,
  },
}
