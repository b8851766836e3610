import type { Page } from '@playwright/test'
import type { Api } from './fixtures'
import { expect, shot, signInAs, test } from './fixtures'
import { inDays } from './fixed-clock'
import { AuthPage } from './pages/auth.page'
import { HomePage } from './pages/home.page'

/*
 * 今日工作台 at the fixed instant (Wednesday 2026-11-25, 10:00 in Beijing). Everything is seeded
 * through the host's dispatch as the signed-in administrator 王丽, who therefore owns the trips
 * (the day-after-return call goes to the trip's owner) and is "me" on the home screen.
 */

/** Moves a trip along its pipeline to `to` through the same calls the status menu makes. */
async function moveTrip(call: Api, id: number, path: string[]) {
  for (const status of path) {
    const { version } = await call<{ version: number }>('trips.get', { id })
    // the seeded travellers carry no documents: confirmed past the guardrails with a reason
    await call('trips.setStatus', { id, version, status, confirmAnyway: '证件后补' })
  }
}

async function seedDay(call: Api) {
  const zhang = await call('customers.create', {
    name: '张伟',
    mobile: '13912345678',
    marketingConsent: true,
    birth: { calendar: 'solar', date: '1956-11-27' },
  })
  const li = await call('customers.create', { name: '李娜', mobile: '13987654321' })
  // a birthday this week without consent to greetings: listed, with the reason, but no greeting
  await call('customers.create', { name: '赵敏', birth: { calendar: 'solar', date: '1990-11-29' } })

  const base = { kind: 'outbound', type: 'group', destination: '日本', prices: { adult: 8999 } }
  // back yesterday: the day-after-return call is due today
  const back = await call('trips.create', {
    ...base,
    routeName: '北海道温泉 6 日游',
    departDate: inDays(-6),
    returnDate: inDays(-1),
  })
  await call('trips.addParticipants', { tripId: back.id, customerIds: [zhang.id, li.id] })
  await moveTrip(call, back.id, ['confirmed', 'departed', 'returned'])
  // leaves in three days: the pre-departure notice is due today
  const leaving = await call('trips.create', {
    ...base,
    routeName: '关西古都 4 日游',
    departDate: inDays(3),
    returnDate: inDays(6),
  })
  await call('trips.addParticipants', { tripId: leaving.id, customerIds: [li.id] })
  await moveTrip(call, leaving.id, ['confirmed'])

  const me = await call<{ staff: { id: number } }>('auth.status', {})
  await call('reminders.createTask', {
    assigneeId: me.staff.id,
    due: inDays(-2),
    note: '给张伟回电话，确认日本签证材料',
    customerId: zhang.id,
  })
  return { zhang: zhang.id, li: li.id, back: back.id, leaving: leaving.id, me: me.staff.id }
}

async function snap(page: Page, name: string) {
  await page.mouse.move(0, 0)
  await shot(page, name)
}

test('the home screen shows my day in both languages: overdue, today, upcoming, this week', async ({
  app,
  api,
}) => {
  await seedDay(api)
  const home = new HomePage(app)
  // the screen after sign-in; it refetches as the seeded records arrive
  await expect(home.screen).toBeVisible()
  await expect(home.row('overdue', '给张伟回电话')).toBeVisible()
  await expect(home.bucket('today').getByTestId('group-return_call').getByTestId('reminder-row')).toHaveCount(
    2,
  )
  await expect(home.bucket('today').getByTestId('group-departure_notice')).toContainText('李娜')
  await expect(home.bucket('upcoming').getByTestId('group-birthday')).toContainText('张伟')
  await expect(app.getByTestId('week-departures')).toContainText('关西古都 4 日游')
  await expect(app.getByTestId('week-returns')).toContainText('关西古都 4 日游')
  await expect(app.getByTestId('week-birthdays')).toContainText('赵敏')
  await expect(app.getByTestId('week-birthdays')).toContainText('未同意接收问候/营销')
  // the badge counts what is overdue or due today, as the two lists show
  const due = async (b: 'overdue' | 'today') => Number(await app.getByTestId(`bucket-${b}-count`).innerText())
  await expect(app.getByTestId('nav-home-badge')).toHaveText(
    String((await due('overdue')) + (await due('today'))),
  )
  await snap(app, 'home-zh')

  await new AuthPage(app).switchLanguage('English')
  await expect(app.getByRole('heading', { name: 'My day' })).toBeVisible()
  await expect(home.bucket('today').getByTestId('group-return_call')).toContainText('Day-after-return call')
  await expect(app.getByTestId('week-birthdays')).toContainText('no consent to greetings/marketing')
  await snap(app, 'home-en')
})

test('a clerk completes the day-after-return call from the keyboard and it is in the customer’s communication log', async ({
  app,
  api,
  host,
}) => {
  const zhang = await api('customers.create', { name: '张伟', mobile: '13912345678' })
  const back = await api('trips.create', {
    kind: 'domestic',
    type: 'group',
    destination: '云南',
    routeName: '昆明大理丽江 6 日游',
    departDate: inDays(-6),
    returnDate: inDays(-1),
    prices: { adult: 3999 },
  })
  await api('trips.addParticipants', { tripId: back.id, customerIds: [zhang.id] })
  await moveTrip(api, back.id, ['confirmed', 'departed', 'returned'])
  const home = new HomePage(app)
  const call = home.row('today', '回团次日回访')
  await expect(call).toHaveCount(1)

  // select it, D, say what was said, Ctrl+Enter: done and logged in one step
  await call.getByTestId('reminder-title').click()
  await app.keyboard.press('d')
  await expect(app.getByTestId('complete-log')).toBeChecked()
  await app.getByTestId('complete-summary').fill('回访：行程满意，导游讲解好，想明年去新疆')
  await app.keyboard.press('Control+Enter')
  await expect(app.getByTestId('home-snack')).toContainText('已完成，并记入沟通记录')
  await expect(home.row('today', '回团次日回访')).toHaveCount(0)

  await app.goto(`${host.url}#/customers/${zhang.id}?tab=communications`)
  const logged = app.getByTestId('comm-row').filter({ hasText: '想明年去新疆' })
  await expect(logged).toContainText('电话')
  await expect(logged).toContainText('王丽')

  // a call logged on the file can set the next follow-up: it becomes a reminder for this clerk
  await app.keyboard.press('Control+l')
  await app.getByTestId('comm-summary').fill('新疆线路咨询，等报价')
  await app.getByTestId('comm-follow-up').fill(inDays(2))
  await app.getByTestId('comm-follow-up-note').fill('发新疆 8 日游报价')
  await app.getByTestId('comm-save').click()
  await expect(app.getByTestId('comm-summary')).toBeHidden()

  await app.getByTestId('tab-reminders').click()
  await expect(app.getByTestId('subject-planned')).toContainText('发新疆 8 日游报价')
  const done = app.locator('[data-testid="reminder-done-row"][data-kind="return_call"]')
  await expect(done.getByTestId('reminder-done-by')).toContainText('王丽 于 2026/11/25')
  await expect(done).toContainText('已记入沟通记录')
  await snap(app, 'reminders-customer-zh')
  await new AuthPage(app).switchLanguage('English')
  await expect(done.getByTestId('reminder-done-by')).toContainText('Done by 王丽')
  await snap(app, 'reminders-customer-en')
})

test('a task assigned to a colleague appears on their home screen, about the customer picked by search', async ({
  app,
  api,
  host,
}) => {
  const clerk = { name: '李小丽', login: 'xiaoli', password: 'frontdesk-2026' }
  await api('staff.create', { ...clerk, role: 'frontdesk' })
  await api('customers.create', { name: '张伟', pinyinName: 'ZHANG WEI', mobile: '13912345678' })
  const trip = await api('trips.create', {
    kind: 'outbound',
    type: 'group',
    destination: '日本',
    routeName: '东京富士山 5 日游',
    departDate: inDays(20),
    returnDate: inDays(24),
    prices: { adult: 8999 },
  })
  const home = new HomePage(app)

  await app.getByTestId('home-new-task').click()
  await app.getByTestId('task-note').fill('周五给张伟打电话，确认日本签证材料')
  await home.choose('task-assignee', /李小丽/)
  await app.getByTestId('task-due').fill(inDays(2))
  await app.getByTestId('task-customer').fill('zw')
  await app.getByRole('option', { name: /张伟/ }).click()
  await app.getByTestId('task-trip').fill('富士山')
  await app.getByRole('option', { name: /东京富士山/ }).click()
  await snap(app, 'reminders-task-zh')
  await app.getByTestId('task-save').click()
  await expect(app.getByTestId('home-snack')).toContainText('任务已添加')
  // someone else's task is not on my list
  await expect(app.getByTestId('reminder-board')).not.toContainText('确认日本签证材料')

  await signInAs(app, api, clerk)
  const task = home.row('upcoming', '周五给张伟打电话')
  await expect(task).toHaveCount(1)
  await expect(task.getByTestId('reminder-subject')).toHaveText('张伟')
  await expect(task).toContainText('2026/11/27 到期')

  // the trip's page lists it too, with whom it is for
  await app.goto(`${host.url}#/trips/${trip.id}?tab=reminders`)
  const planned = app.getByTestId('subject-planned').getByTestId('reminder-row')
  await expect(planned).toHaveCount(1)
  await expect(planned.getByTestId('reminder-assignee')).toHaveText('负责：李小丽')
  await snap(app, 'reminders-trip-zh')
})

test('a birthday greeting is ready in the customer’s name, copied for WeChat, and “sent” logs it', async ({
  app,
  api,
}) => {
  const zhang = await api('customers.create', {
    name: '张伟',
    marketingConsent: true,
    birth: { calendar: 'solar', date: '1956-11-27' },
  })
  const home = new HomePage(app)
  await app.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  const birthday = home.bucket('upcoming').getByTestId('group-birthday').getByTestId('reminder-row')
  await birthday.getByTestId('reminder-greeting').click()
  const text = app.getByTestId('greeting-text')
  const message = '张伟，您好！山水国际旅行社祝您生日快乐，身体健康，万事如意！'
  await expect(text).toHaveValue(message)
  await app.getByTestId('greeting-copy').click()
  await expect(app.getByTestId('greeting-copied')).toHaveText('已复制到剪贴板')
  expect(await app.evaluate(() => navigator.clipboard.readText())).toBe(message)
  await app.getByTestId('greeting-sent').click()
  await expect(app.getByTestId('home-snack')).toHaveText('已记入沟通记录')
  await expect(birthday).toHaveCount(0)
  const log = await api<{ rows: { channel: string; summary: string }[] }>('customers.communications', {
    customerId: zhang.id,
  })
  expect(log.rows.map((r) => [r.channel, r.summary])).toEqual([['wechat', message]])
})
