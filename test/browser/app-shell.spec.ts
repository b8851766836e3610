import type { Page } from '@playwright/test'
import type { Api } from './fixtures'
import { expect, shot, test } from './fixtures'
import { inDays } from './fixed-clock'
import { AuthPage } from './pages/auth.page'

/*
 * The window's own tools: Ctrl+K finds anything (recent first), Alt+←/→ walk the history, `?` lists
 * the shortcuts, Ctrl+N / Ctrl+S create and save, and the sidebar folds to icons and stays folded.
 */

async function seed(call: Api) {
  const zhang = await call('customers.create', { name: '张伟', mobile: '13912345678' })
  await call('customers.create', { name: '赵文', mobile: '13800001111' })
  const trip = await call<{ id: number }>('trips.create', {
    kind: 'outbound',
    type: 'group',
    destination: '日本',
    routeName: '北海道温泉 6 日游',
    departDate: inDays(20),
    returnDate: inDays(25),
    prices: { adult: 8999 },
  })
  const { code } = await call<{ code: string }>('trips.get', { id: trip.id })
  await call('guides.create', {
    name: '周敏',
    mobile: '13700001234',
    licenceNo: 'D-3101-2019-00871',
    roles: ['national_escort'],
  })
  return { zhang: zhang.id, trip: trip.id, code }
}

const finder = (app: Page) => app.getByTestId('quick-find')
const hits = (app: Page) => finder(app).getByTestId('quick-find-item')

test('Ctrl+K finds customers by initials and trips by 团号, recent first; Alt+←/→ walk back and forth', async ({
  app,
  api,
}) => {
  const s = await seed(api)
  await app.keyboard.press('Control+k')
  await expect(finder(app)).toBeVisible()
  await expect(app.getByTestId('quick-find-status')).toContainText('最近打开的会显示在这里')
  await app.getByTestId('quick-find-input').fill('zw')
  // 张伟 and 赵文 both read "zw"; the guide 周敏 does not
  await expect(hits(app)).toHaveCount(2)
  await expect(finder(app)).toContainText('客户')
  await expect(finder(app)).not.toContainText('周敏')
  await shot(app, 'quick-find-zh', { fullPage: false })
  await app.getByTestId('quick-find-input').fill('zhangwei')
  await expect(hits(app)).toHaveCount(1)
  await app.keyboard.press('Enter')
  await expect(app).toHaveURL(new RegExp(`#/customers/${s.zhang}$`))
  await expect(finder(app)).toBeHidden()

  // the trip by its code; opened from the finder, it then heads the list as recent
  await app.keyboard.press('Control+k')
  await expect(hits(app).first()).toContainText('张伟')
  await app.getByTestId('quick-find-input').fill(s.code)
  await expect(hits(app)).toHaveCount(1)
  await expect(hits(app).first()).toContainText('北海道温泉')
  await hits(app).first().click()
  await expect(app).toHaveURL(new RegExp(`#/trips/${s.trip}$`))
  await app.keyboard.press('Control+k')
  await expect(hits(app)).toHaveCount(2)
  await expect(hits(app).first()).toContainText(s.code)
  // typing: the recent customer comes before the other match
  await app.getByTestId('quick-find-input').fill('zw')
  await expect(finder(app).getByText('最近打开')).toBeVisible()
  await expect(hits(app).first()).toContainText('张伟')
  await app.getByTestId('quick-find-input').fill('没有这个人')
  await expect(app.getByTestId('quick-find-status')).toContainText('没有找到「没有这个人」')
  await app.keyboard.press('Escape')
  await expect(finder(app)).toBeHidden()

  await app.keyboard.press('Alt+ArrowLeft')
  await expect(app).toHaveURL(new RegExp(`#/customers/${s.zhang}$`))
  await app.keyboard.press('Alt+ArrowRight')
  await expect(app).toHaveURL(new RegExp(`#/trips/${s.trip}$`))

  await new AuthPage(app).switchLanguage('English')
  await app.keyboard.press('Control+k')
  await app.getByTestId('quick-find-input').fill('zw')
  await expect(finder(app)).toContainText('Recently opened')
  await expect(hits(app)).toHaveCount(2)
  await shot(app, 'quick-find-en', { fullPage: false })
})

test('? shows the shortcuts; Ctrl+N starts a new customer and Ctrl+S saves it', async ({ app }) => {
  // `?` on the home screen: on the customer list the search box has the focus, and there `?` is typed
  await expect(app.getByTestId('home-screen')).toBeVisible()
  await app.keyboard.press('Shift+?')
  await expect(app.getByTestId('shortcut-sheet')).toContainText('查找任何客户、团队、导游、供应商')
  await shot(app, 'shortcuts-zh', { fullPage: false })
  await app.keyboard.press('Escape')
  await expect(app.getByTestId('shortcut-sheet')).toBeHidden()
  await app.getByTestId('nav-customers').click()
  await expect(app.getByTestId('customer-new')).toBeVisible()

  await app.keyboard.press('Control+n')
  await expect(app).toHaveURL(/#\/customers\/new$/)
  await app.getByTestId('customer-field-name').fill('钱芳')
  await app.keyboard.press('Control+s')
  await expect(app).toHaveURL(/#\/customers\/\d+$/)
  await expect(app.getByRole('heading', { name: '钱芳' })).toBeVisible()

  // a profile lists nothing to create; the customer list does
  await app.keyboard.press('Control+n')
  await expect(app.getByRole('heading', { name: '钱芳' })).toBeVisible()
  await app.getByTestId('nav-customers').click()
  await expect(app.getByTestId('customer-row')).toHaveCount(1)
  // Alt+← from a field would drop what was typed: it does nothing there
  await app.keyboard.press('Control+n')
  await expect(app).toHaveURL(/#\/customers\/new$/)
  await app.getByTestId('customer-field-name').fill('孙')
  await app.keyboard.press('Alt+ArrowLeft')
  await expect(app.getByTestId('customer-field-name')).toHaveValue('孙')

  await new AuthPage(app).switchLanguage('English')
  await app.getByTestId('keys-open').click()
  await expect(app.getByTestId('shortcut-sheet')).toContainText('Find any customer, trip, guide or supplier')
  await shot(app, 'shortcuts-en', { fullPage: false })
})

test('at 125% scaling the sidebar starts folded, unfolds on request and remembers it', async ({
  app,
  api,
}) => {
  await seed(api)
  await app.setViewportSize({ width: 1093, height: 614 })
  await app.evaluate(() => localStorage.removeItem('tourdesk.sidebar'))
  await app.reload()
  const sidebar = app.getByTestId('sidebar')
  await expect(sidebar).toHaveAttribute('data-collapsed', 'true')
  await app.getByTestId('nav-customers').click()
  await expect(app.getByTestId('customer-row')).toHaveCount(2)
  // folded, the items keep their names for screen readers and tooltips
  await expect(app.getByRole('button', { name: '客户档案' })).toBeVisible()
  await shot(app, 'shell-125-folded-zh', { fullPage: false })

  await app.getByTestId('sidebar-toggle').click()
  await expect(sidebar).toHaveAttribute('data-collapsed', 'false')
  await expect(app.getByTestId('nav-customers')).toContainText('客户档案')
  await app.reload()
  await expect(app.getByTestId('sidebar')).toHaveAttribute('data-collapsed', 'false')
  await app.getByTestId('sidebar-toggle').click()
  await app.reload()
  await expect(app.getByTestId('sidebar')).toHaveAttribute('data-collapsed', 'true')
  await new AuthPage(app).switchLanguage('English')
  await app.getByTestId('nav-trips').click()
  await expect(app.getByTestId('trip-row')).toHaveCount(1)
  await shot(app, 'shell-125-folded-en', { fullPage: false })
})
