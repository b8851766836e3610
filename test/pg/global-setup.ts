import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { startCluster } from '../../bench/pg-cluster'
import { openPostgresStore } from '../../src/main/db/postgres/open'
import { TEMPLATE_DB } from './server'
import type { PgServer } from './server'

/*
 * The PostgreSQL lane: one throwaway cluster for the whole run. The migrations run once, into a
 * template database; each harness then gets a fresh copy of it (CREATE DATABASE … TEMPLATE), which
 * costs a file copy instead of a migration. Stopped and deleted when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const t0 = Date.now()
  let cluster
  try {
    cluster = await startCluster()
  } catch (e) {
    throw new Error(`The PostgreSQL test lane could not start a server: ${String(e)}`)
  }
  const server: PgServer = { host: cluster.host, port: cluster.port, user: cluster.user }
  const admin = new pg.Client({ ...server, database: 'postgres' })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`)
  await admin.end()
  const store = await openPostgresStore(
    { ...server, database: TEMPLATE_DB, password: '', ssl: false },
    () => new Date('2026-01-01T00:00:00.000Z'),
  )
  await store.close()
  console.log(
    `[tourdesk] PostgreSQL test cluster on 127.0.0.1:${cluster.port}, ready in ${Date.now() - t0} ms`,
  )
  project.provide('pgServer', server)
  // an interrupted run (Ctrl+C) must not leave the server running either
  let stopped = false
  const stop = () => {
    if (stopped) return
    stopped = true
    cluster.stop()
  }
  process.once('exit', stop)
  return stop
}
