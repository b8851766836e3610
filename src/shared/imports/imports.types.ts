import type { Msg } from '../api/envelope'
import type { ImportField } from './resource-fields'

export type ImportEncoding = 'xlsx' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-8' | 'gb18030'

export interface OpenedFile {
  token: string
  encoding: ImportEncoding
  sheets: { name: string; rowCount: number; preview: string[][] }[]
}

export interface HeaderChoice {
  headers: string[]
  mapping: Record<string, ImportField>
  /** the mapping is the one saved the last time a sheet with these headers was imported */
  remembered: boolean
}

/** a sheet row refused, numbered as the spreadsheet numbers it (1 = the first row) */
export interface RejectedRow {
  row: number
  name: string
  problems: { field: ImportField | 'row'; msg: Msg }[]
}

export type GroupChoice = 'skip' | 'update' | 'create'

/**
 * Rows of the file that are the same person as each other or as files already kept (same mobile or
 * identity number). Identity numbers travel masked: the screen needs to tell rows apart, not read them.
 */
export interface DuplicateGroup {
  key: string
  rows: { row: number; name: string; mobile: string | null; document: string | null }[]
  existing: { id: number; name: string; mobile: string | null }[]
  choices: GroupChoice[]
}

export interface DryRun {
  total: number
  valid: number
  rejected: RejectedRow[]
  groups: DuplicateGroup[]
}

export interface ImportReport {
  id: number | null
  cancelled: boolean
  created: number
  updated: number
  skipped: { row: number; name: string; reason: 'duplicate' }[]
  rejected: RejectedRow[]
}

export interface ImportRunRow {
  id: number
  fileName: string
  encoding: ImportEncoding
  at: string
  byName: string | null
  created: number
  updated: number
  skipped: number
  rejected: number
  undoneAt: string | null
  version: number
}
