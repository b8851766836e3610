import fs from 'node:fs'
import path from 'node:path'
import { test, expect } from './fixtures'
import type { Api } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { DataOutPage } from './pages/data-out.page'
import { idCard } from './pages/resources.page'
import { inDays } from './fixed-clock'
import { readXlsx } from '../../src/main/spreadsheet/xlsx'
import { parseCsv } from '../../src/main/spreadsheet/csv'

const ZHANG_ID = idCard('31010419780315281')
const LI_ID = idCard('31010419800722162')

async function seedTrip(api: Api) {
  const zhang = await api('customers.create', {
    name: '张建国',
    pinyinName: 'ZHANG JIANGUO',
    gender: 'male',
    birth: { calendar: 'solar', date: '1978-03-15' },
    documents: [{ kind: 'id_card', number: ZHANG_ID }],
  })
  const li = await api('customers.create', {
    name: '李秀英',
    pinyinName: 'LI XIUYING',
    gender: 'female',
    birth: { calendar: 'solar', date: '1980-07-22' },
    documents: [{ kind: 'id_card', number: LI_ID }],
    preferences: { diet: 'vegetarian', allergies: '花生' },
  })
  const trip = await api('trips.create', {
    routeName: '华东五市 4 日游',
    destination: '苏州 · 杭州',
    kind: 'domestic',
    type: 'group',
    departDate: inDays(20),
    returnDate: inDays(23),
  })
  await api('trips.addParticipants', { tripId: trip.id, customerIds: [zhang.id, li.id] })
  return trip.id
}

test('a participant list for the insurer and the ground operator, read back from the saved file', async ({
  app,
  api,
  host,
}) => {
  const tripId = await seedTrip(api)
  const out = new DataOutPage(app)
  await app.goto(`${host.url}#/trips/${tripId}?tab=participants`)
  await out.openExport('participants-export')
  // an administrator may choose full numbers; unticked by default
  await expect(app.getByTestId('export-full').locator('input')).not.toBeChecked()
  await out.screenshot('data-out-export-zh')
  await out.runExport()
  const insurer = host.effects.saved.at(-1)!
  expect(insurer.name).toMatch(/投保名单\.xlsx$/)
  const rows = (await readXlsx(insurer.bytes))[0].rows
  expect(rows[0].slice(0, 6)).toEqual(['姓名', '拼音', '性别', '出生日期', '证件类型', '证件号码'])
  expect(rows[1].slice(0, 6)).toEqual([
    '张建国',
    'ZHANG JIANGUO',
    '男',
    '1978-03-15',
    '居民身份证',
    '310***********' + ZHANG_ID.slice(-4),
  ])

  await new AuthPage(app).switchLanguage('English')
  await out.openExport('participants-export')
  await out.chooseList('operator')
  await out.chooseFormat('csv')
  await out.screenshot('data-out-export-en')
  await out.runExport()
  const operator = host.effects.saved.at(-1)!
  const text = Buffer.from(operator.bytes).toString('utf8')
  expect(text.startsWith('\ufeff')).toBe(true)
  const csv = parseCsv(text.slice(1))
  expect(csv[0][0]).toBe('Name')
  expect(csv[2]).toEqual(expect.arrayContaining(['李秀英', 'Vegetarian', '花生']))
})

test('a restore drill reports the newest backup’s counts, and a damaged backup as damaged', async ({
  app,
  api,
  host,
}) => {
  await seedTrip(api)
  const out = new DataOutPage(app)
  await out.openBackups(host.url)
  await app.getByTestId('backups-run').click()
  await expect(app.getByTestId('backup-row')).toHaveCount(1)
  await app.getByTestId('backups-drill').click()
  await expect(out.drillReport).toContainText('演练成功')
  await expect(out.drillReport).toContainText('客户 2')
  await out.screenshot('data-out-backups-zh')

  // damage the backup on disk: the drill must say so
  const dir = path.join(host.dataDir, 'backups')
  const file = path.join(
    dir,
    fs.readdirSync(dir).find((f) => f.endsWith('.sqlite'))!,
  )
  const bytes = fs.readFileSync(file)
  bytes.fill(0x5a, 4096, bytes.length - 4096)
  fs.writeFileSync(file, bytes)
  await new AuthPage(app).switchLanguage('English')
  await app.getByTestId('backups-drill').click()
  await expect(out.drillReport).toContainText('is damaged')
  await out.screenshot('data-out-backups-en')
})
