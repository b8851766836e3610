#!/usr/bin/env node
// Switches node_modules/better-sqlite3 between Node's ABI (tests) and Electron's ABI (the app).
// Usage: node scripts/native-abi.mjs node|electron
// See docs/environment.md "The native-module trap" for why this exists instead of install-app-deps.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const moduleDir = join(root, 'node_modules', 'better-sqlite3')
const releaseDir = join(moduleDir, 'build', 'Release')
const binary = join(releaseDir, 'better_sqlite3.node')
const cacheDir = join(root, '.native-cache')
const cached = (abi) => join(cacheDir, `better_sqlite3-abi${abi}.node`)

const log = (msg) => console.log(`[native-abi] ${msg}`)
const die = (msg) => {
  console.error(`[native-abi] ERROR: ${msg}`)
  process.exit(1)
}

/** The ABI a compiled addon was built for: it exports node_register_module_v<ABI>. */
function abiOf(file) {
  if (!existsSync(file)) return null
  const m = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'))
  return m ? Number(m[1]) : null
}

function targetAbi(target) {
  if (target === 'node') return Number(process.versions.modules)
  const file = join(root, 'node_modules', 'electron', 'abi_version')
  if (!existsSync(file)) die(`${file} not found — is the electron package installed?`)
  return Number(readFileSync(file, 'utf8').trim())
}

/** Replace rather than overwrite in place: build/Release files are hard links into obj.target. */
function place(from, to) {
  const tmp = `${to}.tmp-${process.pid}`
  copyFileSync(from, tmp)
  renameSync(tmp, to)
}

function run(cmd, args, env) {
  log(`$ ${[cmd, ...args].join(' ')}`)
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' })
  return r.status === 0
}

function rebuild(target) {
  if (target === 'node') {
    return run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['rebuild', 'better-sqlite3'], process.env)
  }
  // npm exports npm_config_nodedir (here: /usr) to child processes; node-gyp would then compile
  // against Node's headers while @electron/rebuild stamps the result as Electron's ABI.
  const env = { ...process.env }
  for (const k of Object.keys(env)) if (k.toLowerCase() === 'npm_config_nodedir') delete env[k]
  // a stale stamp makes @electron/rebuild skip the build and report success
  rmSync(join(releaseDir, '.forge-meta'), { force: true })
  const bin = join(
    root,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder',
  )
  if (existsSync(bin)) return run(bin, ['install-app-deps'], env)
  const rebuildCli = join(root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js')
  if (!existsSync(rebuildCli)) die('neither electron-builder nor @electron/rebuild is installed')
  return run(process.execPath, [rebuildCli, '--force', '--only', 'better-sqlite3'], env)
}

const target = process.argv[2]
if (target !== 'node' && target !== 'electron') die('usage: node scripts/native-abi.mjs node|electron')
if (!existsSync(moduleDir)) die('node_modules/better-sqlite3 is missing — run npm install first')

const want = targetAbi(target)
const have = abiOf(binary)
if (have === want) {
  log(`better-sqlite3 already built for ${target} (ABI ${want}), nothing to do.`)
  process.exit(0)
}
log(`better-sqlite3 is built for ABI ${have ?? 'none'}, ${target} needs ABI ${want}.`)

mkdirSync(cacheDir, { recursive: true })
const backup = join(cacheDir, `previous-${process.pid}.node`)
if (have !== null) {
  place(binary, cached(have))
  place(binary, backup)
}

function restore() {
  if (have === null) return
  mkdirSync(releaseDir, { recursive: true })
  place(backup, binary)
  // a failed/mis-targeted @electron/rebuild may leave a stamp claiming the other ABI
  rmSync(join(releaseDir, '.forge-meta'), { force: true })
  log(`restored the previous binary (ABI ${have}).`)
}

if (abiOf(cached(want)) === want) {
  mkdirSync(releaseDir, { recursive: true })
  place(cached(want), binary)
  rmSync(backup, { force: true })
  log(`switched to the cached build for ${target} (ABI ${want}), no compile needed.`)
  process.exit(0)
}

log(`no cached build for ABI ${want}; rebuilding (this compiles SQLite, about a minute)…`)
const ran = rebuild(target)
const now = abiOf(binary)
if (ran && now === want) {
  place(binary, cached(want))
  rmSync(backup, { force: true })
  log(`rebuilt better-sqlite3 for ${target} (ABI ${want}).`)
  process.exit(0)
}

restore()
rmSync(backup, { force: true })
const why = ran
  ? `the rebuild produced ABI ${now ?? 'none'} instead of ${want}`
  : 'the rebuild command failed'
const hint =
  target === 'electron'
    ? 'Building for Electron downloads its headers, so it needs internet access. '
    : 'Building for Node needs a C++ toolchain (python3, make, g++). '
die(
  `could not build better-sqlite3 for ${target} (ABI ${want}): ${why}. ${hint}` +
    `node_modules is unchanged (still ABI ${have ?? 'none'}).`,
)
