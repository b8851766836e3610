import { describe, expect, it } from 'vitest'
import { pressKey } from '../../src/renderer/src/feedback/entryKeys'
import type { KeyState } from '../../src/renderer/src/feedback/entryKeys'
import { defaultTemplate, itemsFor } from '../../src/shared/feedback/template'

const items = itemsFor(defaultTemplate, 'domestic')
const start: KeyState = { answers: {}, cursor: 0, pendingOne: false }

function type(keys: string[], s = start): { state: KeyState; saved: boolean } {
  let saved = false
  for (const k of keys) {
    const r = pressKey(items, 4, s, k)
    if (!r) continue
    s = r.state
    saved ||= !!r.save
  }
  return { state: s, saved }
}

describe('keying a sheet', () => {
  it("takes one key per answer in the paper's order and moves on by itself", () => {
    const { state } = type([...Array(11).fill('2'), 'y', 'n', 'n', 'n', 'y', '7'])
    expect(state.answers.itinerary).toBe(1)
    expect(state.answers.overall).toBe(1)
    expect(state.answers.contract_signed).toBe(1)
    expect(state.answers.forced_shopping).toBe(0)
    expect(state.answers.nps).toBe(7)
    expect(items[state.cursor].key).toBe('remarks')
  })

  it('stores Space as "no answer", ignores keys off the scale, and Backspace steps back', () => {
    let { state } = type([' ', '5', '9', '3'])
    expect(state.answers).toEqual({ itinerary: null, local_guide: 2 })
    state = type(['Backspace', '1'], state).state
    expect(state.answers.local_guide).toBe(0)
    expect(state.cursor).toBe(2)
  })

  it('reads "1" then "0" on the NPS question as 10, and "1" then Enter as 1 saved', () => {
    const toNps = [...Array(11).fill('1'), 'y', 'n', 'n', 'n', 'y']
    expect(type([...toNps, '1', '0']).state.answers.nps).toBe(10)
    const one = type([...toNps, '1', 'Enter'])
    expect(one.state.answers.nps).toBe(1)
    expect(one.saved).toBe(true)
  })
})
