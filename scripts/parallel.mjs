#!/usr/bin/env node
/*
 * Runs npm scripts side by side and fails if any fails. Type checking and linting are each
 * single-threaded: on a 2-core machine running them together halves the wait before the tests.
 * Each script's output is held and printed whole when it ends, so the logs do not interleave.
 * Usage: node scripts/parallel.mjs typecheck lint build
 */
import { spawn } from 'node:child_process'

const scripts = process.argv.slice(2)
if (scripts.length === 0) {
  console.error('usage: node scripts/parallel.mjs <npm script> [<npm script> …]')
  process.exit(2)
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(name) {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(npm, ['run', '--silent', name], {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    })
    const out = []
    child.stdout.on('data', (d) => out.push(d))
    child.stderr.on('data', (d) => out.push(d))
    child.on('close', (code, signal) => {
      const secs = ((Date.now() - started) / 1000).toFixed(1)
      const status = code === 0 ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`
      process.stdout.write(`\n── npm run ${name}: ${status} in ${secs} s\n`)
      process.stdout.write(Buffer.concat(out))
      resolve(code === 0)
    })
  })
}

const results = await Promise.all(scripts.map(run))
process.exit(results.every(Boolean) ? 0 : 1)
