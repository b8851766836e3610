/** One sheet to write: what every export builds and the xlsx and CSV writers take. */
export type Cell = string | number | null | undefined

export interface SheetColumn {
  header: string
  /** width in characters; CJK characters count about two */
  width?: number
  /** text columns stay text in Excel (phone and identity numbers keep their leading zeros) */
  text?: boolean
}

export interface SheetData {
  name: string
  columns: SheetColumn[]
  rows: Cell[][]
}

/** A sheet as read: every cell as the text the user sees, header row included. */
export interface ReadSheet {
  name: string
  rows: string[][]
}
