import type { GuideLevel, GuideRole, SupplierKind } from '../trips/trip.schema'
import type { CustomerImportField, ImportTarget } from './import-fields'
import { customerImportFields, normalizeHeader, suggestMapping } from './import-fields'
import type { ParticipantImportField } from './participant-fields'
import { participantImportFields, suggestParticipantMapping } from './participant-fields'

/*
 * The columns of a guide sheet and a supplier sheet, and the header names agencies give them.
 * Passport and permit numbers are left out on purpose: they are revealed only to managers and
 * audited one by one, so a bulk sheet is not the way they enter.
 */
export const guideImportFields = [
  'name',
  'mobile',
  'licenceNo',
  'level',
  'licenceExpiry',
  'languages',
  'roles',
  'notes',
] as const
export type GuideImportField = (typeof guideImportFields)[number]

export const supplierImportFields = [
  'name',
  'kind',
  'contactPerson',
  'phone',
  'licenceNo',
  'licenceExpiry',
  'address',
  'notes',
] as const
export type SupplierImportField = (typeof supplierImportFields)[number]

export type ImportField =
  CustomerImportField | GuideImportField | SupplierImportField | ParticipantImportField

export const allImportFields = [
  ...new Set<ImportField>([
    ...customerImportFields,
    ...guideImportFields,
    ...supplierImportFields,
    ...participantImportFields,
  ]),
] as [ImportField, ...ImportField[]]

export function fieldsOf(target: ImportTarget): readonly ImportField[] {
  if (target === 'guides') return guideImportFields
  if (target === 'suppliers') return supplierImportFields
  if (target === 'participants') return participantImportFields
  return customerImportFields
}

const guideSynonyms: Record<GuideImportField, string[]> = {
  name: ['姓名', '导游姓名', '导游', '名字', 'name', 'guide', 'guidename'],
  mobile: ['手机', '手机号', '手机号码', '电话', '联系电话', 'mobile', 'phone', 'tel'],
  licenceNo: [
    '导游证号',
    '导游证',
    '导游证编号',
    '证号',
    '领队证号',
    'licence',
    'licenceno',
    'license',
    'licenseno',
  ],
  level: ['等级', '导游等级', '级别', 'level', 'grade'],
  licenceExpiry: ['有效期', '导游证有效期', '证件有效期', '到期日', 'expiry', 'licenceexpiry', 'validuntil'],
  languages: ['语种', '语言', '外语', '工作语种', 'languages', 'language'],
  roles: ['角色', '类别', '带团类型', '职责', 'roles', 'role'],
  notes: ['备注', '说明', 'notes', 'note', 'remark', 'remarks'],
}

const supplierSynonyms: Record<SupplierImportField, string[]> = {
  name: [
    '供应商名称',
    '供应商',
    '名称',
    '单位名称',
    '公司名称',
    'name',
    'supplier',
    'suppliername',
    'company',
  ],
  kind: ['类型', '供应商类型', '类别', '种类', 'type', 'kind', 'category'],
  contactPerson: ['联系人', '负责人', '联系人姓名', 'contact', 'contactperson'],
  phone: ['电话', '联系电话', '手机', '联系方式', 'phone', 'tel', 'mobile'],
  licenceNo: [
    '许可证号',
    '经营许可证号',
    '许可证',
    '资质证号',
    'licence',
    'licenceno',
    'license',
    'licenseno',
  ],
  licenceExpiry: ['许可证有效期', '有效期', '到期日', 'expiry', 'licenceexpiry', 'validuntil'],
  address: ['地址', '联系地址', '所在地', 'address'],
  notes: ['备注', '说明', 'notes', 'note', 'remark', 'remarks'],
}

function lookupOf<F extends string>(fields: readonly F[], synonyms: Record<F, string[]>): Map<string, F> {
  const m = new Map<string, F>()
  for (const f of fields) for (const s of synonyms[f]) m.set(normalizeHeader(s), f)
  return m
}
const lookups = {
  guides: lookupOf(guideImportFields, guideSynonyms),
  suppliers: lookupOf(supplierImportFields, supplierSynonyms),
}

/** column index → field for a sheet of this kind; each field goes to its first column only */
export function suggestMappingFor(target: ImportTarget, headers: string[]): Record<string, ImportField> {
  if (target === 'customers') return suggestMapping(headers)
  if (target === 'participants') return suggestParticipantMapping(headers)
  const lookup = lookups[target]
  const out: Record<string, ImportField> = {}
  const taken = new Set<ImportField>()
  headers.forEach((h, i) => {
    const f = lookup.get(normalizeHeader(h))
    if (f && !taken.has(f)) {
      out[String(i)] = f
      taken.add(f)
    }
  })
  return out
}

/** words in a cell → a code; the codes themselves and the English labels are accepted too */
function codeLookup<C extends string>(words: Record<C, string[]>): (cell: string) => C | null {
  const m = new Map<string, C>()
  for (const [code, ws] of Object.entries(words) as [C, string[]][])
    for (const w of [code, ...ws]) m.set(normalizeHeader(w), code)
  return (cell) => m.get(normalizeHeader(cell)) ?? null
}

export const supplierKindOf = codeLookup<SupplierKind>({
  ground_operator: ['地接社', '地接', '旅行社', 'groundoperator'],
  hotel: ['酒店', '宾馆', '饭店', '住宿'],
  coach: ['旅游车队', '车队', '旅游车', '大巴', '用车', '汽车公司', 'bus'],
  restaurant: ['餐厅', '餐饮', '饭馆', '用餐'],
  sight: ['景区', '景点', '门票', 'scenicspot', 'attraction'],
  ticketing: ['机票/火车票', '机票', '火车票', '票务', '票务代理', 'tickets'],
  insurer: ['保险公司', '保险', 'insurance'],
  other: ['其他', '其它'],
})

export const guideLevelOf = codeLookup<GuideLevel>({
  junior: ['初级', '初级导游'],
  intermediate: ['中级', '中级导游'],
  senior: ['高级', '高级导游'],
  special: ['特级', '特级导游', 'specialgrade'],
})

export const guideRoleOf = codeLookup<GuideRole>({
  national_escort: ['全陪', '全程陪同', 'nationalescort'],
  local_guide: ['地陪', '地方陪同', 'localguide'],
  tour_leader: ['领队', '出境领队', 'tourleader', 'leader'],
})

/** lists in one cell: 英语、日语 / English, Japanese / 全陪/地陪 */
export const LIST_SPLIT = /[,，、;；|/／\s]+/
