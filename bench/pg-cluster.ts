import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/*
 * A throwaway PostgreSQL cluster for the tests' PostgreSQL lane (test/pg/global-setup.ts) and the
 * benchmarks (bench/pg-*.ts), kept here so the bench needs nothing from test/: initdb into a temp folder, start it on a free port of
 * 127.0.0.1 with its own socket folder, stop and delete it afterwards. initdb refuses to run as root,
 * so as root everything runs as the `postgres` user (Debian's package creates it).
 */
export interface Cluster {
  host: string
  port: number
  user: string
  stop(): void
}

function findBin(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, name)
    if (fs.existsSync(p)) return p
  }
  const base = '/usr/lib/postgresql'
  if (!fs.existsSync(base)) return null
  const versions = fs.readdirSync(base).sort((a, b) => Number(b) - Number(a))
  for (const v of versions) {
    const p = path.join(base, v, 'bin', name)
    if (fs.existsSync(p)) return p
  }
  return null
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port
      srv.close(() => resolve(port))
    })
  })
}

export async function startCluster(): Promise<Cluster> {
  const initdb = findBin('initdb')
  const pgCtl = findBin('pg_ctl')
  if (!initdb || !pgCtl) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found')
  const asRoot = process.getuid?.() === 0
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tourdesk-pg-'))
  const data = path.join(root, 'data')
  const sock = path.join(root, 'sock')
  fs.mkdirSync(sock)
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', root])
  const run = (bin: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' })
      : execFileSync(bin, args, { stdio: 'pipe' })
  // C collation sorts like SQLite (byte order); a UTF-8 ctype lets pg_trgm index Chinese characters
  run(initdb, [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--lc-collate=C',
    '--lc-ctype=C.UTF-8',
  ])
  const port = await freePort()
  // durability is pointless for a cluster deleted after the run: no fsync makes CREATE DATABASE fast
  const opts = `-c listen_addresses=127.0.0.1 -p ${port} -k ${sock} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`
  run(pgCtl, ['-D', data, '-o', opts, '-l', path.join(root, 'log'), '-w', 'start'])
  return {
    host: '127.0.0.1',
    port,
    user: 'postgres',
    stop() {
      try {
        run(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } finally {
        fs.rmSync(root, { recursive: true, force: true })
      }
    },
  }
}
