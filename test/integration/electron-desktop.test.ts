import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openApp } from '../../src/main/app'
import type { TourDeskApp } from '../../src/main/app'
import { startShell } from '../../src/main/electron/shell'
import { APP_ID, parseLaunchArgs } from '../../src/main/electron/desktop'
import { fakeElectron } from '../fakes/electron'
import type { FakeElectron } from '../fakes/electron'
import { PASSWORD } from './harness'

/**
 * The desktop side of reminders in the shell, against the recording fake of electron: the toast
 * identity, notifications kept alive and their clicks, the tray, login items, power events.
 */
const root = path.resolve(__dirname, '../..')
const NOW = new Date('2026-11-25T03:00:30.000Z') // 11:00:30 in Beijing

const cores: TourDeskApp[] = []
const dirs: string[] = []
afterEach(async () => {
  for (const core of cores.splice(0)) await core.close().catch(() => {})
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

async function start(platform: NodeJS.Platform = 'win32', notificationsSupported = true) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-desk-'))
  dirs.push(dir)
  const fake: FakeElectron = fakeElectron({ notificationsSupported })
  let core: TourDeskApp | null = null
  await startShell(fake.electron, {
    openApp: async (o) => {
      core = await openApp({ ...o, clock: () => new Date(NOW) })
      cores.push(core)
      return core
    },
    env: { TOURDESK_USER_DATA: dir },
    platform,
    mainDir: path.join(root, 'out/main'),
  })
  const app = core as unknown as TourDeskApp
  app.reminders.stop() // the test drives the engine's rounds itself
  const s = app.newSession()
  const must = async (ch: string, input: unknown) => {
    const r = await app.dispatch(ch, input, s)
    if (!r.ok) throw new Error(`${ch}: ${JSON.stringify(r.error)}`)
    return r.value as any
  }
  await must('auth.setup', {
    agencyName: '山水国旅',
    adminName: '王经理',
    login: 'admin',
    password: PASSWORD,
  })
  const sent = (event: string) =>
    fake.rec.windows[0].webContents.sent.filter((m) => m[0] === 'event' && m[1] === event).map((m) => m[2])
  return { fake, app, must, sent }
}

async function dueTask(must: (ch: string, i: unknown) => Promise<any>, customerId?: number) {
  return must('reminders.createTask', {
    assigneeId: 1,
    due: '2026-11-25',
    time: '11:00',
    note: '回电话',
    customerId,
  })
}

describe('notifications', () => {
  it('use the installer’s app id and open the customer when clicked from the Action Center', async () => {
    const { fake, app, must, sent } = await start('win32')
    expect(fake.rec.appUserModelId).toBe(APP_ID)
    const c = (await must('customers.create', { name: '张伟' })).id
    await dueTask(must, c)
    await app.reminders.tick()
    expect(fake.rec.notifications).toHaveLength(1)
    const toast = fake.rec.notifications[0]
    expect(toast.options.toastXml).toContain(`launch="target=customer&amp;id=${c}"`)
    expect(toast.options.toastXml).toContain('回电话')
    // Windows reports the click through handleActivation (also after a restart)
    fake.rec.windows[0].hide()
    fake.rec.activation!({ type: 'click', arguments: `target=customer&id=${c}` })
    expect(fake.rec.windows[0].visible).toBe(true)
    expect(sent('reminders.open')).toEqual([{ target: 'customer', id: c }])
    // kept referenced until closed
    toast.finish('close')
    expect(fake.rec.notifications).toEqual([])
  })

  it('elsewhere a live notification’s click opens the target', async () => {
    const { fake, app, must, sent } = await start('linux')
    await dueTask(must)
    await app.reminders.tick()
    const [n] = fake.rec.notifications
    expect(n.options).toMatchObject({ title: 'TourDesk · 任务' })
    n.emit('click')
    expect(sent('reminders.open')).toEqual([{ target: 'reminder', id: 1 }])
  })

  it('a failed or unsupported notification raises the in-app banner', async () => {
    const failing = await start('win32')
    await dueTask(failing.must)
    await failing.app.reminders.tick()
    failing.fake.rec.notifications[0].finish('failed')
    expect(failing.sent('reminders.banner')).toEqual([{ reason: 'failed' }])

    const none = await start('win32', false)
    await dueTask(none.must)
    await none.app.reminders.tick()
    expect(none.sent('reminders.banner')).toEqual([{ reason: 'unsupported' }])
  })

  it('a toast from elsewhere opens the home screen', () => {
    expect(parseLaunchArgs('')).toEqual({ target: 'home' })
    expect(parseLaunchArgs('target=evil&id=1')).toEqual({ target: 'home' })
    expect(parseLaunchArgs('target=trip&id=-4')).toEqual({ target: 'trip' })
  })
})

describe('tray, login item, power', () => {
  it('closing the window hides it to the tray; the tray menu opens it again and quits', async () => {
    const { fake } = await start()
    const [win] = fake.rec.windows
    win.show()
    win.close()
    expect(win.destroyed).toBe(false)
    expect(win.visible).toBe(false)
    const [tray] = fake.rec.trays
    tray.choose('打开 TourDesk')
    expect(win.visible).toBe(true)
    tray.choose('退出 TourDesk')
    await expect.poll(() => fake.rec.calls.includes('process exit')).toBe(true)
    win.close()
    expect(win.destroyed).toBe(true)
  })

  it('start with Windows is a login item', async () => {
    const { must, fake } = await start('win32')
    expect(await must('reminders.desktopOptions', {})).toEqual({ supported: true, startWithSystem: false })
    expect(await must('reminders.setDesktopOptions', { startWithSystem: true })).toEqual({
      supported: true,
      startWithSystem: true,
    })
    expect(fake.rec.loginItem.openAtLogin).toBe(true)
    const linux = await start('linux')
    expect(await linux.must('reminders.setDesktopOptions', { startWithSystem: true })).toEqual({
      supported: false,
      startWithSystem: false,
    })
  })

  it('resume and unlock make the engine look again', async () => {
    const { fake, must } = await start('win32')
    await dueTask(must)
    fake.powerMonitor.emit('resume')
    await expect.poll(() => fake.rec.notifications.length).toBe(1)
    await must('reminders.createTask', { assigneeId: 1, due: '2026-11-25', time: '11:00', note: '第二个' })
    fake.powerMonitor.emit('unlock-screen')
    await expect.poll(() => fake.rec.notifications.length).toBe(2)
  })
})
