import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')
const require = createRequire(resolve(root, 'package.json'))

/**
 * Read the file the way electron-builder does: with its own YAML parser (js-yaml, a dependency of
 * app-builder-lib), and judge the fuse keys against its own JSON schema, so a misspelt fuse is
 * caught here instead of being refused only by a release build.
 */
const loadYaml = require('js-yaml').load as (text: string) => unknown
const config = loadYaml(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>
const scheme = require('app-builder-lib/scheme.json') as {
  definitions: { FuseOptionsV1: { properties: Record<string, { type: string }> } }
}

const fuses = (config.electronFuses ?? {}) as Record<string, unknown>

describe('electron-builder fuses', () => {
  it('names only fuses electron-builder knows, each a boolean', () => {
    const known = scheme.definitions.FuseOptionsV1.properties
    for (const [name, value] of Object.entries(fuses)) {
      expect(known, `unknown fuse ${name}`).toHaveProperty(name)
      expect(typeof value, name).toBe('boolean')
    }
  })

  it('turns off every way of running the app binary as a plain Node with our trust', () => {
    // strict false: a missing key leaves the fuse at Electron's default, which is "on"
    expect(fuses.runAsNode).toBe(false)
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false)
    expect(fuses.enableNodeCliInspectArguments).toBe(false)
  })

  it('loads only the checked asar archive and encrypts cookies', () => {
    expect(fuses.onlyLoadAppFromAsar).toBe(true)
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true)
    expect(fuses.enableCookieEncryption).toBe(true)
  })

  it('packs into an asar archive, or the onlyLoadAppFromAsar fuse would leave an app that cannot start', () => {
    expect(config.asar).not.toBe(false)
    expect(config.disableAsarIntegrity).not.toBe(true)
  })

  it('keeps file:// privileges, which the renderer (module scripts from file://) needs', () => {
    expect(fuses.grantFileProtocolExtraPrivileges).not.toBe(false)
  })
})
