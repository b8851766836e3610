import { test, expect, otherDesk } from './fixtures'
import { AdminPage } from './pages/admin.page'

test('agency settings saved in another window meanwhile: the save is refused, the latest loads on request', async ({
  app,
  host,
}) => {
  // two saves, a reload and a language switch through the UI: room for a loaded machine
  test.slow()
  const admin = new AdminPage(app)
  await admin.open('settings')
  await expect(app.getByTestId('settings-agency-name')).toHaveValue('山水国际旅行社')
  const elsewhere = await otherDesk(host)

  // another desk saves while this form is open: this save must not overwrite it
  await elsewhere('settings.update', { agencyName: '山水国旅（总店）', version: 1 })
  await admin.saveAgency('山水国际旅行社（解放路门市）')
  await expect(app.getByTestId('settings-agency-error')).toContainText('该记录已被他人修改，请刷新后再改')
  await admin.screenshot('settings-stale-zh')
  await app.getByTestId('settings-agency-reload').click()
  await expect(app.getByTestId('settings-agency-name')).toHaveValue('山水国旅（总店）')
  await expect(app.getByTestId('settings-agency-error')).toHaveCount(0)

  await admin.switchLanguageInSettings('English')
  await elsewhere('settings.update', { agencyName: '山水国旅（总部）', version: 2 })
  await admin.saveAgency('Shanshui Travel')
  await expect(app.getByTestId('settings-agency-error')).toContainText('Someone else changed this record')
  await admin.screenshot('settings-stale-en')
  await app.getByTestId('settings-agency-reload').click()
  await expect(app.getByTestId('settings-agency-name')).toHaveValue('山水国旅（总部）')
  // the reloaded form saves normally
  await admin.saveAgency('Shanshui Travel')
  await expect(app.getByTestId('settings-notice')).toContainText('Agency details saved')
  expect((await elsewhere<{ agencyName: string; version: number }>('settings.get', {})).agencyName).toBe(
    'Shanshui Travel',
  )
})
