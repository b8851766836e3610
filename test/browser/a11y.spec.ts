import { readFileSync } from 'node:fs'
import type axe from 'axe-core'
import type { Page } from '@playwright/test'
import { test, expect, shot } from './fixtures'
import type { Api } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { idCard } from './pages/resources.page'
import { inDays } from './fixed-clock'
import { FeedbackPage, seedReturnedTrip } from './pages/feedback.page'
import { readXlsx } from '../../src/main/spreadsheet/xlsx'

/*
 * Every screen, tab and main dialog through axe-core (WCAG 2 A and AA): no serious or critical
 * violation. One signed-in page walks them all (seeded once through the host's dispatch), so the tour
 * costs one app start; the same page then checks the profile's tab badges and reads the audit log's
 * export back. The axe findings are a soft expectation so one screen's finding does not hide the rest.
 */

async function seed(api: Api) {
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

type Found = { screen: string; rule: string; impact: string; targets: string[] }

/** Opens a screen by its address and waits until nothing on it is loading any more. */
async function visit(page: Page, url: string) {
  await page.goto(url)
  await settle(page)
}

async function settle(page: Page) {
  await expect(page.locator('main')).toBeVisible()
  await expect(
    page.locator('.MuiLinearProgress-root, .MuiCircularProgress-root, [data-testid$="-loading"]'),
  ).toHaveCount(0, {
    timeout: 20_000,
  })
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/**
 * axe in the page itself, asked for violations only. AxeBuilder's default run finishes in a new blank
 * page and gathers every passing node too: with ~50 screens that was most of the test's time.
 */
async function serious(page: Page, screen: string): Promise<Found[]> {
  // a string evaluated through the debugger protocol, which the page's CSP (no eval) does not govern
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe }
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
      resultTypes: ['violations'],
    })
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')),
    }))
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ screen, rule: v.id, impact: v.impact!, targets: v.targets }))
}

type Ids = Awaited<ReturnType<typeof seed>> & { returned: number; code: string }

/** Every navigable screen and tab, by address (the sidebar's order). */
function screens(ids: Ids): [string, string][] {
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

/** The main dialogs, each opened on its screen, checked, and closed untouched. */
async function dialogs(page: Page, url: string, ids: Ids, check: (name: string) => Promise<void>) {
  const dialog = page.getByRole('dialog')
  const closeUntouched = async () => {
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)
  }
  await visit(page, `${url}#/trips/${ids.trip}?tab=participants`)
  await page.locator('[data-testid^="participant-edit-"]').first().click()
  await expect(dialog).toBeVisible()
  await check('dialog-participant')
  await closeUntouched()
  await page.getByTestId('participants-view-rooms').click()
  await check('trip-rooming')

  await visit(page, `${url}#/trips/${ids.returned}?tab=feedback`)
  const fb = new FeedbackPage(page)
  await fb.openSheet(`${ids.code}-S01`)
  await check('dialog-sheet-entry')
  await closeUntouched()

  await visit(page, `${url}#/complaints/${ids.complaint}`)
  await page.locator('[data-testid^="complaint-move-"]').first().click()
  await expect(dialog).toBeVisible()
  await check('dialog-complaint-move')
  await closeUntouched()

  await visit(page, `${url}#/customers/${ids.zhang}`)
  await page.keyboard.press('Control+l')
  await expect(dialog).toBeVisible()
  await check('dialog-communication')
  await closeUntouched()
  await page.keyboard.press('Control+k')
  await expect(dialog).toBeVisible()
  await page.keyboard.type('ZHANG')
  await expect(page.getByRole('option').first()).toBeVisible()
  await check('dialog-quick-find')
  await closeUntouched()
}

test('every screen and main dialog passes axe, and the profile tabs and audit export work', async ({
  app,
  api,
  host,
}) => {
  // ≈ 60 screens and dialogs; room for a machine whose two cores are shared with other suites
  test.setTimeout(480_000)
  const base = await seed(api)
  // something on every list: a reminder for 今日工作台, a duplicate pair, a returned trip with sheets
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
  const ids: Ids = { ...base, returned: back.trip, code: back.code }

  const found: Found[] = []
  const check = async (name: string) => {
    const s0 = Date.now()
    found.push(...(await serious(app, name)))
    if (process.env.A11Y_TIMES) console.log(name, Date.now() - s0)
  }
  const t0 = Date.now()
  for (const [name, path] of screens(ids)) {
    await visit(app, `${host.url}#${path}`)
    await check(name)
  }
  await dialogs(app, host.url, ids, check)
  // English labels are other words in the same structure: the two busiest screens once more
  await new AuthPage(app).switchLanguage('English')
  for (const [name, path] of [
    ['home-en', '/home'],
    ['trip-en', `/trips/${ids.trip}?tab=participants`],
  ]) {
    await visit(app, `${host.url}#${path}`)
    await check(name)
  }
  console.log(`axe walk: ${Date.now() - t0} ms`)
  expect.soft(found).toEqual([])
  await new AuthPage(app).switchLanguage('简体中文')

  // the profile's tab badges follow the records
  await visit(app, `${host.url}#/customers/${ids.zhang}`)
  await expect(app.getByTestId('tab-count-family')).toHaveText('1')
  await expect(app.getByTestId('tab-count-communications')).toHaveText('1')
  await expect(app.getByTestId('tab-count-trips')).toHaveText('1')
  await expect(app.getByTestId('tab-count-complaints')).toHaveText('1')
  // logging a call updates the badge without reopening the file
  await api('customers.logCommunication', {
    customerId: ids.zhang,
    channel: 'wechat',
    direction: 'outbound',
    summary: '发行程',
  })
  await expect(app.getByTestId('tab-count-communications')).toHaveText('2')
  await shot(app, 'a11y-profile-badges-zh')

  await visit(app, `${host.url}#/audit?entity=customer&from=${inDays(0)}&to=${inDays(0)}`)
  await app.getByTestId('audit-export').click()
  await shot(app, 'a11y-audit-export-zh')
  await app.getByTestId('export-run').click()
  await expect(app.getByTestId('export-done')).toBeVisible()
  const file = host.effects.saved.at(-1)!
  expect(file.name).toBe(`审计日志-${inDays(0)}~${inDays(0)}.xlsx`)
  const rows = (await readXlsx(file.bytes))[0].rows
  expect(rows[0]).toEqual(['时间', '员工', '操作', '操作对象', '涉及字段'])
  expect(rows.slice(1).map((r) => r[3])).toContain('客户 张建国')
  expect(rows.slice(1).every((r) => r[3].startsWith('客户'))).toBe(true)

  await new AuthPage(app).switchLanguage('English')
  await visit(app, `${host.url}#/customers/${ids.zhang}`)
  await expect(app.getByTestId('tab-count-communications')).toHaveText('2')
  await shot(app, 'a11y-profile-badges-en')
  await visit(app, `${host.url}#/audit?entity=customer`)
  await app.getByTestId('audit-export').click()
  await shot(app, 'a11y-audit-export-en')
})
