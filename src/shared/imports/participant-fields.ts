import type { PriceType } from '../trips/trip.schema'
import type { CustomerImportField } from './import-fields'
import { normalizeHeader, suggestMapping } from './import-fields'

/*
 * The columns of an agency's sign-up sheet (报名表): who the person is (matched to, or made into, a
 * customer file with the customer form's rules) and what this trip needs (price type, rooming, a
 * remark). The sheet's 备注 is about the trip, so it becomes the participant's note, not the file's.
 */
export const participantImportFields = [
  'name',
  'pinyinName',
  'gender',
  'mobile',
  'idCard',
  'passport',
  'birth',
  'room',
  'priceType',
  'notes',
] as const
export type ParticipantImportField = (typeof participantImportFields)[number]

/** the fields that belong to the trip rather than to the customer file */
export const tripOnlyFields = ['room', 'priceType', 'notes'] as const

const tripSynonyms: Record<(typeof tripOnlyFields)[number], string[]> = {
  room: ['房型', '同住', '房型/同住', '住房', '分房', '同住人', '住宿要求', 'room', 'rooming', 'roommate'],
  priceType: ['价格类型', '价格', '报名类型', '类型', '成人/儿童', 'pricetype', 'fare', 'type'],
  notes: ['备注', '说明', '特殊要求', 'notes', 'note', 'remark', 'remarks'],
}
const tripLookup = new Map<string, ParticipantImportField>()
for (const f of tripOnlyFields) for (const s of tripSynonyms[f]) tripLookup.set(normalizeHeader(s), f)

const personFields = new Set<string>(participantImportFields)

/** column → field for a sign-up sheet: the customer names first, then the trip's own columns */
export function suggestParticipantMapping(headers: string[]): Record<string, ParticipantImportField> {
  const out: Record<string, ParticipantImportField> = {}
  const taken = new Set<ParticipantImportField>()
  headers.forEach((h, i) => {
    const f = tripLookup.get(normalizeHeader(h))
    if (f && !taken.has(f)) {
      out[String(i)] = f
      taken.add(f)
    }
  })
  for (const [col, f] of Object.entries(suggestMapping(headers) as Record<string, CustomerImportField>))
    if (!out[col] && personFields.has(f) && !taken.has(f as ParticipantImportField)) {
      out[col] = f as ParticipantImportField
      taken.add(f as ParticipantImportField)
    }
  return out
}

const priceWords: Record<PriceType, string[]> = {
  adult: ['adult', '成人', '大人', '成年人'],
  child_bed: ['child_bed', '儿童占床', '小孩占床', '占床', 'childbed', 'child(bed)'],
  child_no_bed: ['child_no_bed', '儿童不占床', '小孩不占床', '不占床', 'childnobed', 'child(nobed)'],
  infant: ['infant', '婴儿', 'baby'],
}
const priceKey = (w: string) =>
  w
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()_-]/g, '')
const priceLookup = new Map<string, PriceType>()
for (const [code, ws] of Object.entries(priceWords) as [PriceType, string[]][])
  for (const w of ws) priceLookup.set(priceKey(w), code)

/** 成人 / 儿童占床 / 儿童不占床 / 婴儿 (or the codes, or English) → the price type; empty = adult */
export function priceTypeOf(cell: string): PriceType | null {
  const t = cell.trim()
  if (!t) return 'adult'
  return priceLookup.get(priceKey(t)) ?? null
}

/** 单间 / 单人间 / 单房差 / single: the traveller pays for a room of their own */
export const wantsSingleRoom = (cell: string): boolean => /单间|单人间|单房|单住|single/i.test(cell)
