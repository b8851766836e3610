import type { Page } from '@playwright/test'
import { expect, otherDesk, test, reloadSignedIn } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { inDays } from './fixed-clock'
import { passport, seatTravellers, seedJapanTour as seed } from './pages/japan-tour.seed'
import { TripPage } from './pages/trip-page.page'
import type { TripTab } from './pages/trip-page.page'

async function shots(trip: TripPage, lang: 'zh' | 'en') {
  const tabs: [TripTab, string][] = [
    ['itinerary', 'trip-itinerary'],
    ['participants', 'trip-participants'],
    ['assignments', 'trip-assignments'],
    ['checks', 'trip-checks'],
  ]
  for (const [tab, name] of tabs) {
    await trip.tab(tab)
    await trip.screenshot(`${name}-${lang}`)
  }
}

test('itinerary: a shopping stop needs its shop, goods and time; reorder by keyboard, drag to a day, copy', async ({
  app,
  host,
  api,
}) => {
  const s = await seed(api)
  const trip = new TripPage(app)
  await trip.open(host.url, s.trip.id, 'itinerary')
  const page: Page = app

  await expect(page.getByTestId('day-title-1')).toHaveValue('上海 → 东京')
  await trip.openAddItem(2)
  await trip.choose('item-kind', '购物点')
  await expect(page.getByTestId('item-contract-box')).toBeVisible()
  await page.getByTestId('item-time').fill('10:30')
  await page.getByTestId('item-title').fill('参观免税店')
  await trip.saveItem()
  await expect(page.getByTestId('item-error')).toBeVisible()
  await expect(page.getByTestId('item-shop-name').locator('xpath=../..')).toContainText('必填')
  await trip.screenshot('trip-item-dialog-zh', { fullPage: false })
  await page.getByTestId('item-shop-name').fill('LAOX 银座本店')
  await page.getByTestId('item-shop-goods').fill('电器、化妆品、药妆')
  await page.getByTestId('item-shop-minutes').fill('60')
  await trip.saveItem()
  await expect(page.getByTestId('item-dialog')).toBeHidden()
  const shop = page.locator('[data-kind="shopping"]')
  await expect(shop).toContainText('LAOX 银座本店')
  await expect(shop).toContainText('停留不超过 60 分钟')
  await expect(page.locator('[data-kind="self_paid"]')).toContainText('¥280.00')

  const before = await trip.dayItemIds(2)
  expect(before.slice(0, 3)).toEqual(s.day2)
  const shopId = before[3]
  // the shopping stop (last) moves up twice with Alt+↑, ahead of the evening self-paid item and the free time
  await trip.item(shopId).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect.poll(() => trip.dayItemIds(2)).toEqual([s.day2[0], s.day2[1], shopId, s.day2[2]])
  await expect(trip.item(shopId)).toBeFocused()
  await page.keyboard.press('Alt+ArrowUp')
  await expect.poll(() => trip.dayItemIds(2)).toEqual([s.day2[0], shopId, s.day2[1], s.day2[2]])
  // what main stored, not just what the screen shows
  await reloadSignedIn(page)
  await expect.poll(() => trip.dayItemIds(2)).toEqual([s.day2[0], shopId, s.day2[1], s.day2[2]])

  // drag and drop: the free time in Ginza moves to the empty day 3; the tower view is copied to day 4
  await trip.item(s.day2[1]).dragTo(page.getByTestId('day-drop-3'))
  await expect.poll(() => trip.dayItemIds(3)).toEqual([s.day2[1]])
  await expect.poll(() => trip.dayItemIds(2)).toEqual([s.day2[0], shopId, s.day2[2]])
  await page.getByTestId(`item-copy-${s.day2[2]}`).click()
  await page.getByTestId('item-copy-day-4').click()
  await expect(page.getByTestId('day-4').locator('[data-kind="self_paid"]')).toContainText('东京塔夜景观光')
})

test('participants: a family in one step, a neighbour on her own, rooms with the roommate set on both sides', async ({
  app,
  host,
  api,
}) => {
  const s = await seed(api)
  const trip = new TripPage(app)
  await trip.open(host.url, s.trip.id, 'participants')
  const page: Page = app

  await trip.pickCustomer('zhangw', s.zhang.id)
  const companions = page.getByTestId('companions-list')
  await expect(companions).toContainText('李娜')
  await expect(companions).toContainText('张小明')
  await expect(page.getByTestId(`companion-${s.li.id}`).locator('input')).toBeChecked()
  await expect(page.getByTestId(`companion-${s.kid.id}`).locator('input')).toBeChecked()
  await trip.screenshot('trip-companions-zh', { fullPage: false })
  await page.getByTestId('companions-add').click()
  await expect(page.getByTestId('participant-table').locator('tbody tr')).toHaveCount(3)
  await trip.pickCustomer('wf', s.wang.id)
  await expect(page.getByTestId('participant-table').locator('tbody tr')).toHaveCount(4)
  await expect(page.getByTestId('participants-total')).toContainText('共 4 / 20 人')

  const detail = await api<{ participants: { id: number; customer: { id: number } }[] }>('trips.get', {
    id: s.trip.id,
  })
  const pid = (customerId: number) => detail.participants.find((p) => p.customer.id === customerId)!.id
  const [pZhang, pLi, pKid, pWang] = [pid(s.zhang.id), pid(s.li.id), pid(s.kid.id), pid(s.wang.id)]
  await expect(page.getByTestId(`participant-needs-${pLi}`)).toContainText('素食')
  await expect(page.getByTestId(`participant-needs-${pLi}`)).toContainText('过敏：海鲜')

  // rooms: 张伟 with 李娜 in 801 (her side set at the same time), the boy without a bed, 王芳 single
  await trip.openParticipant(pZhang)
  await page.getByTestId('participant-contract').fill('HT-2026-0815')
  await page.getByTestId('participant-room').fill('801')
  await trip.choose('participant-roommate', /李娜/)
  await expect(page.getByTestId('participant-sync').locator('input')).toBeChecked()
  await page.getByTestId('participant-representative').click()
  await trip.screenshot('trip-participant-dialog-zh', { fullPage: false })
  await trip.saveParticipant()
  await expect(page.getByTestId(`participant-room-${pZhang}`)).toContainText('与李娜同住')
  await expect(page.getByTestId(`participant-room-${pLi}`)).toContainText('801')
  await expect(page.getByTestId(`participant-room-${pLi}`)).toContainText('与张伟同住')

  await trip.openParticipant(pKid)
  await trip.choose('participant-price-type', '儿童不占床')
  await page.getByTestId('participant-room').fill('801')
  await trip.saveParticipant()
  await expect(page.getByTestId(`participant-room-${pKid}`)).toContainText('不占床')

  await trip.openParticipant(pWang)
  await page.getByTestId('participant-room').fill('802')
  await page.getByTestId('participant-single').click()
  await page.getByTestId('participant-seat').fill('3A')
  await trip.saveParticipant()
  await expect(page.getByTestId('participants-by-type')).toContainText('成人 3 · 儿童不占床 1')

  await page.getByTestId('participants-view-rooms').click()
  await expect(page.getByTestId('board-room-801')).toContainText('张伟')
  await expect(page.getByTestId('board-room-801')).toContainText('李娜')
  await expect(page.getByTestId('board-room-801')).toContainText('张小明')
  await expect(page.getByTestId('board-room-802')).toContainText('王芳')
  await trip.screenshot('trip-rooming-zh')
})

test('a guide double-booked on another tour is caught by the checks, in plain words, with ways to fix it', async ({
  app,
  host,
  api,
}) => {
  const s = await seed(api)
  const { pWang } = await seatTravellers(api, s)
  const trip = new TripPage(app)
  await trip.open(host.url, s.trip.id, 'assignments')
  const page: Page = app

  // ---- guides and suppliers: the leader who is already on the Osaka tour ----
  await trip.assignGuide('领队', 'chenj', s.guide.id)
  await expect(page.getByTestId('guides-section')).toContainText('陈静')
  await expect(page.locator('[data-testid^="trip-guide-warning-"]')).toContainText('TD-')
  await trip.addBooking('新宿华盛顿酒店', /^D1/, 'WH-20260815-88', true)
  await expect(page.getByTestId('booking-table')).toContainText('WH-20260815-88')

  // ---- checks: the double booking, in plain words, with a way to the other trip ----
  await trip.tab('checks')
  const overlap = page.getByTestId('check-guide_overlap')
  await expect(overlap).toBeVisible()
  await expect(overlap).toContainText('陈静')
  await expect(page.getByTestId('check-passport_validity')).toContainText('王芳')

  await shots(trip, 'zh')
  await new AuthPage(app).switchLanguage('English')
  await expect(page.getByTestId('check-guide_overlap')).toContainText('Guide 陈静 is also on')
  await shots(trip, 'en')

  // a document problem leads to the participant's row
  await trip.tab('checks')
  await page.getByTestId('check-passport_validity').getByTestId('check-action-participant').click()
  await expect(page.getByTestId('trip-tab-participants')).toHaveAttribute('aria-selected', 'true')
  await expect(trip.participantRow(pWang)).toBeInViewport()
  await expect(trip.participantRow(pWang)).toHaveAttribute('data-highlight', 'true')

  // the overlap links to the other trip
  await trip.tab('checks')
  await page.getByTestId('check-guide_overlap').getByTestId('check-action-trip').click()
  await expect(page).toHaveURL(new RegExp(`#/trips/${s.other.id}$`))
})

test('a clean trip says so; an edit over someone else’s change is refused with a way to reload', async ({
  app,
  host,
  api: call,
}) => {
  const zhao = await call('customers.create', {
    name: '赵敏',
    gender: 'female',
    birth: { calendar: 'solar', date: '1990-02-14' },
    documents: [passport('E30001234', 3000)],
  })
  const trip = await call('trips.create', {
    routeName: '桂林山水 4 日游',
    destination: '桂林 阳朔',
    kind: 'domestic',
    departDate: inDays(60),
    returnDate: inDays(63),
  })
  const { ids } = await call<{ ids: number[] }>('trips.addParticipants', {
    tripId: trip.id,
    customerIds: [zhao.id],
  })
  const page = new TripPage(app)
  await page.open(host.url, trip.id, 'checks')
  await expect(app.getByTestId('checks-ok')).toBeVisible()
  await page.screenshot('trip-checks-ok-zh')

  await page.tab('participants')
  await page.openParticipant(ids[0])
  await app.getByTestId('participant-seat').fill('5C')
  // meanwhile a colleague at another desk saves the same participant
  const colleague = await otherDesk(host)
  await colleague('trips.updateParticipant', { id: ids[0], version: 1, contractNo: 'HT-2026-0001' })
  await app.getByTestId('participant-save').click()
  await expect(app.getByTestId('participant-error')).toContainText('已被他人修改')
  await app.getByTestId('participant-reload').click()
  await expect(app.getByTestId('participant-dialog')).toBeHidden()
  await expect(page.participantRow(ids[0])).toContainText('HT-2026-0001')
  await page.openParticipant(ids[0])
  await app.getByTestId('participant-seat').fill('5C')
  await page.saveParticipant()
  await expect(page.participantRow(ids[0])).toContainText('5C')
  await expect(page.participantRow(ids[0])).toContainText('HT-2026-0001')
})
