import { test, expect, shot } from './fixtures'
import type { Api } from './fixtures'
import { AuthPage } from './pages/auth.page'

/*
 * Facts a clerk reads off a customer file: a lunar birthday as people say it (list and profile), and a
 * delete confirmation that names the trips the customer is on. The host's clock is fixed at
 * 2026-11-25 10:00 Beijing time, so every date below is known in advance.
 */
// room for a loaded 2-core machine (several agents share it); nothing here waits a fixed time
test.describe.configure({ timeout: 240_000 })

async function seed(api: Api) {
  const grandma = await api<{ id: number }>('customers.create', {
    name: '王秀英',
    gender: 'female',
    birth: { calendar: 'lunar', year: 1950, month: 8, day: 15, leap: false },
  })
  await api('customers.create', {
    name: '李桂兰',
    birth: { calendar: 'lunar', year: null, month: 4, day: 8, leap: true },
  })
  const traveller = await api<{ id: number }>('customers.create', { name: '欧阳娜娜' })
  const past = await api<{ id: number }>('trips.create', {
    routeName: '桂林山水四日游',
    destination: '桂林',
    kind: 'domestic',
    departDate: '2026-10-01',
    returnDate: '2026-10-04',
  })
  const ahead = await api<{ id: number }>('trips.create', {
    routeName: '云南昆明大理六日游',
    destination: '云南',
    kind: 'domestic',
    departDate: '2026-12-03',
    returnDate: '2026-12-08',
  })
  await api('trips.addParticipants', { tripId: past.id, customerIds: [traveller.id, grandma.id] })
  const onAhead = await api<{ ids: number[] }>('trips.addParticipants', {
    tripId: ahead.id,
    customerIds: [traveller.id],
  })
  return {
    grandma: grandma.id,
    traveller: traveller.id,
    past: past.id,
    ahead: ahead.id,
    onAhead: onAhead.ids[0],
  }
}

test('lunar birthdays read as lunar dates with the next solar date beside them, in both languages', async ({
  app,
  host,
  api,
}) => {
  const auth = new AuthPage(app)
  const s = await seed(api)

  await app.goto(`${host.url}#/customers`)
  const row = (name: string) => app.getByRole('row').filter({ hasText: name })
  // 八月十五 2026 (9/25) is past on 11-25: the next one is 2027-09-15
  await expect(row('王秀英').getByTestId('customer-birthday')).toHaveText('农历八月十五（公历 9/15）')
  await expect(row('李桂兰').getByTestId('customer-birthday')).toContainText('农历闰四月初八（公历')
  await shot(app, 'customer-facts-list-zh')

  await app.goto(`${host.url}#/customers/${s.grandma}`)
  await expect(app.getByTestId('profile-birthday')).toContainText('1950年 农历八月十五 · 下次生日 2027/09/15')
  await shot(app, 'customer-facts-profile-zh')

  await auth.switchLanguage('English')
  await expect(app.getByTestId('profile-birthday')).toContainText(
    'Lunar 8/15 (born 1950) · Next birthday 15/09/2027',
  )
  await shot(app, 'customer-facts-profile-en')
  await app.goto(`${host.url}#/customers`)
  await expect(row('王秀英').getByTestId('customer-birthday')).toHaveText('Lunar 8/15 (next: Sep 15)')
  await shot(app, 'customer-facts-list-en')
})

test('the delete confirmation names the trips; an unended trip blocks it until the customer is taken off', async ({
  app,
  host,
  api,
}) => {
  const auth = new AuthPage(app)
  const s = await seed(api)

  await app.goto(`${host.url}#/customers/${s.traveller}`)
  await app.getByTestId('profile-delete').click()
  const blocked = app.getByTestId('delete-blocked')
  await expect(blocked).toContainText('仍在以下 1 个未结束的团上')
  await expect(blocked).toContainText('云南昆明大理六日游')
  await expect(blocked).toContainText('2026/12/03')
  await expect(app.getByTestId('delete-past-trips')).toContainText('桂林山水四日游')
  await expect(app.getByTestId('confirm-delete')).toBeDisabled()
  await shot(app, 'customer-facts-delete-blocked-zh')
  await app.getByTestId('confirm-cancel').click()

  await auth.switchLanguage('English')
  await app.getByTestId('profile-delete').click()
  await expect(app.getByTestId('delete-blocked')).toContainText('Still on trips that have not ended (1)')
  await shot(app, 'customer-facts-delete-blocked-en')
  await app.getByTestId('confirm-cancel').click()

  // taken off the coming trip: the dialog (refreshed by the data.changed event) now allows the deletion
  await api('trips.removeParticipant', { id: s.onAhead })
  await app.getByTestId('profile-delete').click()
  await expect(app.getByTestId('delete-blocked')).toHaveCount(0)
  await expect(app.getByTestId('delete-past-trips')).toContainText('Ended trips (1)')
  await shot(app, 'customer-facts-delete-allowed-en')
  await app.getByTestId('confirm-cancel').click()
  await auth.switchLanguage('简体中文')
  await app.getByTestId('profile-delete').click()
  await expect(app.getByTestId('delete-past-trips')).toContainText('已结束的团')
  await shot(app, 'customer-facts-delete-allowed-zh')
  await app.getByTestId('confirm-delete').click()
  await expect(app).toHaveURL(/#\/customers$/)

  // the past trip keeps the place without the name, on the page, in its history and on the manifest
  await app.goto(`${host.url}#/trips/${s.past}?tab=participants`)
  await expect(app.getByText('已删除的旅客')).toBeVisible()
  await expect(app.getByText('王秀英')).toBeVisible()
  await expect(app.getByText('欧阳娜娜')).toHaveCount(0)
  await shot(app, 'customer-facts-trip-deleted-traveller-zh')
  await app.getByTestId('trip-tab-history').click()
  const history = app.getByTestId('trip-history-row')
  await expect(history.filter({ hasText: '一位旅客的个人信息已删除' })).toHaveCount(1)
  await expect(history.filter({ hasText: '已删除的旅客 已从本团移出' })).toHaveCount(0)
  await shot(app, 'customer-facts-trip-history-zh')
  await app.goto(`${host.url}#/trips/${s.ahead}?tab=history`)
  // taken off before the deletion: recorded by name, which went with the file
  await expect(
    app.getByTestId('trip-history-row').filter({ hasText: '已删除的旅客 已从本团移出' }),
  ).toHaveCount(1)
  await app.goto(`${host.url}#/print/trip/${s.past}/manifest`)
  await expect(app.getByTestId('print-root')).toHaveAttribute('data-print-ready', 'true')
  const rows = app.getByTestId('print-participant')
  await expect(rows).toHaveCount(2)
  await expect(rows.first()).toContainText('已删除的旅客')
  await expect(app.getByTestId('print-manifest')).not.toContainText('欧阳娜娜')
  await shot(app, 'customer-facts-manifest-deleted-zh')
})
