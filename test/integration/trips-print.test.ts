import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { openApp } from '../../src/main/app'
import type { Session, TourDeskApp } from '../../src/main/app'
import type { Effects } from '../../src/main/effects'
import { PASSWORD } from './harness'

let dir: string
let app: TourDeskApp
const jobs: { session: Session; title: string; mode: string }[] = []

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-print-'))
  jobs.length = 0
  const effects: Effects = {
    notify: () => {},
    openExternal: async () => {},
    async print(session, job) {
      jobs.push({ session, ...job })
      return job.mode === 'pdf' ? { done: true, file: '/tmp/行程单.pdf' } : { done: false }
    },
  }
  app = await openApp({ dataDir: dir, effects, clock: () => new Date('2026-11-25T02:00:00.000Z') })
})
afterEach(async () => {
  await app.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

it('prints what the calling window shows, through the injected effect, and answers what happened', async () => {
  const s = app.newSession()
  const setup = { agencyName: '山水国旅', adminName: '管理员', login: 'admin', password: PASSWORD }
  expect((await app.dispatch('auth.setup', setup, s)).ok).toBe(true)
  expect(await app.dispatch('print.current', { title: ' 行程单 TD-20261203-01 ', mode: 'pdf' }, s)).toEqual({
    ok: true,
    value: { done: true, file: '/tmp/行程单.pdf' },
  })
  expect(await app.dispatch('print.current', { title: '名单', mode: 'dialog' }, s)).toEqual({
    ok: true,
    value: { done: false },
  })
  // the session identifies the window to print: the shell maps it back
  expect(jobs.map((j) => [j.session === s, j.title, j.mode])).toEqual([
    [true, '行程单 TD-20261203-01', 'pdf'],
    [true, '名单', 'dialog'],
  ])
  expect(await app.dispatch('print.current', { title: 'x', mode: 'dialog' }, app.newSession())).toMatchObject(
    {
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    },
  )
  expect(jobs).toHaveLength(2)
})
