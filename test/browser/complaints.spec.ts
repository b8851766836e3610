import { ADMIN, expect, shot, signInAs, test } from './fixtures'
import type { Api } from './fixtures'
import { inDays } from './fixed-clock'
import { AuthPage } from './pages/auth.page'
import { ComplaintsPage } from './pages/complaints.page'
import { ResourcesPage } from './pages/resources.page'

const CLERK = { name: '李小丽', login: 'xiaoli', password: 'frontdesk-2026' }
const MANAGER = { name: '陈经理', login: 'chenjl', password: 'manager-2026' }

/** A finished domestic tour (adult price ¥2,980) with one traveller, a local guide and a jade shop booked. */
async function seed(call: Api) {
  await call('settings.update', { agencyName: ADMIN.agency, agencyPhone: '021-6288 1234', version: 1 })
  await call('staff.create', { ...CLERK, role: 'frontdesk' })
  await call('staff.create', { ...MANAGER, role: 'manager' })
  const guide = await call('guides.create', { name: '周敏', mobile: '13700001234', roles: ['local_guide'] })
  const shop = await call('suppliers.create', { kind: 'other', name: '七彩玉石店' })
  const zhang = await call('customers.create', { name: '张建国', gender: 'male', mobile: '13900001001' })
  const trip = await call('trips.create', {
    routeName: '云南六日游',
    destination: '昆明 · 大理 · 丽江',
    kind: 'domestic',
    departDate: inDays(-15),
    returnDate: inDays(-10),
    prices: { adult: 2980 },
  })
  await call('trips.addParticipants', { tripId: trip.id, customerIds: [zhang.id] })
  await call('trips.assignGuide', { tripId: trip.id, guideId: guide.id, role: 'local_guide' })
  await call('trips.addBooking', { tripId: trip.id, supplierId: shop.id, dayNo: 3 })
  return { trip: trip.id, guide: guide.id, zhang: zhang.id }
}

test('a forced shopping stop: recorded from the trip, compensated per the standard, approved, replied in writing, closed, seen on the guide', async ({
  app,
  host,
  api,
}) => {
  test.setTimeout(120_000)
  const s = await seed(api)
  const cp = new ComplaintsPage(app)
  const id = (t: string) => app.getByTestId(t)

  // the front desk records it from the trip's 投诉 tab
  await signInAs(app, api, CLERK)
  await cp.openTripTab(host.url, s.trip)
  await cp.record({
    cause: '购物',
    what: '第三天导游把全团带进七彩玉石店两个小时，不买不让走',
    request: '按标准赔偿并道歉',
    travellers: ['张建国'],
    guides: ['周敏'],
  })
  const caseNo = (await id('complaint-case-no').textContent())!
  expect(caseNo).toMatch(/^TS-2026-\d{4}$/)
  await expect(id('complaint-guides')).toHaveText('周敏')
  await expect(id('complaint-clock-reply')).toHaveAttribute('data-state', 'on_time')
  const url = app.url()

  // a photo of the shop's receipt, attached as evidence
  await id('evidence-input').setInputFiles({
    name: '玉石店收据.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]),
  })
  await expect(id('evidence-row')).toContainText('玉石店收据.jpg')

  // the calculator: one forced shopping stop on a ¥2,980 tour is 20% under 第十条（四）
  await cp.openCompensation()
  await expect(id('calc-forcedShoppingStops')).toHaveValue('1')
  await expect(id('calc-tourPrice')).toHaveValue('2980')
  await expect(id('calc-line-forced_shopping')).toContainText('第十条（四）')
  await expect(id('calc-total')).toContainText('¥596.00')
  await id('calc-forcedShoppingStops').fill('2')
  await expect(id('calc-total')).toContainText('¥1,192.00')
  await id('calc-forcedShoppingStops').fill('1')
  await shot(app, 'complaint-calculator-zh')
  await id('remedy-save').click()
  // above the ¥500 threshold: a manager decides, the clerk cannot
  await expect(id('remedy-approval')).toHaveText('待经理审批')
  await expect(id('remedy-approve')).toHaveCount(0)
  await cp.move('accepted')
  await cp.move('investigating')

  // the manager approves the money, the customer accepts, the agency replies in writing
  await signInAs(app, api, MANAGER)
  await app.goto(url)
  await id('remedy-approve').click()
  await expect(id('remedy-approval')).toHaveText('已批准')
  await id('remedy-accepted').click()
  await expect(id('remedy-acceptance')).toHaveText('客户接受')
  await cp.move('replied', '经核实，导游在合同约定以外安排购物并强迫游客消费')
  await expect(id('complaint-clock-reply')).toHaveAttribute('data-state', 'done')
  await shot(app, 'complaint-case-zh')

  await id('complaint-print-reply').click()
  await expect(id('print-root')).toHaveAttribute('data-print-ready', 'true')
  await expect(id('print-complaint-reply')).toContainText('张建国')
  const res = new ResourcesPage(app)
  const pdf = await res.printToPdf('complaint-reply-zh', { images: true })
  const text = pdf.text.replace(/\s+/g, '')
  for (const want of [
    ADMIN.agency,
    '投诉书面答复',
    caseNo,
    '致：张建国',
    '一、投诉事项',
    '七彩玉石店两个小时',
  ]) {
    expect(text).toContain(want)
  }
  expect(text).toContain('赔偿¥596.00')
  expect(text).toContain('依据《旅行社服务质量赔偿标准》第十条（四）')
  expect(text).toContain('（盖章）')
  expect(text).toContain('日期：2026年11月25日')
  expect(pdf.pages).toBe(1)
  await id('print-back').click()

  // resolved, then closed with the lesson and guide training
  await cp.move('resolved')
  await cp.close('购物店须在合同中列明，导游不得擅自增加或强迫购物', ['guide_training', 'supplier_warning'])
  await expect(id('complaint-lessons')).toContainText('购物店须在合同中列明')

  // the guide's page shows it: one closed case about shopping, ¥596 paid
  await app.goto(`${host.url}#/guides/${s.guide}`)
  const panel = id('complaints-panel-guide')
  await expect(panel).toContainText(caseNo)
  await expect(id('complaints-panel-summary')).toContainText('已结 1')
  await expect(id('complaints-panel-paid')).toContainText('¥596.00')
  await expect(panel).toContainText('购物 1')
  await shot(app, 'complaint-guide-zh')
})

test('in English: the list with its Pareto, and the written reply in English for a foreign complainant', async ({
  app,
  host,
  api,
}) => {
  test.setTimeout(90_000)
  const s = await seed(api)
  const created = await api<{ id: number; caseNo: string }>('complaints.create', {
    channel: 'counter',
    tripId: s.trip,
    whatHappened: 'The guide took the group to a jade shop for two hours and would not let anyone leave',
    cause: 'shopping',
    complainants: [{ name: 'John Smith', gender: 'male', nationality: '英国', phone: '13900001111' }],
    guideIds: [s.guide],
  })
  await api('complaints.create', {
    channel: 'phone',
    tripId: s.trip,
    whatHappened: '酒店房间有异味',
    cause: 'accommodation',
    complainants: [{ customerId: s.zhang }],
  })
  await api('complaints.addRemedy', {
    complaintId: created.id,
    kind: 'compensation',
    facts: { scope: 'domestic', tourPrice: 2980, forcedShoppingStops: 1 },
  })
  const detail = await api<{ remedies: { id: number; version: number }[] }>('complaints.get', {
    id: created.id,
  })
  const r = detail.remedies[0]
  await api('complaints.decideRemedy', { id: r.id, version: r.version, approve: true })
  await new AuthPage(app).switchLanguage('English')
  await app.goto(`${host.url}#/complaints`)
  await expect(app.getByTestId(`complaint-row-${created.caseNo}`)).toContainText('John Smith')
  // two causes, one case each: the chart counts both and the last bar reaches 100%
  await expect(app.getByTestId('pareto-total')).toHaveText('2 cases')
  await expect(app.getByTestId('pareto-shopping')).toContainText('Shopping1')
  await expect(app.getByTestId('pareto-accommodation')).toContainText('Accommodation1')
  await expect(app.getByTestId('complaint-pareto').locator('li').last()).toContainText('100%')
  await shot(app, 'complaint-list-en')
  await app.getByTestId(`complaint-row-${created.caseNo}`).click()
  await expect(app.getByTestId('remedy-approval')).toHaveText('Approved')
  await shot(app, 'complaint-case-en')

  await app.getByTestId('complaint-print-reply').click()
  await expect(app.getByTestId('print-root')).toHaveAttribute('data-print-ready', 'true')
  const pdf = await new ResourcesPage(app).printToPdf('complaint-reply-en', { images: true })
  const text = pdf.text.replace(/\s+/g, ' ')
  expect(text).toContain('Written reply to a complaint')
  expect(text).toContain('To: John Smith')
  expect(text).toContain('Compensation ¥596.00, under Article 10(4) of the Travel Agency Service Quality')
  expect(text).toContain('Cause: Shopping · Guides: 周敏')
  expect(text).toContain('(Stamp)')
})

test('found with Ctrl+K, handed to a colleague, the guide changed and the itinerary adjusted from the case: on the trip history and the case', async ({
  app,
  host,
  api,
}) => {
  test.setTimeout(150_000)
  const s = await seed(api)
  await api('guides.create', { name: '王芳', mobile: '13700005678', roles: ['local_guide'] })
  const made = await api<{ id: number; caseNo: string }>('complaints.create', {
    channel: 'phone',
    tripId: s.trip,
    whatHappened: '导游态度恶劣，多次催促购物',
    cause: 'guide_service',
    complainants: [{ customerId: s.zhang }],
    guideIds: [s.guide],
  })
  await api('complaints.addRemedy', { complaintId: made.id, kind: 'change_guide' })
  const shopStop = await api<{ id: number }>('trips.addItem', {
    tripId: s.trip,
    dayNo: 3,
    item: { time: '10:00', kind: 'sight', title: '七彩玉石店' },
  })
  await api('trips.addItem', {
    tripId: s.trip,
    dayNo: 3,
    item: { time: '15:00', kind: 'sight', title: '洱海' },
  })
  const id = (t: string) => app.getByTestId(t)

  // a front-desk clerk finds the case by its number and gives it to the manager
  await signInAs(app, api, CLERK)
  await app.keyboard.press('Control+k')
  await id('quick-find-input').fill(made.caseNo.toLowerCase())
  await expect(id('quick-find-item')).toHaveCount(1)
  await expect(id('quick-find-item')).toContainText('张建国')
  await app.keyboard.press('Enter')
  await expect(id('complaint-case-no')).toHaveText(made.caseNo)
  await id('complaint-assignee').locator('..').click()
  await app.getByRole('option', { name: '陈经理（经理）' }).click()
  await expect(id('complaint-record')).toContainText('陈经理（经理）')

  // "change guide" opens the trip's guides with the case named; the swap keeps the role
  await id('remedy-trip-link-change_guide').click()
  await expect(id('case-context')).toContainText(made.caseNo)
  await id('guides-section').getByRole('button', { name: '换导游' }).click()
  await id('swap-guide-input').fill('王芳')
  await app.getByRole('option', { name: '王芳' }).click()
  await id('swap-guide-save').click()
  await expect(id('guides-section')).toContainText('王芳')
  await expect(id('guides-section')).not.toContainText('周敏')
  await shot(app, 'complaint-change-guide-zh')

  // on the itinerary of the same case: the shop goes after the lake, and the day gets a new title
  await app.goto(`${host.url}#/trips/${s.trip}?tab=itinerary&complaint=${made.id}`)
  await expect(id('case-context')).toContainText(made.caseNo)
  await id(`item-down-${shopStop.id}`).click()
  await expect(id('day-3')).toContainText(/15:00[\s\S]*10:00/)
  await id('day-title-3').fill('大理 · 洱海一日')
  await id('day-title-3').press('Enter')
  await expect(id('day-title-3')).toHaveValue('大理 · 洱海一日')

  // recorded on the trip's history, naming the case …
  await app.goto(`${host.url}#/trips/${s.trip}?tab=history`)
  const row = app.locator('[data-testid="trip-history-row"][data-kind="complaint"]')
  await expect(row).toHaveCount(3)
  const guideRow = row.filter({ hasText: '导游 周敏 → 王芳' })
  await expect(guideRow).toContainText(made.caseNo)
  await expect(row.filter({ hasText: '第3天「10:00 七彩玉石店」调整顺序' })).toHaveCount(1)
  await expect(row.filter({ hasText: '第3天 标题「（无）」→「大理 · 洱海一日」' })).toHaveCount(1)
  // … and on the case, with the remedy carried out
  await guideRow.getByRole('link', { name: made.caseNo }).click()
  const caseRows = id('complaint-history-trip-change')
  await expect(caseRows.filter({ hasText: '团队调整：导游 周敏 → 王芳' })).toHaveCount(1)
  await expect(
    caseRows.filter({ hasText: '团队调整：第3天 标题「（无）」→「大理 · 洱海一日」' }),
  ).toHaveCount(1)
  await expect(id('remedy-carried-out')).toHaveText('已执行')
  await shot(app, 'complaint-trip-change-zh')
  await new AuthPage(app).switchLanguage('English')
  await expect(caseRows.filter({ hasText: 'Trip changed: Guide 周敏 → 王芳' })).toHaveCount(1)
  await expect(caseRows.filter({ hasText: 'Trip changed: Day 3: “10:00 七彩玉石店” reordered' })).toHaveCount(
    1,
  )
  await shot(app, 'complaint-trip-change-en')
})
