import fs from 'node:fs'
import { defineConfig } from '@playwright/test'

/*
 * Debian's old headless shell when installed (.ci/run installs it): the same Blink and V8 without the
 * full browser's compositor and GPU process, which spent about a third of the suite's CPU on a
 * 2-core machine. The full Chromium otherwise; CHROMIUM_PATH overrides both.
 */
const chromium =
  process.env.CHROMIUM_PATH ??
  (fs.existsSync('/usr/bin/chromium-headless-shell')
    ? '/usr/bin/chromium-headless-shell'
    : '/usr/bin/chromium')

/**
 * Browser tests: Debian's Chromium drives the built renderer served by the test host
 * (test/host), which runs the real main-process handlers on a fresh database per test.
 * Tests are independent (own host, own database, own page), so they run in parallel across files
 * and within them. The timeout leaves room for a machine whose two cores are busy; the tests
 * themselves take a few seconds.
 */
export default defineConfig({
  testDir: 'test/browser',
  outputDir: 'test-results/browser',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    viewport: { width: 1366, height: 820 },
    locale: 'zh-CN',
    // the agency's time zone, whatever the machine's; the instant itself is pinned in fixtures.ts
    timezoneId: 'Asia/Shanghai',
    // the app honours the system's reduced-motion setting: no fades or ripples to repaint frame by
    // frame in a software-rendered browser (screenshots already finished them instantly)
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    // A trace records DOM snapshots and screencast frames around every action: it doubled the
    // suite's CPU time, on a 2-core machine that is the suite's whole cost. A failure keeps a
    // screenshot; PW_TRACE=1 records traces when a failure needs one.
    trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
})
