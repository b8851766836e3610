import zhCommon from './zh-CN/common'
import zhErrors from './zh-CN/errors'
import zhAuth from './zh-CN/auth'
import zhCustomers from './zh-CN/customers'
import zhAdmin from './zh-CN/admin'
import enCommon from './en/common'
import enErrors from './en/errors'
import enAuth from './en/auth'
import enCustomers from './en/customers'
import enAdmin from './en/admin'

/** Both languages, one file per feature. A unit test checks the two have exactly the same keys. */
export const resources = {
  'zh-CN': { common: zhCommon, errors: zhErrors, auth: zhAuth, customers: zhCustomers, admin: zhAdmin },
  en: { common: enCommon, errors: enErrors, auth: enAuth, customers: enCustomers, admin: enAdmin },
}
