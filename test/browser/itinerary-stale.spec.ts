import { expect, otherDesk, test } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { TripPage } from './pages/trip-page.page'

test('an itinerary item or day title saved elsewhere meanwhile: the save is refused, the latest loads on request', async ({
  app,
  host,
}) => {
  // several saves, reloads and a language switch through the UI: room for a loaded machine
  test.slow()
  const auth = new AuthPage(app)
  const elsewhere = await otherDesk(host)
  // dates are fixed: nothing here depends on today
  const trip = await elsewhere('trips.create', {
    routeName: '云南六日游',
    destination: '昆明',
    kind: 'domestic',
    departDate: '2027-03-01',
    returnDate: '2027-03-06',
  })
  await elsewhere('trips.setDayTitle', { tripId: trip.id, dayNo: 1, version: 0, title: '抵达昆明' })
  const item = await elsewhere('trips.addItem', {
    tripId: trip.id,
    dayNo: 1,
    item: { kind: 'sight', title: '石林' },
  })
  const page = new TripPage(app)
  await page.open(host.url, trip.id, 'itinerary')
  await expect(page.item(item.id)).toContainText('石林')

  // the item dialog is open while another desk saves the same item
  const editItem = async (mine: string, theirs: string, version: number) => {
    await app.getByTestId(`item-edit-${item.id}`).click()
    await app.getByTestId('item-title').fill(mine)
    await elsewhere('trips.updateItem', { id: item.id, version, item: { kind: 'sight', title: theirs } })
    await page.saveItem()
  }
  await editItem('石林风景区', '大石林', 1)
  await expect(app.getByTestId('item-error')).toContainText('已被他人修改')
  await page.screenshot('itinerary-item-stale-zh', { fullPage: false })
  await app.getByTestId('item-reload').click()
  await expect(app.getByTestId('item-dialog')).toBeHidden()
  await expect(app.getByTestId(`item-title-${item.id}`)).toHaveText('大石林')

  // the day title field was loaded before another desk retitled the day
  const day1 = app.getByTestId('day-title-1')
  const retitle = async (mine: string, theirs: string, version: number) => {
    await day1.fill(mine)
    // the other window's save reaches this one while the clerk is typing: their draft stays
    await elsewhere('trips.setDayTitle', { tripId: trip.id, dayNo: 1, version, title: theirs })
    await expect(day1).toHaveValue(mine)
    await day1.press('Enter')
  }
  await retitle('昆明', '抵达昆明 · 入住翠湖宾馆', 1)
  await expect(app.getByTestId('day-1')).toContainText('已被他人修改')
  await page.screenshot('itinerary-day-title-stale-zh', { fullPage: false })
  await app.getByTestId('day-title-reload-1').click()
  await expect(day1).toHaveValue('抵达昆明 · 入住翠湖宾馆')
  await expect(app.getByTestId('day-title-reload-1')).toHaveCount(0)
  // the reloaded field saves normally
  await day1.fill('抵达昆明')
  await day1.press('Enter')
  await expect(day1).toHaveValue('抵达昆明')
  await expect(app.getByTestId('day-1')).not.toContainText('已被他人修改')
  expect(
    (await elsewhere<{ days: { title: string | null }[] }>('trips.get', { id: trip.id })).days[0].title,
  ).toBe('抵达昆明')

  await auth.switchLanguage('English')
  await editItem('Stone Forest', '石林（大小石林）', 2)
  await expect(app.getByTestId('item-error')).toContainText('Someone else changed this record')
  await page.screenshot('itinerary-item-stale-en', { fullPage: false })
  await app.getByTestId('item-reload').click()
  await expect(app.getByTestId(`item-title-${item.id}`)).toHaveText('石林（大小石林）')
  await retitle('Kunming', '抵达昆明（晚到）', 3)
  await expect(app.getByTestId('day-1')).toContainText('Someone else changed this record')
  await page.screenshot('itinerary-day-title-stale-en', { fullPage: false })
  await app.getByTestId('day-title-reload-1').click()
  await expect(day1).toHaveValue('抵达昆明（晚到）')
})
