import { expect, test } from './fixtures'
import type { Api } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { inDays } from './fixed-clock'
import { call, TripsPage } from './pages/trips.page'

/** A few weeks of a real desk: guides, customers and trips in every stage. */
async function seedDesk(api: Api) {
  const guide = async (name: string, roles: string[]) =>
    (await api<{ id: number }>('guides.create', { name, roles, mobile: '13900001111' })).id
  const li = await guide('李明', ['local_guide', 'national_escort'])
  const zhao = await guide('赵雪', ['tour_leader'])
  const customers: number[] = []
  for (const name of ['张秀英', '王建国', '刘洋', '陈静', '杨帆', '黄磊', '周婷', '吴昊']) {
    customers.push((await api<{ id: number }>('customers.create', { name, gender: 'unknown' })).id)
  }
  const seed = async (
    routeName: string,
    destination: string,
    kind: 'domestic' | 'outbound' | 'hmt',
    from: number,
    days: number,
    statuses: string[],
    extra: { people?: number; guideId?: number; minSize?: number; capacity?: number } = {},
  ) => {
    const { id } = await api('trips.create', {
      kind,
      routeName,
      destination,
      departDate: inDays(from),
      returnDate: inDays(from + days - 1),
      minSize: extra.minSize ?? 10,
      capacity: extra.capacity ?? 30,
      prices: { adult: 3980, childBed: 3280, childNoBed: 2680, infant: 500, singleSupplement: 800 },
      meetingPoint: '人民广场地铁站 1 号口',
      meetingTime: '07:30',
    })
    for (const status of statuses) {
      const { version } = await api<{ version: number }>('trips.get', { id })
      // seeded as a desk that confirmed with a reason (the guardrails list the small head count)
      await api('trips.setStatus', { id, version, status, confirmAnyway: '老客户包团' })
    }
    if (extra.people) {
      await api('trips.addParticipants', {
        tripId: id,
        customerIds: customers.slice(0, extra.people),
      })
    }
    if (extra.guideId)
      await api('trips.assignGuide', { tripId: id, guideId: extra.guideId, role: 'local_guide' })
    return id
  }
  const yunnan = await seed('云南昆明大理丽江六日游', '云南', 'domestic', 6, 6, ['quoted', 'confirmed'], {
    people: 8,
    guideId: li,
  })
  await seed('日本东京大阪七日游', '日本', 'outbound', 12, 7, ['quoted'], { people: 3, guideId: zhao })
  await seed('香港澳门四日游', '香港、澳门', 'hmt', -2, 4, ['confirmed'], { people: 6 })
  await seed('杭州乌镇三日游', '浙江', 'domestic', -9, 3, ['confirmed', 'departed'], {
    people: 5,
    guideId: li,
  })
  await seed('北京故宫长城五日游', '北京', 'domestic', 18, 5, [], { minSize: 16 })
  await seed('海南三亚五日游', '海南', 'domestic', 2, 5, ['cancelled'])
  for (let day = 1; day <= 3; day++) {
    await api('trips.addItem', {
      tripId: yunnan,
      dayNo: day,
      item: { kind: 'sight', time: '09:00', title: ['石林', '大理古城', '玉龙雪山'][day - 1] },
    })
  }
  await api('routes.saveFromTrip', { tripId: yunnan, name: '云南经典六日' })
  return { yunnan }
}

test('trip screens look right in Chinese and English', async ({ app, host, api }) => {
  const auth = new AuthPage(app)
  const trips = new TripsPage(app)
  const { yunnan } = await seedDesk(api)
  const code = (await trips.getTrip(yunnan)).code as string

  for (const lang of ['zh', 'en'] as const) {
    if (lang === 'en') await auth.switchLanguage('English')
    await trips.openList()
    await expect(trips.rows).toHaveCount(6)
    await expect(trips.row(code)).toBeVisible()
    await trips.snap(`trips-list-${lang}`)

    await app.getByTestId('trip-view-calendar').click()
    await expect(app.getByTestId(`cal-depart-${yunnan}`)).toBeVisible()
    await trips.snap(`trips-calendar-${lang}`)

    await app.getByTestId('trip-new').click()
    await trips.field('departDate').fill(inDays(30))
    await trips.choose('trip-field-template', /云南经典六日/)
    await expect(trips.field('returnDate')).toHaveValue(inDays(35))
    await trips
      .field('meetingPoint')
      .fill(lang === 'zh' ? '人民广场地铁站 1 号口' : "People's Square, exit 1")
    await trips.field('minSize').fill('10')
    await trips.field('capacity').fill('30')
    await trips.field('price-adult').fill('3980')
    await trips.field('price-singleSupplement').fill('800')
    await expect(app.getByTestId('trip-code-help')).toContainText(/TD-\d{8}-\d{2}/)
    await trips.snap(`trip-form-${lang}`)

    await trips.openTrip(host.url, yunnan)
    await expect(app.getByTestId('trip-checks-badge')).toBeVisible()
    await trips.snap(`trip-page-${lang}`)
    await app.getByTestId('trip-checks-badge').click()
    await expect(app.getByTestId('trip-tab-checks')).toHaveAttribute('aria-selected', 'true')
    await expect(app).toHaveURL(/\?tab=checks$/)
  }
})

test('create a trip through the form: generated 团号, bad dates refused, found in list and calendar', async ({
  app,
}) => {
  const trips = new TripsPage(app)
  await trips.openList()
  await expect(app.getByTestId('trip-empty')).toBeVisible()
  await app.getByTestId('trip-new').click()

  await trips.field('routeName').fill('云南昆明大理丽江六日游')
  await trips.field('destination').fill('云南')
  const depart = inDays(10)
  await trips.field('departDate').fill(depart)
  await expect(app.getByTestId('trip-code-help')).toContainText(`TD-${depart.replaceAll('-', '')}-01`)
  const code = `TD-${depart.replaceAll('-', '')}-01`

  // return before departure: refused by the API, the message sits under the return date
  await trips.field('returnDate').fill(inDays(7))
  await app.getByTestId('trip-save').click()
  await expect(app.getByTestId('form-error')).toBeVisible()
  await expect(app.getByTestId('trip-returnDate-help')).toHaveText('回团日期不能早于出发日期')

  await trips.field('returnDate').fill(inDays(15))
  await expect(app.getByTestId('trip-returnDate-help')).toHaveText('共 6 天')
  await trips.choose('trip-field-kind', '国内游')
  await trips.field('meetingPoint').fill('人民广场地铁站 1 号口')
  await trips.field('meetingTime').fill('07:30')
  await trips.field('minSize').fill('10')
  await trips.field('capacity').fill('30')
  await trips.field('price-adult').fill('3980')
  await trips.field('price-singleSupplement').fill('800')
  await app.getByTestId('trip-save').click()

  await expect(app).toHaveURL(/#\/trips\/\d+$/)
  await expect(app.getByTestId('trip-code')).toHaveText(code)
  await expect(app.getByTestId('trip-status')).toHaveText('咨询')
  await expect(app.getByTestId('overview-price-adult')).toContainText('3,980.00')
  await expect(app.getByTestId('overview-meeting-time')).toHaveText('07:30')

  // the list: search by 团号, Enter opens
  await trips.openList()
  await expect(trips.row(code)).toBeVisible()
  await expect(trips.row(code).getByTestId('trip-row-size')).toContainText('0 / 30')
  await app.getByTestId('trip-search').fill(code.slice(-6))
  await expect(trips.rows).toHaveCount(1)
  await app.getByTestId('trip-search').press('Enter')
  await expect(app.getByTestId('trip-code')).toHaveText(code)
  const id = Number(new URL(app.url()).hash.match(/\/trips\/(\d+)/)![1])

  // the calendar: ▲ on the departure day, ▼ on the return day; a click opens the trip
  await trips.openList()
  await app.getByTestId('trip-view-calendar').click()
  // today is 25 November: the trip (5–10 December) is on next month's page
  await app.getByTestId('cal-next').click()
  await expect(app.getByTestId(`cal-day-${depart}`).getByTestId(`cal-depart-${id}`)).toContainText(
    `▲ ${code}`,
  )
  const ret = inDays(15)
  await expect(app.getByTestId(`cal-day-${ret}`).getByTestId(`cal-return-${id}`)).toContainText(`▼ ${code}`)
  await app.getByTestId(`cal-depart-${id}`).click()
  await expect(app.getByTestId('trip-code')).toHaveText(code)
})

test('status changes only after confirmation; a passed departure date is suggested, never applied', async ({
  app,
  host,
}) => {
  const trips = new TripsPage(app)
  const id = await trips.createTrip({
    routeName: '香港澳门四日游',
    destination: '香港、澳门',
    kind: 'hmt',
    departDate: inDays(-2),
    returnDate: inDays(1),
  })
  const code = (await trips.getTrip(id)).code as string

  // change status from the menu: only allowed moves, and a confirmation first
  await trips.openTrip(host.url, id)
  await app.getByTestId('trip-status-menu').click()
  await expect(app.getByTestId('trip-status-to-quoted')).toBeVisible()
  await expect(app.getByTestId('trip-status-to-departed')).toHaveCount(0)
  await app.getByTestId('trip-status-to-confirmed').click()
  await expect(app.getByTestId('status-dialog')).toBeVisible()
  await app.getByTestId('status-cancel').click()
  await expect(app.getByTestId('trip-status')).toHaveText('咨询')
  await app.getByTestId('trip-status-menu').click()
  await app.getByTestId('trip-status-to-confirmed').click()
  await app.getByTestId('status-confirm').click()
  await expect(app.getByTestId('trip-status')).toHaveText('已成团')

  // departure date passed: the list suggests, asks, and cancelling changes nothing
  await trips.openList()
  const row = trips.row(code)
  await expect(row.getByTestId('trip-row-suggest')).toHaveText('建议：标记为已出团')
  await row.getByTestId('trip-row-suggest').click()
  await expect(app.getByTestId('status-dialog-to')).toHaveText('出团中')
  await app.getByTestId('status-cancel').click()
  await expect(row.getByTestId('trip-row-status')).toHaveText('已成团')

  // the trip page shows the suggestion as a banner; confirming moves it on and records who
  await trips.openTrip(host.url, id)
  await expect(app.getByTestId('trip-suggest-banner')).toBeVisible()
  await expect(app.getByTestId('trip-status')).toHaveText('已成团')
  await trips.snap('trip-page-suggest-zh')
  await app.getByTestId('trip-suggest-confirm').click()
  await app.getByTestId('status-confirm').click()
  await expect(app.getByTestId('trip-status')).toHaveText('出团中')
  await expect(app.getByTestId('trip-suggest-banner')).toHaveCount(0)
  await app.getByTestId('trip-tab-history').click()
  await expect(app.getByTestId('trip-history-row').first()).toContainText('出团中')
  await expect(app.getByTestId('trip-history-row').first()).toContainText('王丽')
  await app.getByTestId('trip-status-menu').click()
  await expect(app.getByRole('menuitem')).toHaveCount(1)
  await expect(app.getByTestId('trip-status-to-returned')).toBeVisible()
})

test('save an itinerary as a route, start a new trip from it with shifted dates, shorten with consent', async ({
  app,
  host,
}) => {
  const trips = new TripsPage(app)
  const source = await trips.createTrip({
    routeName: '云南昆明大理丽江六日游',
    destination: '云南',
    departDate: inDays(5),
    returnDate: inDays(10),
  })
  const titles = ['石林', '大理古城', '洱海', '丽江古城', '玉龙雪山', '返程']
  for (let day = 1; day <= 6; day++) {
    await call(app, 'trips', 'addItem', {
      tripId: source,
      dayNo: day,
      item: { kind: 'sight', time: '09:00', title: titles[day - 1] },
    })
  }
  await trips.openTrip(host.url, source)
  await app.getByTestId('trip-save-route').click()
  await app.getByTestId('save-route-name').fill('云南经典六日')
  await app.getByTestId('save-route-submit').click()
  await expect(app.getByTestId('trip-snack')).toContainText('云南经典六日')

  // new trip from the template: its fields fill in and the return date follows the template's length
  await app.goto(`${host.url}#/trips/new`)
  const depart = inDays(40)
  await trips.field('departDate').fill(depart)
  await trips.choose('trip-field-template', /云南经典六日/)
  await expect(trips.field('routeName')).toHaveValue('云南经典六日')
  await expect(trips.field('destination')).toHaveValue('云南')
  await expect(trips.field('returnDate')).toHaveValue(inDays(45))
  await app.getByTestId('trip-save').click()
  await expect(app).toHaveURL(/#\/trips\/\d+$/)
  const id = Number(new URL(app.url()).hash.match(/\/trips\/(\d+)/)![1])
  const trip = await trips.getTrip(id)
  expect(trip.days).toHaveLength(6)
  expect(trip.days[0].date).toBe(depart)
  expect(trip.days.map((d: any) => d.items[0]?.title)).toEqual(titles)

  // shortening the dates asks before the last days' plans go
  await app.getByTestId('trip-edit').click()
  await trips.field('returnDate').fill(inDays(43))
  await app.getByTestId('trip-save').click()
  await expect(app.getByTestId('drop-days-text')).toHaveText('这将删除第 5 天及之后的行程安排。')
  await expect(app.getByTestId('drop-days-which')).toContainText('5、6')
  await app.getByTestId('drop-days-cancel').click()
  expect((await trips.getTrip(id)).days).toHaveLength(6)
  await app.getByTestId('trip-save').click()
  await app.getByTestId('drop-days-confirm').click()
  await expect(app).toHaveURL(/#\/trips\/\d+$/)
  expect((await trips.getTrip(id)).days).toHaveLength(4)
})
