import { describe, expect, it, vi } from 'vitest'
import { buildApi } from '../../src/preload/build-api'
import { contract } from '../../src/shared/api/registry'
import { callNames } from '../../src/shared/api/client-types'
import { eventNames } from '../../src/shared/api/events'

type Listener = (event: string, payload: unknown) => void

function fakeTransport() {
  const listeners = new Set<Listener>()
  const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }))
  const subscribe = vi.fn((l: Listener) => {
    listeners.add(l)
    return () => {
      listeners.delete(l)
    }
  })
  const emit = (event: string, payload: unknown) => [...listeners].forEach((l) => l(event, payload))
  return { invoke, subscribe, emit, listeners }
}

describe('buildApi', () => {
  it('creates exactly one function per channel', () => {
    const t = fakeTransport()
    const api = buildApi(t.invoke, t.subscribe) as unknown as Record<string, Record<string, unknown>>
    const names = callNames(contract)
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      const [ns, m] = name.split('.')
      expect(typeof api[ns][m], name).toBe('function')
    }
    const exposed = Object.entries(api)
      .filter(([k]) => k !== 'on')
      .flatMap(([ns, calls]) => Object.keys(calls).map((m) => `${ns}.${m}`))
    expect(exposed.sort()).toEqual([...names].sort())
    expect(typeof api.on).toBe('function')
  })

  it('forwards channel and input to invoke and returns its answer', async () => {
    const t = fakeTransport()
    const api = buildApi(t.invoke, t.subscribe) as unknown as Record<
      string,
      Record<string, (i: unknown) => unknown>
    >
    for (const name of callNames(contract)) {
      const [ns, m] = name.split('.')
      const input = { probe: name }
      await expect(api[ns][m](input)).resolves.toEqual({ ok: true, value: { channel: name, input } })
      expect(t.invoke).toHaveBeenLastCalledWith(name, input)
    }
    expect(t.invoke).toHaveBeenCalledTimes(callNames(contract).length)
  })

  it('turns a transport failure into an INTERNAL envelope', async () => {
    const api = buildApi(
      () => Promise.reject(new Error('ipc gone')),
      () => () => {},
    )
    const [ns, m] = callNames(contract)[0].split('.') as [string, string]
    const call = (api as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[ns][m]
    await expect(call({})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', msg: { key: 'errors.internal' } },
    })
  })

  it('exposes no transport', () => {
    const t = fakeTransport()
    const api = buildApi(t.invoke, t.subscribe) as unknown as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...Object.keys(contract), 'on'].sort())
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('on() rejects unknown events and bad listeners', () => {
    const t = fakeTransport()
    const api = buildApi(t.invoke, t.subscribe)
    const on = api.on as unknown as (e: string, l: unknown) => () => void
    expect(() => on('ipc.anything', () => {})).toThrow(/Unknown event/)
    expect(() => on('__proto__', () => {})).toThrow(/Unknown event/)
    expect(() => on(eventNames[0], 'nope')).toThrow(TypeError)
    expect(t.subscribe).not.toHaveBeenCalled()
  })

  it('delivers only the subscribed event, until unsubscribed', () => {
    const t = fakeTransport()
    const api = buildApi(t.invoke, t.subscribe)
    const got: unknown[] = []
    const off = api.on('data.changed', (p) => got.push(p))
    t.emit('data.changed', { entity: 'customer', id: 1 })
    t.emit('session.ended', { reason: 'signout' })
    t.emit('data.changed', { entity: 'staff' })
    expect(got).toEqual([{ entity: 'customer', id: 1 }, { entity: 'staff' }])
    off()
    t.emit('data.changed', { entity: 'customer', id: 2 })
    expect(got).toHaveLength(2)
    expect(t.listeners.size).toBe(0)
    off()
    expect(t.listeners.size).toBe(0)
  })

  it('every known event can be subscribed', () => {
    const t = fakeTransport()
    const api = buildApi(t.invoke, t.subscribe)
    for (const e of eventNames) expect(typeof api.on(e, () => {})).toBe('function')
  })
})
