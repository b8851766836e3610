import fs from 'node:fs'
import path from 'node:path'

/*
 * The copy of the database taken before a schema upgrade holds every customer as they were, including
 * those deleted since: kept forever it would undo every deletion. It exists to undo a failed upgrade, so
 * it is kept until the upgraded database has opened cleanly and a week has passed (time to notice that
 * something went wrong after an upgrade), then deleted at the next start.
 */
export const UPGRADE_COPY_RETENTION_DAYS = 7
const DAY_MS = 24 * 60 * 60 * 1000

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')
}

/** tourdesk.sqlite.before-0004_trips-20261125T020000.bak: the migration it guards and when (UTC). */
export function upgradeCopyName(fileName: string, migration: string, at: Date): string {
  return `${fileName}.before-${migration}-${stamp(at)}.bak`
}

function parse(fileName: string, entry: string): { migration: string; at: number } | null {
  if (!entry.startsWith(`${fileName}.before-`)) return null
  const m = /^(.+)-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\.bak$/.exec(
    entry.slice(`${fileName}.before-`.length),
  )
  if (!m) return null
  const at = Date.parse(`${m[2]}-${m[3]}-${m[4]}T${m[5]}:${m[6]}:${m[7]}Z`)
  return Number.isNaN(at) ? null : { migration: m[1], at }
}

/**
 * Called once the database has opened cleanly (integrity checked, every migration applied). Deletes
 * each upgrade copy whose migration is applied and which is at least the retention period old by the
 * clock; keeps anything else (a copy for an upgrade that has not succeeded, a name it does not know, a
 * copy dated in the future). Returns the names deleted.
 */
export function pruneUpgradeCopies(
  dataDir: string,
  fileName: string,
  applied: string[],
  now: Date,
): string[] {
  const done = new Set(applied)
  const deleted: string[] = []
  let entries: string[]
  try {
    entries = fs.readdirSync(dataDir)
  } catch {
    // the database opened from this folder; a folder that cannot be listed now only delays the cleanup
    return deleted
  }
  for (const entry of entries) {
    const copy = parse(fileName, entry)
    if (!copy || !done.has(copy.migration)) continue
    const age = now.getTime() - copy.at
    if (age < UPGRADE_COPY_RETENTION_DAYS * DAY_MS) continue
    try {
      fs.unlinkSync(path.join(dataDir, entry))
      deleted.push(entry)
    } catch {
      // another program may hold it open (an antivirus scan, a backup tool): the next start retries
    }
  }
  return deleted
}
