import pg from 'pg'
import { inject } from 'vitest'
import type { PostgresConnection } from '../../src/main/db/open'

/** The throwaway cluster started by test/pg/global-setup.ts (only in the postgres project). */
export interface PgServer {
  host: string
  port: number
  user: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgServer: PgServer | undefined
  }
}

export const TEMPLATE_DB = 'tourdesk_template'

/** The server this test file runs against, or undefined in the SQLite project. */
export function pgServer(): PgServer | undefined {
  return inject('pgServer')
}

let admin: Promise<pg.Client> | null = null
let n = 0
let spare: Promise<string> | null = null

function adminClient(s: PgServer): Promise<pg.Client> {
  admin ??= (async () => {
    const c = new pg.Client({ ...s, database: 'postgres' })
    await c.connect()
    return c
  })()
  return admin
}

async function copyTemplate(s: PgServer): Promise<string> {
  const name = `t_${process.pid}_${++n}_${Math.random().toString(36).slice(2, 8)}`
  // FILE_COPY copies the template's few files instead of logging every block (≈ 3× faster here)
  await (await adminClient(s)).query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB} STRATEGY FILE_COPY`)
  return name
}

/**
 * A fresh, migrated, empty database: a copy of the template. The next test's copy is made while this
 * one runs, and a used one is dropped without waiting (the cluster is deleted after the run anyway).
 */
export async function freshDatabase(s: PgServer): Promise<PostgresConnection & { drop(): Promise<void> }> {
  const name = await (spare ?? copyTemplate(s))
  spare = copyTemplate(s)
  // an unused spare at the end of a file is simply left behind
  spare.catch(() => {})
  return {
    ...s,
    database: name,
    password: '',
    ssl: false,
    async drop() {
      const c = await adminClient(s)
      // without FORCE: a desk a test left open keeps its database until the cluster goes
      c.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => {})
    },
  }
}

/** An empty database (no schema at all), as an administrator creates it for an office. */
export async function emptyDatabase(s: PgServer): Promise<PostgresConnection> {
  const name = `e_${process.pid}_${++n}_${Math.random().toString(36).slice(2, 8)}`
  await (await adminClient(s)).query(`CREATE DATABASE ${name}`)
  return { ...s, database: name, password: '', ssl: false }
}
