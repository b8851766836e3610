import iconv from 'iconv-lite'
import { expect, test } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { ImportsPage } from './pages/imports.page'

/*
 * The tour leader's sign-up sheet arrives as a GBK CSV: one person already has a file (found by
 * mobile), one is new, one wrote a price type nobody knows. From the trip's participants tab the
 * clerk imports it, and the trip's list shows both travellers; the English wizard reads the same.
 */
const sheet = (rows: string[][]) => iconv.encode(rows.map((r) => r.join(',')).join('\r\n') + '\r\n', 'gbk')
const ROWS = [
  ['姓名', '性别', '手机', '出生日期', '房型/同住', '备注', '价格类型'],
  ['王建国', '男', '13911112222', '1960-05-01', '与李秀英同住', '', '成人'],
  ['李秀英', '女', '13911113333', '1962/8/15', '', '糖尿病餐', '成人'],
  ['张小宝', '男', '', '2020-01-01', '', '', '小朋友'],
]

test('imports a GBK sign-up sheet from the trip: a kept file used, a new file made, a refused price type', async ({
  app,
  api,
  host,
}) => {
  const trip = await api<{ id: number }>('trips.create', {
    routeName: '云南六日游',
    destination: '昆明 大理',
    kind: 'domestic',
    departDate: '2026-12-03',
    returnDate: '2026-12-08',
  })
  await api('customers.create', { name: '王建国', mobile: '13911112222' })
  await app.goto(`${host.url}#/trips/${trip.id}?tab=participants`)
  await app.getByTestId('participants-import').click()
  await expect(app.getByRole('heading', { name: '导入报名表' })).toBeVisible()
  const wizard = new ImportsPage(app)
  await wizard.pick('报名表.csv', sheet(ROWS))
  await expect(app.getByTestId('import-map-4')).toHaveValue('room')
  await expect(app.getByTestId('import-map-6')).toHaveValue('priceType')
  await wizard.screenshot('participant-imports-map-zh')

  await wizard.check()
  await expect(app.getByTestId('import-summary')).toContainText('共 3 行数据：2 行可以导入，1 行有错误')
  await expect(app.getByTestId('import-rejected')).toContainText('价格类型')
  await expect(app.getByTestId('import-group-r2')).toContainText('用这份已有档案')
  await wizard.screenshot('participant-imports-review-zh')
  await wizard.start()
  await expect(app.getByTestId('import-created')).toHaveText('新建档案并加入本团 1 人')
  await expect(app.getByTestId('import-updated')).toHaveText('用已有档案加入本团 1 人')
  // the history says the kept file was used, not changed
  const run = app.getByTestId('import-history').locator('[data-testid^="import-run-"]')
  await expect(run).toContainText('1 个新建档案、1 个沿用已有档案，跳过 0，错误 1')
  await expect(run).not.toContainText('更新')
  await wizard.screenshot('participant-imports-report-zh')

  await new AuthPage(app).switchLanguage('English')
  await expect(run).toContainText('New files: 1, existing files used: 1, skipped: 0, with errors: 1')
  await expect(run).not.toContainText('updated')
  await wizard.screenshot('participant-imports-history-en')
  await app.getByRole('button', { name: 'Import another file' }).click()
  await wizard.pick('sign-up.csv', sheet(ROWS))
  await wizard.check()
  // both are on the trip now: the sheet's two people are refused a second place
  await expect(app.getByTestId('import-rejected')).toContainText('already on the trip')
  await wizard.screenshot('participant-imports-review-en')
  await app.getByRole('button', { name: 'Back to the trip' }).click()
  await expect(app.getByTestId('participants-tab')).toContainText('李秀英')
  await expect(app.getByTestId('participants-tab')).toContainText('王建国')
})
