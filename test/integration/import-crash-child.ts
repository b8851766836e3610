/*
 * The child of import-crash.test.ts: opens TourDesk on the folder it is given, imports the CSV
 * through dispatch, and prints each progress event, so the parent can kill it in the middle.
 */
import fs from 'node:fs'
import { openApp } from '../../src/main/app'
import { CHUNK_BYTES } from '../../src/shared/imports/imports.api'

async function main() {
  const [dataDir, csv] = process.argv.slice(2)
  const app = await openApp({ dataDir, clock: () => new Date('2026-11-25T02:00:00.000Z') })
  const s = app.newSession()
  const must = async (ch: string, input: unknown) => {
    const r = await app.dispatch(ch, input, s)
    if (!r.ok) throw new Error(`${ch}: ${JSON.stringify(r.error)}`)
    return r.value as any
  }
  await must('auth.signIn', { login: 'admin', password: 'correct-horse-9' })
  app.events.subscribe(s, (e, p: any) => {
    if (e === 'imports.progress') process.stdout.write(`progress ${p.done}\n`)
  })
  const bytes = fs.readFileSync(csv)
  const data: string[] = []
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES)
    data.push(bytes.subarray(i, i + CHUNK_BYTES).toString('base64'))
  const opened = await must('imports.open', { fileName: 'big.csv', data })
  const where = { token: opened.token, sheet: 0, headerRow: 0 }
  const { mapping } = await must('imports.headers', where)
  await must('imports.run', { ...where, mapping, decisions: {} })
  process.stdout.write('finished\n')
  await app.close()
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
