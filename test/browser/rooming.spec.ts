import { expect, shot, test } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { seedJapanTour as seed } from './pages/japan-tour.seed'
import { ResourcesPage } from './pages/resources.page'
import { RoomingPage } from './pages/rooming.page'
import { TripPage } from './pages/trip-page.page'

test('the rooming board: drag one traveller, move one by keyboard, one room per family, 单房差 for the one alone', async ({
  app,
  host,
  api,
}) => {
  await app.setViewportSize({ width: 1366, height: 768 })
  const s = await seed(api)
  const { ids } = await api<{ ids: number[] }>('trips.addParticipants', {
    tripId: s.trip.id,
    customerIds: [s.zhang.id, s.li.id, s.kid.id, s.wang.id],
  })
  const [pZhang, pLi, pKid, pWang] = ids
  await api('rooms.create', { tripId: s.trip.id, label: '801', kind: 'twin' })
  const trip = new TripPage(app)
  const board = new RoomingPage(app)
  await trip.open(host.url, s.trip.id, 'participants')
  await board.show()

  await board.drag(pZhang, '801')
  await board.moveByKeyboard(pLi, '801')
  // said to a screen reader, not only shown
  await expect(app.getByTestId('board-announce')).toHaveText('李娜 已移到 801 号房')
  await expect(board.room('801')).toContainText('2/2 床')
  // a twin with two in it: the menu offers it no more
  await board.person(pWang).click()
  await expect(app.getByTestId('board-menu-room-801')).toHaveAttribute('aria-disabled', 'true')
  await app.keyboard.press('Escape')

  // the family (spouse and son in the customer files) into one room of their size; 801 was theirs
  await app.getByTestId('board-family-rooms').click()
  await expect(board.room('1')).toContainText('三人间 · 3/3 床')
  for (const id of [pZhang, pLi, pKid])
    await expect(board.room('1').getByTestId(`board-person-${id}`)).toBeVisible()
  await expect(board.room('801')).toHaveCount(0)

  await board.addRoom('802', /单人间/)
  await board.drag(pWang, '802')
  await expect(app.getByTestId('board-unplaced')).toContainText('全部团员都已分房')
  await expect(app.getByTestId('board-single-802')).toBeVisible()
  await trip.screenshot('rooming-board-zh')
  await app.setViewportSize({ width: 1093, height: 614 })
  await trip.screenshot('rooming-board-zh-1093')
  await new AuthPage(app).switchLanguage('English')
  await expect(board.room('1')).toContainText('Triple · 3/3 beds')
  await trip.screenshot('rooming-board-en-1093')
  await app.setViewportSize({ width: 1366, height: 768 })
  await trip.screenshot('rooming-board-en')
  // the 单房差 hint leads to the money tab, where it is charged
  await app.getByTestId('board-single-802').click()
  await expect(app.getByTestId('trip-tab-money')).toHaveAttribute('aria-selected', 'true')
})

test('the printed rooming list follows the rooms: number, type, guests', async ({ app, host, api }) => {
  const s = await seed(api)
  const { ids } = await api<{ ids: number[] }>('trips.addParticipants', {
    tripId: s.trip.id,
    customerIds: [s.zhang.id, s.li.id, s.kid.id, s.wang.id],
  })
  await api('rooms.familyRooms', { tripId: s.trip.id })
  const single = await api('rooms.create', { tripId: s.trip.id, label: '1208', kind: 'single' })
  await api('rooms.move', { participantId: ids[3], version: 1, roomId: single.id })
  const res = new ResourcesPage(app)
  await res.openPrint(`${host.url}#/print/trip/${s.trip.id}/manifest`)
  await expect(app.getByTestId('print-room')).toHaveCount(2)
  const zh = (await res.printToPdf('rooming-zh', { images: true })).raw.replace(/\s+/g, '')
  const rooming = zh.slice(zh.lastIndexOf('分房表'))
  expect(rooming).toContain('1三人间（3床）')
  expect(rooming).toContain('1208单人间（1床）')
  expect(rooming.indexOf('张伟')).toBeLessThan(rooming.indexOf('王芳'))
  expect(rooming).toContain('共2间房，4人')
  await shot(app, 'print-rooming-zh')

  await app.goto(host.url)
  await new AuthPage(app).switchLanguage('English')
  await res.openPrint(`${host.url}#/print/trip/${s.trip.id}/manifest`)
  const en = (await res.printToPdf('rooming-en', { images: true })).raw
  expect(en).toContain('Triple, 3-bed')
  expect(en).toContain('Single, 1-bed')
})
