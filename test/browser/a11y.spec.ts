import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect, shot } from './fixtures'
import type { Api } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { idCard } from './pages/resources.page'
import { inDays } from './fixed-clock'
import { readXlsx } from '../../src/main/spreadsheet/xlsx'

/*
 * Screens through axe-core (WCAG 2 A and AA): no serious or critical violation. One signed-in page
 * walks them (seeded once through the host's dispatch), so the tour costs one app start. The second
 * test checks the profile's tab badges and reads the audit log's export back.
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
  await expect(page.locator('main')).toBeVisible()
  await expect(
    page.locator('.MuiLinearProgress-root, .MuiCircularProgress-root, [data-testid$="-loading"]'),
  ).toHaveCount(0, {
    timeout: 20_000,
  })
}

async function serious(page: Page, screen: string): Promise<Found[]> {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      screen,
      rule: v.id,
      impact: v.impact!,
      targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')),
    }))
}

function screens(ids: Awaited<ReturnType<typeof seed>>): [string, string][] {
  const c = `/customers/${ids.zhang}`
  return [
    ['customers', '/customers'],
    ['customer-new', '/customers/new'],
    ['customer-import', '/customers/import'],
    ...['overview', 'documents', 'family'].map((k): [string, string] => [`profile-${k}`, `${c}?tab=${k}`]),
  ]
}

test('the customer screens pass axe with no serious or critical violation', async ({ app, api, host }) => {
  test.setTimeout(240_000)
  const ids = await seed(api)
  const found: Found[] = []
  for (const [name, path] of screens(ids)) {
    await visit(app, `${host.url}#${path}`)
    found.push(...(await serious(app, name)))
  }
  expect(found).toEqual([])
})

test('the profile tabs show their counts, and the audit log exports what its filters show', async ({
  app,
  api,
  host,
}) => {
  const ids = await seed(api)
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
