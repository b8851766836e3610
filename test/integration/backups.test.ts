import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { openApp } from '../../src/main/app'
import type { TourDeskApp } from '../../src/main/app'
import type { Effects } from '../../src/main/effects'
import type { BackupInfo, BackupStatus, DrillReport } from '../../src/shared/backups/backups.api'
import { harness, STORE } from './harness'
import type { Harness } from './harness'
import { createCustomer } from './fixtures'

const customerCount = async (app: TourDeskApp) =>
  Number(
    (
      await app.db
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe.runIf(STORE === 'postgres')('backups on PostgreSQL', () => {
  it('says backups are the server’s job', async () => {
    const h = await harness()
    try {
      expect(await h.must('backups.status', {})).toEqual({ store: 'postgres' })
      const r = await h.call('backups.runNow', {})
      expect(r.ok).toBe(false)
    } finally {
      await h.close()
    }
  })
})

describe.runIf(STORE === 'sqlite')('backups, restore and the drill', () => {
  let h: Harness
  let app: TourDeskApp
  let relaunched = 0
  const effects: Effects = {
    notify: () => {},
    openExternal: async () => {},
    print: async () => ({ done: false }),
    relaunch: () => void relaunched++,
  }
  const must = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await app.dispatch(channel, input, h.admin)
    if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`)
    return r.value as T
  }
  /** closes the app and starts it again on the same folder: how a restore takes effect */
  async function restart(): Promise<TourDeskApp> {
    await app.close()
    app = await openApp({ dataDir: h.dir, clock: () => new Date(h.clock.now), effects })
    await app.dispatch('auth.signIn', { login: 'admin', password: 'correct-horse-9' }, h.admin)
    return app
  }

  beforeAll(async () => {
    h = await harness({ effects })
    app = h.app
  })
  afterAll(async () => {
    await app.close()
    fs.rmSync(h.dir, { recursive: true, force: true })
  })

  it('backs up while customers are being written, verified, and restores it after a restart', async () => {
    for (let i = 0; i < 5; i++) await createCustomer(h, { name: `先来${i}` })
    const writes = (async () => {
      for (let i = 0; i < 10; i++) await createCustomer(h, { name: `同时${i}` })
    })()
    const [backup] = await Promise.all([must<BackupInfo>('backups.runNow', {}), writes])
    expect(backup.verified).toBe(true)
    const drill = await must<DrillReport>('backups.drill', { name: backup.name })
    expect(drill.ok).toBe(true)
    // one consistent moment: everything committed before the copy, maybe some written during it
    const inBackup = drill.counts!.customers
    expect(inBackup).toBeGreaterThanOrEqual(5)
    expect(inBackup).toBeLessThanOrEqual(15)

    await createCustomer(h, { name: '备份之后' })
    const before = await customerCount(app)
    const { aside } = await must<{ aside: string }>('backups.restore', { name: backup.name })
    await vi.waitFor(() => expect(relaunched).toBe(1))
    expect(aside).toMatch(/before-restore/)

    await restart()
    expect(app.restored).toBe(backup.name)
    expect(await customerCount(app)).toBe(inBackup)

    // undo: the copy saved aside before the restore brings back what was written since
    await must('backups.restore', { name: aside })
    await restart()
    expect(app.restored).toBe(aside)
    expect(await customerCount(app)).toBe(before)
    const status = await must<BackupStatus & { store: 'sqlite' }>('backups.status', {})
    expect(status.backups.map((b) => b.reason)).toContain('before-restore')
  })

  it('reports a damaged backup in the drill and refuses to restore it', async () => {
    const b = await must<BackupInfo>('backups.runNow', {})
    const file = path.join(h.dir, 'backups', b.name)
    const bytes = fs.readFileSync(file)
    // overwrite pages after the header: the tables' b-trees no longer parse
    bytes.fill(0x5a, 4096, bytes.length - 4096)
    fs.writeFileSync(file, bytes)
    const drill = await must<DrillReport>('backups.drill', { name: b.name })
    expect(drill.ok).toBe(false)
    expect(drill.problem).toBeTruthy()
    const before = await customerCount(app)
    const r = await app.dispatch('backups.restore', { name: b.name }, h.admin)
    expect(r.ok).toBe(false)
    expect(fs.existsSync(path.join(h.dir, 'restore-pending.json'))).toBe(false)
    expect(await customerCount(app)).toBe(before)
  })

  it('copies every backup to the second folder, and refuses one it cannot write', async () => {
    const second = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-usb-'))
    try {
      await must('backups.saveSettings', {
        keepDays: 14,
        keepMonths: 12,
        everyHours: 4,
        secondFolder: second,
      })
      const b = await must<BackupInfo>('backups.runNow', {})
      expect(fs.existsSync(path.join(second, b.name))).toBe(true)
      const blocker = path.join(second, 'a-file')
      fs.writeFileSync(blocker, '')
      const r = await app.dispatch(
        'backups.saveSettings',
        { keepDays: 14, keepMonths: 12, everyHours: 4, secondFolder: path.join(blocker, 'sub') },
        h.admin,
      )
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.error.fields?.secondFolder).toEqual({ key: 'errors.folderNotWritable' })
    } finally {
      await must('backups.saveSettings', { keepDays: 14, keepMonths: 12, everyHours: 4, secondFolder: null })
      fs.rmSync(second, { recursive: true, force: true })
    }
  })

  it('backs up at start, on the timer by the clock, at exit; rotation keeps today, 14 days, 12 months', async () => {
    const service = app.backups!
    for (const b of service.list()) fs.rmSync(path.join(service.dir, b.name))
    h.clock.now = new Date('2026-12-01T01:00:00Z')
    await service.start()
    const names = () => service.list().map((b) => b.name)
    expect(names()).toHaveLength(1)
    h.clock.now = new Date('2026-12-01T03:00:00Z')
    await service.tick()
    expect(names()).toHaveLength(1) // two hours: not yet
    h.clock.now = new Date('2026-12-01T05:00:00Z')
    await service.tick()
    expect(names()).toHaveLength(2)

    // a simulated year: the PC on from 09:00 to 17:00 Beijing time every third day, then daily
    // for the last three weeks (fewer backups to write; the same rule to meet)
    let t = new Date('2026-12-02T01:00:00Z').getTime()
    const end = new Date('2027-12-01T01:00:00Z').getTime()
    const daily = end - 21 * 24 * 3_600_000
    for (; t <= end; t += (t < daily ? 3 : 1) * 24 * 3_600_000) {
      h.clock.now = new Date(t)
      await service.tick()
      h.clock.now = new Date(t + 8 * 3_600_000)
      await service.tick()
    }
    await service.stop()
    const kept = service.list()
    const days = new Set(kept.map((b) => b.at.slice(0, 10)))
    // today (2027-12-01): both; the 14 days before: one each; older: one per month back to 2027-01
    const today = kept.filter((b) => b.at.startsWith('2027-12-01'))
    expect(today.length).toBeGreaterThanOrEqual(2)
    for (let d = 1; d <= 14; d++) {
      const day = new Date(end - d * 24 * 3_600_000).toISOString().slice(0, 10)
      expect(kept.filter((b) => b.at.startsWith(day))).toHaveLength(1)
    }
    const months = new Set(kept.map((b) => b.at.slice(0, 7)))
    expect([...months].sort()).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
      '2027-11',
      '2027-12',
    ])
    expect(kept.length).toBeLessThanOrEqual(2 + 14 + 12)
    expect(days.size).toBeGreaterThan(20)
  }, 120_000)
})
