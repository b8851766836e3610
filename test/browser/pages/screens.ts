import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import type { Api } from '../fixtures'
import { idCard } from './resources.page'
import { inDays } from '../fixed-clock'
import { seedReturnedTrip } from './feedback.page'

/*
 * Every navigable screen and tab by its address, and the records that give each one something to
 * show: shared by the accessibility walk and the density walk.
 */

export async function seed(api: Api) {
  const zhang = await api('customers.create', {
    name: '张建国',
    pinyinName: 'ZHANG JIANGUO',
    gender: 'male',
    mobile: '13812345678',
    tier: 'gold',
    birth: { calendar: 'solar', date: '1978-03-15' },
    documents: [{ kind: 'id_card', number: idCard('31010419780315281') }],
  })
  const li = await api('customers.create', { name: '李秀英', mobile: '13911112222', tier: 'platinum' })
  await api('customers.addRelation', { customerId: zhang.id, otherId: li.id, kind: 'spouse' })
  await api('customers.logCommunication', {
    customerId: zhang.id,
    channel: 'phone',
    direction: 'inbound',
    summary: '咨询日本行程',
  })
  const guide = await api('guides.create', { name: '周导', roles: ['local_guide'] })
  const supplier = await api('suppliers.create', { kind: 'hotel', name: '西湖国宾馆' })
  const trip = await api('trips.create', {
    routeName: '华东五市 4 日游',
    destination: '苏州 · 杭州',
    kind: 'domestic',
    departDate: inDays(20),
    returnDate: inDays(23),
  })
  await api('trips.addItem', { tripId: trip.id, dayNo: 1, item: { kind: 'sight', title: '拙政园' } })
  await api('trips.addParticipants', { tripId: trip.id, customerIds: [zhang.id, li.id] })
  await api('trips.assignGuide', { tripId: trip.id, guideId: guide.id, role: 'local_guide' })
  await api('trips.addBooking', { tripId: trip.id, supplierId: supplier.id, dayNo: 1 })
  const complaint = await api('complaints.create', {
    channel: 'hotline_12345',
    tripId: trip.id,
    whatHappened: '强迫购物',
    cause: 'shopping',
    complainants: [{ customerId: zhang.id }],
    guideIds: [guide.id],
    supplierIds: [supplier.id],
  })
  return { zhang: zhang.id, trip: trip.id, guide: guide.id, supplier: supplier.id, complaint: complaint.id }
}

/** Opens a screen by its address and waits until nothing on it is loading any more. */
export async function visit(page: Page, url: string) {
  await page.goto(url)
  await settle(page)
}

export async function settle(page: Page) {
  await expect(page.locator('main')).toBeVisible()
  await expect(
    // determinate bars are meters (the satisfaction scores), not loading
    page.locator(
      '.MuiLinearProgress-indeterminate, .MuiCircularProgress-indeterminate, [data-testid$="-loading"]',
    ),
  ).toHaveCount(0, {
    timeout: 20_000,
  })
}

export type Ids = Awaited<ReturnType<typeof seed>> & { returned: number; code: string }

/** seed(), and something on every list: a reminder for 今日工作台, a duplicate pair, a returned trip with sheets. */
export async function seedEveryScreen(api: Api): Promise<Ids> {
  const base = await seed(api)
  const me = await api<{ staff: { id: number } }>('auth.status', {})
  await api('reminders.createTask', {
    assigneeId: me.staff.id,
    due: inDays(-1),
    note: '回电话',
    customerId: base.zhang,
  })
  await api('customers.create', { name: '张建国', mobile: '13812345678' })
  const back = await seedReturnedTrip(api, 2)
  await api('feedback.issue', { tripId: back.trip, blanks: 0 })
  return { ...base, returned: back.trip, code: back.code }
}

/** Every navigable screen and tab, by address (the sidebar's order). */
export function screens(ids: Ids): [string, string][] {
  const c = `/customers/${ids.zhang}`
  const tr = `/trips/${ids.trip}`
  const tabs = (base: string, prefix: string, keys: string[]) =>
    keys.map((k): [string, string] => [`${prefix}-${k}`, `${base}?tab=${k}`])
  return [
    ['home', '/home'],
    ['customers', '/customers'],
    ['customer-new', '/customers/new'],
    ['customer-edit', `${c}/edit`],
    ['customer-import', '/customers/import'],
    ['duplicates', '/customers/duplicates'],
    ...tabs(c, 'profile', [
      'overview',
      'documents',
      'family',
      'preferences',
      'trips',
      'payments',
      'communications',
      'reminders',
      'complaints',
      'feedback',
    ]),
    ['trips', '/trips'],
    ['trips-calendar', '/trips/calendar'],
    ['trip-new', '/trips/new'],
    ...tabs(tr, 'trip', [
      'overview',
      'itinerary',
      'participants',
      'money',
      'assignments',
      'checks',
      'reminders',
    ]),
    ...tabs(tr, 'trip', ['complaints', 'history']),
    ['trip-feedback', `/trips/${ids.returned}?tab=feedback`],
    ['complaints', '/complaints'],
    ['complaint', `/complaints/${ids.complaint}`],
    ['guides', '/guides'],
    ['guide', `/guides/${ids.guide}`],
    ['guides-import', '/guides/import'],
    ['suppliers', '/suppliers'],
    ['supplier', `/suppliers/${ids.supplier}`],
    ['satisfaction', '/satisfaction'],
    ['staff', '/staff'],
    ['audit', '/audit'],
    ...tabs('/settings', 'settings', ['general', 'reminders', 'feedback', 'backups', 'privacy', 'database']),
  ]
}
