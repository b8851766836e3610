/*
 * Bundled for the browser by the test host (esbuild): the same buildApi the Electron preload
 * uses, with HTTP on loopback as the transport instead of IPC.
 */
import { buildApi } from '../../src/preload/build-api'

// One page id per tab, kept across reloads: like an Electron window, whose session survives a reload.
const page =
  sessionStorage.getItem('tourdesk-page') ??
  (() => {
    const id = Math.random().toString(36).slice(2) + Date.now().toString(36)
    sessionStorage.setItem('tourdesk-page', id)
    return id
  })()

async function invoke(channel: string, input: unknown): Promise<unknown> {
  const res = await fetch(`/__api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tourdesk-page': page },
    body: JSON.stringify(input === undefined ? null : input),
  })
  return res.json()
}

const listeners = new Set<(event: string, payload: unknown) => void>()
let source: EventSource | null = null

function subscribe(listener: (event: string, payload: unknown) => void): () => void {
  listeners.add(listener)
  if (!source) {
    source = new EventSource(`/__events?page=${page}`)
    source.onmessage = (m) => {
      const { event, payload } = JSON.parse(m.data) as { event: string; payload: unknown }
      for (const l of listeners) l(event, payload)
    }
  }
  return () => listeners.delete(listener)
}

;(window as unknown as { api: unknown }).api = buildApi(invoke, subscribe)
