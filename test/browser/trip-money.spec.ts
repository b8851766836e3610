import { expect, test } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { seatTravellers, seedJapanTour as seed } from './pages/japan-tour.seed'
import { TripPage } from './pages/trip-page.page'
import { TripMoneyPage } from './pages/trip-money.page'
import { ResourcesPage } from './pages/resources.page'

test.beforeEach(async ({ app }) => {
  await app.setViewportSize({ width: 1366, height: 768 })
})

test('收款: the age suggests the price type, a payment lowers what is owed, 单房差 for the one alone, visas', async ({
  app,
  host,
  api,
}) => {
  const s = await seed(api)
  await seatTravellers(api, s)
  const trip = new TripPage(app)
  const money = new TripMoneyPage(app)
  await trip.open(host.url, s.trip.id, 'money')

  // ¥8,999 × 2 adults + ¥8,999 (王芳, adult) + ¥5,999 (the boy, booked without a bed)
  await expect(app.getByTestId('money-total-due')).toHaveText('¥32,996.00')
  // he is 10 on the day of departure: the agency's rules say "child with bed", not "without"
  await expect(money.row('张小明').getByTestId('money-suggest')).toContainText('儿童占床')

  await money.receive('张伟', '3000.10', 'SK-0815')
  await expect(money.row('张伟').getByTestId('money-paid')).toHaveText('¥3,000.10')
  await expect(money.row('张伟').getByTestId('money-owed')).toHaveText('¥5,998.90')
  await expect(app.getByTestId('money-total-owed')).toHaveText('¥29,995.90')
  await expect(app.getByTestId('ledger-row')).toContainText(['SK-0815'])

  // 王芳 rooms alone: the supplement is offered in one click
  await expect(money.row('王芳')).toContainText('单房差')
  await money.openCharges('王芳')
  await app.getByTestId('charge-add-single').click()
  await expect(app.getByTestId('charges-due')).toContainText('10,799.00')
  await app.getByTestId('charges-save').click()
  await expect(app.getByTestId('charges-dialog')).toBeHidden()
  await expect(app.getByTestId('money-total-due')).toHaveText('¥34,796.00')

  // the boy's price type follows the suggestion: the price follows the type
  await money.openCharges('张小明')
  await trip.choose('charges-price-type', '儿童占床')
  await app.getByTestId('charges-save').click()
  await expect(money.row('张小明').getByTestId('money-suggest')).toHaveCount(0)
  await expect(app.getByTestId('money-total-due')).toHaveText('¥36,796.00')

  // outbound: a visa per traveller
  await money.row('李娜').getByTestId('money-visa').click()
  await trip.choose('visa-status', '已送签')
  await app.getByTestId('visa-save').click()
  await expect(money.row('李娜').getByTestId('money-visa')).toHaveText('已送签')

  await trip.screenshot('trip-money-zh')
  await new AuthPage(app).switchLanguage('English')
  await expect(money.row('李娜').getByTestId('money-visa')).toHaveText('Submitted')
  await trip.screenshot('trip-money-en')

  // the customer profile lists his payment
  await app.goto(`${host.url}#/customers/${s.zhang.id}?tab=payments`)
  await expect(app.getByTestId('ledger-row')).toContainText(['SK-0815'])
})

test('已成团 below the minimum and with must-fix checks: listed, and only with a reason that the history keeps', async ({
  app,
  host,
  api,
}) => {
  const s = await seed(api)
  await seatTravellers(api, s)
  const trip = new TripPage(app)
  const money = new TripMoneyPage(app)
  await trip.open(host.url, s.trip.id)

  await money.moveStatus('confirmed')
  const guard = app.getByTestId('confirm-guard')
  await expect(guard).toBeVisible()
  // four of a minimum of ten; 王芳's passport runs out within six months of the return
  await expect(app.getByTestId('confirm-guard-issue')).toHaveCount(2)
  await expect(guard).toContainText('最低成团人数 10 人')
  await expect(guard).toContainText('王芳')
  await expect(app.getByTestId('status-confirm')).toBeDisabled()
  await app.getByTestId('confirm-anyway').check()
  await app.getByTestId('status-confirm').click()
  await expect(app.getByTestId('confirm-reason').locator('xpath=../..')).toContainText('请写明')
  await trip.screenshot('trip-confirm-guard-zh', { fullPage: false })
  await app.getByTestId('confirm-reason').fill('包团客户，王芳护照本周换发')
  await app.getByTestId('status-confirm').click()
  await expect(app.getByTestId('trip-status')).toHaveText('已成团')

  await trip.tab('history')
  await expect(app.getByTestId('trip-history-reason')).toContainText('包团客户，王芳护照本周换发')

  await new AuthPage(app).switchLanguage('English')
  await expect(app.getByTestId('trip-history-reason')).toContainText('Reason:')
  await trip.screenshot('trip-confirm-history-en')

  // a new trip dated in the past is asked about before it is created
  await app.goto(`${host.url}#/trips/new`)
  await app.getByTestId('trip-field-routeName').fill('补录：杭州一日游')
  await app.getByTestId('trip-field-destination').fill('杭州')
  await app.getByTestId('trip-field-departDate').fill('2026-11-20')
  await app.getByTestId('trip-field-returnDate').fill('2026-11-20')
  await app.getByTestId('trip-save').click()
  await expect(app.getByTestId('past-trip-dialog')).toBeVisible()
  await trip.screenshot('trip-past-date-en', { fullPage: false })
  await app.getByTestId('past-trip-confirm').click()
  await expect(app.getByTestId('trip-page')).toBeVisible()
})

test('the full traveller list, for managers only: passport numbers unmasked, audited with the count', async ({
  app,
  host,
  api,
}) => {
  const s = await seed(api)
  await seatTravellers(api, s)
  const trip = new TripPage(app)
  await trip.open(host.url, s.trip.id)
  await app.getByTestId('trip-print-travellers').click()
  const res = new ResourcesPage(app)
  await expect(app.getByTestId('print-root')).toHaveAttribute('data-print-ready', 'true')
  await expect(app.getByTestId('print-full-travellers').locator('tbody tr')).toHaveCount(4)
  const pdf = await res.printToPdf('full-list-zh', { images: true })
  const text = pdf.raw.replace(/\s+/g, '')
  expect(text).toContain('E20481234')
  expect(text).toContain('ZHANGXIAOMING')
  expect(text).toContain('共4人')
  const audit = await api<{ rows: { action: string; fields: string[] }[] }>('audit.list', {
    action: 'printFullList',
  })
  expect(audit.rows.map((r) => r.fields)).toEqual([['rows:4']])
})
