import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { ImportsPage } from './pages/imports.page'

/*
 * The agency's supplier list comes over from Excel: one hotel is already on file (same name and
 * type → update it), one row has a type nobody knows. The clerk imports from the supplier list,
 * the report says what happened, and the list shows the new supplier.
 */
async function sheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('供应商')
  ws.addRow(['供应商名称', '类型', '联系人', '电话', '许可证有效期', '备注'])
  ws.addRow(['西湖国宾馆', '酒店', '王经理', '0571-87979888', '2027/6/30', '湖景房'])
  ws.addRow(['桂林山水地接社', '地接社', '陈导', '0773-2822222', '', ''])
  ws.addRow(['天空飞艇', '飞艇', '', '', '', ''])
  return Buffer.from(await wb.xlsx.writeBuffer())
}
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

test('imports a supplier sheet from the supplier list: an update, a new supplier, a refused type', async ({
  app,
  api,
}) => {
  const hotel = await api<{ id: number }>('suppliers.create', { kind: 'hotel', name: '西湖国宾馆' })
  const wizard = new ImportsPage(app)
  await wizard.openFrom('suppliers')
  await expect(app.getByRole('heading', { name: '导入供应商' })).toBeVisible()
  await wizard.pick('供应商.xlsx', await sheet(), XLSX)
  await expect(app.getByTestId('import-map-1')).toHaveValue('kind')
  await expect(app.getByTestId('import-map-4')).toHaveValue('licenceExpiry')
  await wizard.screenshot('resource-imports-map-zh')

  await wizard.check()
  await expect(app.getByTestId('import-summary')).toContainText('共 3 行数据：2 行可以导入，1 行有错误')
  await expect(app.getByTestId('import-rejected')).toContainText('类型：')
  await expect(app.getByTestId('import-group-r2')).toContainText('已有供应商')
  await wizard.choose('import-choice-r2', '更新已有档案')
  await wizard.screenshot('resource-imports-review-zh')

  await wizard.start()
  await expect(app.getByTestId('import-created')).toHaveText('新建 1 家供应商')
  await expect(app.getByTestId('import-updated')).toHaveText('更新 1 家供应商')
  await wizard.screenshot('resource-imports-report-zh')
  expect(await api('suppliers.get', { id: hotel.id })).toMatchObject({
    contactPerson: '王经理',
    licenceExpiry: '2027-06-30',
  })
  await expect(app.getByTestId('import-history')).toContainText('供应商.xlsx')

  await new AuthPage(app).switchLanguage('English')
  await app.getByRole('button', { name: 'Import another file' }).click()
  await wizard.pick('suppliers.xlsx', await sheet(), XLSX)
  await wizard.check()
  await expect(app.getByTestId('import-summary')).toContainText(
    'Rows of data: 3. Can be imported: 2; with errors: 1',
  )
  await expect(app.getByTestId('import-rejected')).toContainText('Type')
  await expect(app.getByTestId('import-group-r2')).toContainText('Suppliers on file')
  await wizard.screenshot('resource-imports-review-en')
  await app.getByRole('button', { name: 'Back to suppliers' }).click()
  await expect(app.getByTestId('supplier-table')).toContainText('桂林山水地接社')
})
