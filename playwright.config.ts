import { defineConfig } from '@playwright/test'

/**
 * Browser tests: Debian's Chromium drives the built renderer served by the test host
 * (test/host), which runs the real main-process handlers on a fresh database per test.
 */
export default defineConfig({
  testDir: 'test/browser',
  outputDir: 'test-results/browser',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list']],
  use: {
    viewport: { width: 1366, height: 820 },
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
    trace: 'retain-on-failure',
  },
})
