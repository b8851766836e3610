import zhCommon from './zh-CN/common'
import zhErrors from './zh-CN/errors'
import zhAuth from './zh-CN/auth'
import zhCustomers from './zh-CN/customers'
import zhAdmin from './zh-CN/admin'
import zhTrips from './zh-CN/trips'
import zhTripPage from './zh-CN/tripPage'
import zhResources from './zh-CN/resources'
import zhReminders from './zh-CN/reminders'
import zhFeedback from './zh-CN/feedback'
import enCommon from './en/common'
import enErrors from './en/errors'
import enAuth from './en/auth'
import enCustomers from './en/customers'
import enAdmin from './en/admin'
import enTrips from './en/trips'
import enTripPage from './en/tripPage'
import enResources from './en/resources'
import enReminders from './en/reminders'
import enFeedback from './en/feedback'

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
    feedback: zhFeedback,
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
    feedback: enFeedback,
  },
}
