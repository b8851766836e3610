import { describe, expect, it } from 'vitest'
import { suggestMappingFor, supplierKindOf } from '../../src/shared/imports/resource-fields'
import { guideFromRow, supplierFromRow } from '../../src/shared/imports/resource-rows'

describe('guide and supplier header suggestions', () => {
  it('maps the headers of a guide sheet, Chinese or English, to guide fields only', () => {
    expect(
      suggestMappingFor('guides', [
        '序号',
        '导游姓名',
        '手机号码',
        '导游证号',
        '语种',
        '等级',
        '身份证号',
        '备注',
      ]),
    ).toEqual({ 1: 'name', 2: 'mobile', 3: 'licenceNo', 4: 'languages', 5: 'level', 7: 'notes' })
    expect(
      suggestMappingFor('guides', ['Name', 'Mobile', 'Licence No.', 'Languages', 'Role', 'Valid until']),
    ).toEqual({ 0: 'name', 1: 'mobile', 2: 'licenceNo', 3: 'languages', 4: 'roles', 5: 'licenceExpiry' })
  })

  it('maps a supplier sheet; 电话 and 手机 both mean the phone, the first column wins', () => {
    expect(
      suggestMappingFor('suppliers', [
        '供应商名称',
        '类型',
        '联系人',
        '电话',
        '手机',
        '地址（详细）',
        '备注',
      ]),
    ).toEqual({ 0: 'name', 1: 'kind', 2: 'contactPerson', 3: 'phone', 5: 'address', 6: 'notes' })
    expect(suggestMappingFor('suppliers', ['Supplier', 'Type', 'Contact', 'Tel'])).toEqual({
      0: 'name',
      1: 'kind',
      2: 'contactPerson',
      3: 'phone',
    })
    // a customer sheet's headers are still the customer's
    expect(suggestMappingFor('customers', ['姓名', '身份证号'])).toEqual({ 0: 'name', 1: 'idCard' })
  })
})

describe('guide and supplier rows', () => {
  it('reads supplier types as agencies write them and refuses an unknown one', () => {
    expect(
      ['地接社', '酒店', '大巴', '餐厅', '景区', '机票/火车票', '保险', '其它', 'Hotel', 'coach'].map(
        supplierKindOf,
      ),
    ).toEqual([
      'ground_operator',
      'hotel',
      'coach',
      'restaurant',
      'sight',
      'ticketing',
      'insurer',
      'other',
      'hotel',
      'coach',
    ])
    expect(supplierKindOf('飞艇')).toBeNull()
    const m = { 0: 'name', 1: 'kind', 2: 'licenceExpiry' }
    expect(supplierFromRow(['西湖国宾馆', '宾馆', '2027年6月30日'], m)).toMatchObject({
      ok: true,
      input: { name: '西湖国宾馆', kind: 'hotel', licenceExpiry: '2027-06-30', active: true },
    })
    expect(supplierFromRow(['', '飞艇', '46000'], m)).toEqual({
      ok: false,
      problems: [
        { field: 'kind', msg: { key: 'errors.invalidValue' } },
        { field: 'name', msg: { key: 'errors.required' } },
      ],
    })
  })

  it('reads a guide row through the guide form: phone, level and roles in words, languages as a list', () => {
    const m = { 0: 'name', 1: 'mobile', 2: 'level', 3: 'roles', 4: 'languages', 5: 'licenceNo' }
    expect(
      guideFromRow(['赵导', '139 0000 0001', '特级', '领队，全陪', '英语/日语', 'D 3301 001'], m),
    ).toMatchObject({
      ok: true,
      input: {
        mobile: '13900000001',
        level: 'special',
        roles: ['tour_leader', 'national_escort'],
        languages: ['英语', '日语'],
        licenceNo: 'D3301001',
      },
    })
    const bad = guideFromRow(['钱导', '12345', '五星', '司机', '', ''], m)
    expect(bad.ok ? [] : bad.problems.map((p) => [p.field, p.msg.key])).toEqual([
      ['level', 'errors.invalidValue'],
      ['roles', 'errors.invalidValue'],
      ['mobile', 'errors.phone'],
    ])
  })
})
