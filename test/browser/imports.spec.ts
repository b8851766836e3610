import fs from 'node:fs'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { expect, test } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { ImportsPage } from './pages/imports.page'
import { idCheckDigit } from '../../src/shared/customers/id-card'

/*
 * A clerk imports the agency's old customer sheet, saved by Chinese Excel as a GBK CSV: one row has
 * a wrong ID number, one is a customer already on file, two rows are the same person. She resolves
 * them, imports, saves the report, and a manager undoes the whole import.
 */
const id = (first17: string) => first17 + idCheckDigit(first17)
const LI_ID = id('44030619851120001')
const WRONG_ID = id('11010519491231002').slice(0, 17) + '1'

function sheet(): Buffer {
  const rows = [
    ['姓名', '手机号码', '身份证号', '出生日期', '备注'],
    ['张伟', '13912345678', '', '1956/11/27', '老客户，喜欢靠窗'],
    ['李娜', '13987654321', LI_ID, '19851120', ''],
    ['王芳', '13800000001', WRONG_ID, '', ''],
    ['李娜', '13987654321', '', '', '第二次报名'],
  ]
  return iconv.encode(rows.map((r) => r.join(',')).join('\r\n') + '\r\n', 'gbk')
}

test('imports a GBK CSV with a wrong ID and duplicates, saves the report, and undoes the import', async ({
  app,
  api,
}) => {
  const zhang = await api('customers.create', { name: '张伟', mobile: '13912345678', notes: '原有备注' })
  const wizard = new ImportsPage(app)
  await wizard.open()
  await wizard.pick('老客户.csv', sheet())
  await expect(app.getByTestId('import-encoding')).toContainText('GBK')
  // suggested from the Chinese headers
  await expect(app.getByTestId('import-map-1')).toHaveValue('mobile')
  await expect(app.getByTestId('import-map-2')).toHaveValue('idCard')
  await wizard.screenshot('imports-map-zh')

  await wizard.check()
  await expect(app.getByTestId('import-summary')).toContainText('共 4 行数据：3 行可以导入，1 行有错误')
  await expect(app.getByTestId('import-rejected')).toContainText('王芳')
  await expect(app.getByTestId('import-rejected')).toContainText('身份证号')
  await expect(app.getByTestId('import-group-r2')).toContainText('张伟')
  await expect(app.getByTestId('import-group-r3')).toContainText('第 5 行')
  await wizard.choose('import-choice-r2', '更新已有档案')
  await wizard.screenshot('imports-review-zh')

  await wizard.start()
  await expect(app.getByTestId('import-created')).toHaveText('新建 1 份档案')
  await expect(app.getByTestId('import-updated')).toHaveText('更新 1 份档案')
  await expect(app.getByTestId('import-skipped')).toHaveText('跳过 1 行（重复）')
  await expect(app.getByTestId('import-report-rejected')).toContainText('4')
  const download = app.waitForEvent('download')
  await app.getByTestId('import-save-report').click()
  const file = await (await download).path()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(fs.readFileSync(file) as never)
  const cells = wb.worksheets[0].getSheetValues().flat().map(String)
  expect(cells).toEqual(expect.arrayContaining(['5', '跳过（重复）', '4', '未导入']))
  await wizard.screenshot('imports-report-zh')
  expect((await api<{ notes: string }>('customers.get', { id: zhang.id })).notes).toBe('老客户，喜欢靠窗')

  await app.getByTestId('import-history').getByRole('button', { name: '撤销这次导入' }).click()
  await app.getByTestId('import-undo-confirm').click()
  await expect(app.getByTestId('import-undo-done')).toBeVisible()
  await expect(app.getByTestId('import-history')).toContainText('已撤销')
  expect((await api<{ notes: string }>('customers.get', { id: zhang.id })).notes).toBe('原有备注')
  const left = await api<{ total: number }>('customers.search', { q: '李娜' })
  expect(left.total).toBe(0)

  await new AuthPage(app).switchLanguage('English')
  await app.getByRole('button', { name: 'Import another file' }).click()
  await wizard.pick('old-customers.csv', sheet())
  await expect(app.getByTestId('import-encoding')).toContainText('GBK / GB18030')
  await wizard.check()
  await expect(app.getByTestId('import-summary')).toContainText(
    'Rows of data: 4. Can be imported: 3; with errors: 1',
  )
  await expect(app.getByTestId('import-rejected')).toContainText('ID card number')
  await wizard.screenshot('imports-review-en')
})
