import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** x/y absent: let the OS center the window. */
export interface WindowState {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

export const DEFAULT_SIZE = { width: 1280, height: 800 }
export const MIN_SIZE = { width: 960, height: 640 }

const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, hi))

/**
 * Turns whatever was saved (possibly garbage, possibly for a monitor that is now unplugged) into
 * bounds that fit on one of the current displays' work areas. A window that no longer overlaps
 * any display is centred on the primary display (the first one given).
 */
export function clampBounds(saved: unknown, displays: readonly Rect[]): WindowState {
  const s = (saved && typeof saved === 'object' ? saved : {}) as Record<string, unknown>
  let width = num(s.width) ?? DEFAULT_SIZE.width
  let height = num(s.height) ?? DEFAULT_SIZE.height
  if (width <= 0 || height <= 0) ({ width, height } = DEFAULT_SIZE)
  width = Math.max(width, MIN_SIZE.width)
  height = Math.max(height, MIN_SIZE.height)
  const maximized = s.maximized === true
  const x = num(s.x)
  const y = num(s.y)

  if (displays.length === 0) return { width, height, maximized }

  let target: Rect | undefined
  if (x !== undefined && y !== undefined) {
    let best = 0
    for (const d of displays) {
      const o = overlap({ x, y, width, height }, d)
      if (o > best) [best, target] = [o, d]
    }
  }
  const area = target ?? displays[0]
  width = Math.min(width, area.width)
  height = Math.min(height, area.height)
  if (!target || x === undefined || y === undefined) return { width, height, maximized }
  return {
    x: clamp(x, area.x, area.x + area.width - width),
    y: clamp(y, area.y, area.y + area.height - height),
    width,
    height,
    maximized,
  }
}

/** Reads the saved state; a missing or corrupt file gives the defaults. */
export function loadWindowState(file: string, displays: readonly Rect[]): WindowState {
  let saved: unknown = null
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    saved = null
  }
  return clampBounds(saved, displays)
}

/** Write-then-rename so a crash mid-write never leaves a half file behind. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    const tmp = `${file}.tmp`
    writeFileSync(tmp, JSON.stringify(state))
    renameSync(tmp, file)
  } catch {
    // losing the window position is not worth failing a quit over
  }
}
