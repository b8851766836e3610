import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  clampBounds,
  loadWindowState,
  saveWindowState,
} from '../../src/main/electron/window-state'

const primary = { x: 0, y: 0, width: 1920, height: 1040 }
const right = { x: 1920, y: 0, width: 2560, height: 1400 }
const small = { x: 0, y: 0, width: 800, height: 560 }

describe('clampBounds', () => {
  it('keeps a window that fits', () => {
    const s = { x: 100, y: 50, width: 1200, height: 800, maximized: false }
    expect(clampBounds(s, [primary])).toEqual(s)
  })

  it('keeps the maximized flag', () => {
    expect(clampBounds({ x: 0, y: 0, width: 1200, height: 800, maximized: true }, [primary]).maximized).toBe(
      true,
    )
  })

  it('gives defaults, centred, for missing or garbage input', () => {
    const d = { width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height, maximized: false }
    expect(clampBounds(null, [primary])).toEqual(d)
    expect(clampBounds('x', [primary])).toEqual(d)
    expect(clampBounds({ width: 'big', height: NaN, x: 'a' }, [primary])).toEqual(d)
    expect(clampBounds({ width: -5, height: 0 }, [primary])).toEqual(d)
  })

  it('enforces the minimum size', () => {
    const r = clampBounds({ x: 10, y: 10, width: 100, height: 100 }, [primary])
    expect(r).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height, x: 10, y: 10 })
  })

  it('shrinks to a display smaller than the saved size (and than the minimum)', () => {
    const r = clampBounds({ x: 0, y: 0, width: 1600, height: 1000 }, [small])
    expect(r).toEqual({ x: 0, y: 0, width: 800, height: 560, maximized: false })
  })

  it('pulls a window hanging off the edge back on screen', () => {
    const r = clampBounds({ x: 1500, y: 600, width: 1200, height: 800 }, [primary])
    expect(r).toEqual({ x: 720, y: 240, width: 1200, height: 800, maximized: false })
  })

  it('stays on the second display when that is where it was', () => {
    const r = clampBounds({ x: 2100, y: 100, width: 1400, height: 900 }, [primary, right])
    expect(r).toEqual({ x: 2100, y: 100, width: 1400, height: 900, maximized: false })
  })

  it('centres on the primary display when the saved display is gone', () => {
    const r = clampBounds({ x: 2100, y: 100, width: 1400, height: 900, maximized: true }, [primary])
    expect(r).toEqual({ width: 1400, height: 900, maximized: true })
  })

  it('copes with displays at negative coordinates', () => {
    const left = { x: -1280, y: 0, width: 1280, height: 984 }
    const r = clampBounds({ x: -1300, y: -20, width: 1000, height: 700 }, [primary, left])
    expect(r).toEqual({ x: -1280, y: 0, width: 1000, height: 700, maximized: false })
  })

  it('without any display info returns a size only', () => {
    expect(clampBounds({ x: 5, y: 5, width: 1000, height: 700 }, [])).toEqual({
      width: 1000,
      height: 700,
      maximized: false,
    })
  })
})

describe('load/save', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tourdesk-ws-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('round-trips through the JSON file', () => {
    const file = join(dir, 'nested', 'window-state.json')
    const s = { x: 40, y: 30, width: 1300, height: 900, maximized: true }
    saveWindowState(file, s)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(s)
    expect(existsSync(`${file}.tmp`)).toBe(false)
    expect(loadWindowState(file, [primary])).toEqual(s)
  })

  it('a missing or corrupt file gives defaults', () => {
    const file = join(dir, 'window-state.json')
    expect(loadWindowState(file, [primary])).toEqual({ ...DEFAULT_SIZE, maximized: false })
    writeFileSync(file, '{"x": 1, "wid')
    expect(loadWindowState(file, [primary])).toEqual({ ...DEFAULT_SIZE, maximized: false })
  })

  it('never throws when the file cannot be written', () => {
    const blocker = join(dir, 'blocker')
    writeFileSync(blocker, '')
    expect(() =>
      saveWindowState(join(blocker, 'ws.json'), { width: 1, height: 1, maximized: false }),
    ).not.toThrow()
  })
})
