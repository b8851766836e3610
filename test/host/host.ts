import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { buildSync } from 'esbuild'
import { openApp } from '../../src/main/app'
import type { OpenAppOptions, Session, TourDeskApp } from '../../src/main/app'
import type { Effects } from '../../src/main/effects'

/**
 * Browser test host: the same handler map as the Electron shell, on a fresh database in a temp
 * folder, the built renderer served on 127.0.0.1, and window.api forwarded over loopback HTTP
 * (events over server-sent events). Electron-only side effects are recorded for assertions.
 */
export interface RecordingEffects extends Effects {
  /** desktop notifications the reminder engine raised (run a round with app.reminders.tick()) */
  notifications: Parameters<Effects['notify']>[0][]
  opened: string[]
  /** print jobs asked for; browser tests print the page themselves (Chromium page.pdf) */
  prints: { title: string; mode: 'dialog' | 'pdf' }[]
  /** files main asked to save (exports): browser tests read them back */
  saved: { name: string; bytes: Uint8Array; kind: 'xlsx' | 'csv' }[]
}

export interface TestHost {
  url: string
  app: TourDeskApp
  dataDir: string
  effects: RecordingEffects
  /** the host's "now": tests set it; nothing here reads the machine's clock */
  clock: { now: Date }
  /**
   * The main-process session of the page whose id header (`x-tourdesk-page`) is `pageId`: tests sign
   * it in through the same dispatch the page uses, so the page opens signed in without the form.
   */
  sessionOf(pageId: string): Session
  close(): Promise<void>
}

const root = path.resolve(__dirname, '../..')
const rendererDir = path.join(root, 'out/renderer')
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

let pageApiJs: string | null = null
function pageApi(): string {
  pageApiJs ??= buildSync({
    entryPoints: [path.join(__dirname, 'page-api.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).outputFiles[0].text
  return pageApiJs
}

function readBody(req: http.IncomingMessage, limit = 8 * 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > limit) reject(new Error('body too large'))
      else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export async function startHost(opts: {
  dataDir?: string
  now: string
  /** open as a desk whose office server was unreachable at start-up (the banner's state) */
  serverFallback?: OpenAppOptions['serverFallback']
}): Promise<TestHost> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` first')
  }
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-host-'))
  const effects: RecordingEffects = {
    notifications: [],
    opened: [],
    prints: [],
    saved: [],
    notify(n) {
      this.notifications.push(n)
    },
    async openExternal(url) {
      this.opened.push(url)
    },
    async print(_session, job) {
      this.prints.push({ title: job.title, mode: job.mode })
      return { done: true }
    },
    async saveFile(_session, file) {
      this.saved.push(file)
      return { done: true, file: file.name }
    },
  }
  const clock = { now: new Date(opts.now) }
  const app = await openApp({
    dataDir,
    effects,
    clock: () => new Date(clock.now),
    serverFallback: opts.serverFallback,
  })
  const sessions = new Map<string, Session>()
  const sessionOf = (page: string) => {
    let s = sessions.get(page)
    if (!s) sessions.set(page, (s = app.newSession()))
    return s
  }
  const index = fs
    .readFileSync(path.join(rendererDir, 'index.html'), 'utf8')
    .replace('<head>', '<head>\n    <script src="/__testhost/api.js"></script>')

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    try {
      if (req.method === 'POST' && url.pathname.startsWith('/__api/')) {
        const channel = decodeURIComponent(url.pathname.slice('/__api/'.length))
        const page = String(req.headers['x-tourdesk-page'] ?? '')
        const body = await readBody(req)
        let input: unknown
        try {
          input = JSON.parse(body)
        } catch {
          input = body
        }
        const result = await app.dispatch(channel, input, sessionOf(page))
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(result))
        return
      }
      if (url.pathname === '/__events') {
        const session = sessionOf(url.searchParams.get('page') ?? '')
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
        })
        res.write(': connected\n\n')
        const off = app.events.subscribe(session, (event, payload) => {
          res.write(`data: ${JSON.stringify({ event, payload })}\n\n`)
        })
        req.on('close', off)
        return
      }
      if (url.pathname === '/__testhost/api.js') {
        res.writeHead(200, { 'content-type': types['.js'] })
        res.end(pageApi())
        return
      }
      const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '')
      const file = path.resolve(rendererDir, rel)
      if (!file.startsWith(rendererDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404).end()
        return
      }
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' })
      res.end(rel === 'index.html' ? index : fs.readFileSync(file))
    } catch (e) {
      res.writeHead(500).end(String(e))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    app,
    dataDir,
    effects,
    clock,
    sessionOf,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await app.close()
      if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
