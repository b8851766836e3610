import { defineConfig } from 'vitest/config'

// The agency's zone, for every test process: set here so the workers inherit it from their start
// (Node reads TZ at start and again whenever it is assigned). Tests that need another zone set
// process.env.TZ themselves and restore it (see test/unit/dates-any-zone.test.ts).
process.env.TZ = 'Asia/Shanghai'

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/property/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Asia/Shanghai' },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
