import { test, expect, shot, ADMIN } from './fixtures'
import type { Api } from './fixtures'
import { AuthPage } from './pages/auth.page'
import { inDays } from './fixed-clock'
import { idCard, LONG_PINYIN, ResourcesPage, seedBigGroup } from './pages/resources.page'

const AGENCY = {
  agencyName: ADMIN.agency,
  agencyPhone: '021-6288 1234',
  agencyAddress: '上海市静安区南京西路 1266 号 5 楼',
}

/**
 * A 4-day domestic tour for six travellers with ID cards: day titles and items, a shopping stop and
 * a self-paid item, two guides, three rooms (one single) and a traveller not yet roomed.
 */
async function seed(call: Api) {
  await call('settings.update', { ...AGENCY, version: 1 })
  const ids = {
    zhang: idCard('31010419780315281'),
    li: idCard('31010419800722162'),
    kid: idCard('31010420150101123'),
    wang: idCard('32050219520909204'),
    zhao: idCard('11010819850612331'),
    qian: idCard('44030519900228452'),
  }
  let phone = 13900001000
  const person = (name: string, pinyinName: string, gender: string, date: string, id: string, more = {}) =>
    call('customers.create', {
      name,
      pinyinName,
      gender,
      birth: { calendar: 'solar', date },
      mobile: String(++phone),
      documents: [{ kind: 'id_card', number: id }],
      ...more,
    })
  const zhang = await person('张建国', 'ZHANG JIANGUO', 'male', '1978-03-15', ids.zhang, {
    emergencyContacts: [{ name: '张丽', relation: '妹妹', phone: '13811112222' }],
  })
  const li = await person('李秀英', 'LI XIUYING', 'female', '1980-07-22', ids.li, {
    preferences: { diet: 'vegetarian', allergies: '花生' },
  })
  const kid = await person('张子涵', 'ZHANG ZIHAN', 'female', '2015-01-01', ids.kid, {
    needs: [{ kind: 'minor' }],
  })
  const wang = await person('王桂兰', 'WANG GUILAN', 'female', '1952-09-09', ids.wang, {
    needs: [{ kind: 'elderly', note: '膝盖不好，少走台阶' }],
    emergencyContacts: [{ name: '王强', relation: '儿子', phone: '13922223333' }],
  })
  const zhao = await person('赵磊', 'ZHAO LEI', 'male', '1985-06-12', ids.zhao)
  const qian = await person('钱多多', 'QIAN DUODUO', 'male', '1990-02-28', ids.qian)

  const trip = await call('trips.create', {
    routeName: '华东五市 4 日游',
    destination: '苏州 · 杭州 · 乌镇',
    kind: 'domestic',
    type: 'group',
    departDate: inDays(20),
    returnDate: inDays(23),
    meetingPoint: '上海火车站南广场 2 号门',
    meetingTime: '07:30',
    capacity: 30,
  })
  const t = trip.id
  const day = (dayNo: number, title: string) =>
    call('trips.setDayTitle', { tripId: t, dayNo, version: 0, title })
  const item = (dayNo: number, it: Record<string, unknown>) =>
    call('trips.addItem', { tripId: t, dayNo, item: it })
  await day(1, '上海 → 苏州')
  await item(1, { time: '08:00', kind: 'transport', title: '旅游大巴赴苏州', place: '上海火车站南广场' })
  await item(1, { time: '10:00', kind: 'sight', title: '拙政园', place: '苏州姑苏区', notes: '含门票' })
  await item(1, { time: '12:00', kind: 'meal', title: '午餐 · 苏帮菜' })
  await item(1, { time: '19:00', kind: 'hotel', title: '入住苏州书香府邸酒店' })
  await day(2, '苏州 → 杭州')
  await item(2, {
    time: '09:30',
    kind: 'shopping',
    title: '参观丝绸博物馆',
    shopName: '苏州丝绸博物馆购物中心',
    shopGoods: '真丝制品、丝巾',
    shopMinutes: 45,
  })
  await item(2, { time: '14:00', kind: 'sight', title: '西湖游船', place: '杭州西湖' })
  await item(2, {
    time: '19:30',
    kind: 'self_paid',
    title: '《宋城千古情》演出',
    place: '杭州宋城',
    price: 320,
  })
  await day(3, '杭州 → 乌镇')
  await item(3, { time: '09:00', kind: 'sight', title: '灵隐寺', place: '杭州西湖区' })
  await item(3, { time: '15:00', kind: 'free', title: '乌镇西栅自由活动' })
  await day(4, '乌镇 → 上海')
  await item(4, { time: '16:00', kind: 'transport', title: '返回上海，散团' })

  const added = await call<{ ids: number[] }>('trips.addParticipants', {
    tripId: t,
    customerIds: [zhang.id, li.id, kid.id, wang.id, zhao.id, qian.id],
  })
  const [pZhang, pLi, pKid, pWang, pZhao] = added.ids
  const detail = await call<{ participants: { id: number; version: number }[] }>('trips.get', { id: t })
  const version = (id: number) => detail.participants.find((p) => p.id === id)!.version
  const room = (id: number, f: Record<string, unknown>) =>
    call('trips.updateParticipant', { id, version: version(id), ...f })
  await room(pZhang, { roomNo: '8201', roommateId: pLi, representative: true, contractNo: 'HT-2026-0088' })
  const afterZhang = await call<{ participants: { id: number; version: number }[] }>('trips.get', { id: t })
  const v2 = (id: number) => afterZhang.participants.find((p) => p.id === id)!.version
  await call('trips.updateParticipant', { id: pLi, version: v2(pLi), roomNo: '8201', roommateId: pZhang })
  await call('trips.updateParticipant', {
    id: pKid,
    version: v2(pKid),
    roomNo: '8201',
    bed: false,
    priceType: 'child_no_bed',
  })
  await call('trips.updateParticipant', { id: pWang, version: v2(pWang), roomNo: '8202', singleRoom: true })
  await call('trips.updateParticipant', { id: pZhao, version: v2(pZhao), roomNo: '8203' })

  const escort = await call('guides.create', {
    name: '周敏',
    mobile: '13700001234',
    licenceNo: 'D-3101-2019-00871',
    level: 'senior',
    licenceExpiry: inDays(700),
    roles: ['national_escort'],
  })
  const local = await call('guides.create', {
    name: '吴晓峰',
    mobile: '13600005678',
    licenceNo: 'D-3205-2021-01234',
    roles: ['local_guide'],
  })
  await call('trips.assignGuide', { tripId: t, guideId: escort.id, role: 'national_escort' })
  await call('trips.assignGuide', { tripId: t, guideId: local.id, role: 'local_guide' })
  const code = (await call<{ code: string }>('trips.get', { id: t })).code
  return { trip: t, code, ids }
}

test('the itinerary prints as an A4 PDF with the agency, every day, the shopping stop and the self-paid price', async ({
  app,
  host,
  api,
}) => {
  const s = await seed(api)
  const res = new ResourcesPage(app)
  await res.openPrint(`${host.url}#/print/trip/${s.trip}/itinerary`)
  await expect(app.getByTestId('print-day')).toHaveCount(4)
  await expect(app.getByTestId('print-shopping')).toContainText('苏州丝绸博物馆购物中心')
  await shot(app, 'print-itinerary-zh')

  const pdf = await res.printToPdf('itinerary-zh', { images: true })
  const text = pdf.text.replace(/\s+/g, '')
  const has = (s: string) => expect(text).toContain(s.replace(/\s+/g, ''))
  has(ADMIN.agency)
  has(AGENCY.agencyPhone)
  has('华东五市 4 日游')
  has('行程单')
  has(s.code)
  for (const title of ['上海 → 苏州', '苏州 → 杭州', '杭州 → 乌镇', '乌镇 → 上海']) has(title)
  for (const d of ['D1', 'D2', 'D3', 'D4']) has(d)
  has('4 天 3 晚')
  has('07:30 · 上海火车站南广场 2 号门')
  has('紧急联系电话')
  // the contract's list: the shop, its goods and the maximum time; the self-paid item and its price
  has('购物场所名称主要商品最长停留时间D212月16日苏州丝绸博物馆购物中心真丝制品、丝巾45分钟')
  has('《宋城千古情》演出杭州宋城¥320.00')
  has('第三十五条')
  // footer on every page: agency, print time, page x of n
  expect(text).toMatch(/第1页\/共(\d)页/)
  expect(text.match(/打印于/g)?.length).toBe(pdf.pages)

  // "打印…" asks main to print this window through the system dialog
  await app.getByTestId('print-dialog').click()
  await expect(app.getByTestId('print-notice')).toBeVisible()
  expect(host.effects.prints).toEqual([{ title: `行程单 ${s.code} 华东五市 4 日游`, mode: 'dialog' }])
  await app.getByTestId('print-pdf').click()
  await expect.poll(() => host.effects.prints.length).toBe(2)
  expect(host.effects.prints[1].mode).toBe('pdf')

  // back goes to where the clerk came from (the trip page when opened directly)
  await app.getByTestId('print-back').click()
  await expect(app).toHaveURL(new RegExp(`#/trips/${s.trip}$`))
})

test('the manifest for the guide masks ID numbers and lists rooms, needs and emergency contacts', async ({
  app,
  host,
  api,
}) => {
  const s = await seed(api)
  const res = new ResourcesPage(app)
  await res.openPrint(`${host.url}#/print/trip/${s.trip}/manifest`)
  await expect(app.getByTestId('print-participant')).toHaveCount(6)
  await expect(app.getByTestId('print-room')).toHaveCount(4)
  await shot(app, 'print-manifest-zh')

  const pdf = await res.printToPdf('manifest-zh', { images: true })
  expect(pdf.pages).toBeGreaterThanOrEqual(2)
  // cells read whole in content order (-raw); the layout text keeps a wrapped cell's lines apart
  const text = pdf.raw.replace(/\s+/g, '')
  const has = (s: string) => expect(text).toContain(s.replace(/\s+/g, ''))
  has(ADMIN.agency)
  has('团队名单及分房表')
  has(s.code)
  for (const name of ['张建国', '李秀英', '张子涵', '王桂兰', '赵磊', '钱多多', '周敏', '吴晓峰']) has(name)
  // ID numbers only masked: the full number never reaches paper
  for (const id of Object.values(s.ids)) {
    expect(text).not.toContain(id)
    expect(text).not.toContain(id.slice(3, 14))
    has(`${id.slice(0, 3)}${'*'.repeat(11)}${id.slice(-4)}`)
  }
  has('全陪周敏13700001234D-3101-2019-00871')
  has('地陪吴晓峰13600005678D-3205-2021-01234')
  has('老年人（膝盖不好，少走台阶）')
  has('素食；过敏：花生')
  has('张丽（妹妹）')
  has('13811112222')
  has('★')
  // the rooming list: rooms in order, the unassigned last
  const rooming = text.slice(text.lastIndexOf('分房表'))
  expect(rooming.indexOf('8201')).toBeLessThan(rooming.indexOf('8202'))
  expect(rooming.indexOf('8203')).toBeLessThan(rooming.indexOf('未分房'))
  has('共 3 间房，5 人')

  await app.getByTestId('print-dialog').click()
  await expect
    .poll(() => host.effects.prints)
    .toEqual([{ title: `名单 ${s.code} 华东五市 4 日游`, mode: 'dialog' }])
})

test('the itinerary prints in English for an English-speaking desk', async ({ app, host, api }) => {
  const s = await seed(api)
  await new AuthPage(app).switchLanguage('English')
  const res = new ResourcesPage(app)
  await res.openPrint(`${host.url}#/print/trip/${s.trip}/itinerary`)
  await expect(app.getByTestId('print-contract-items')).toContainText('Shopping stops')
  await shot(app, 'print-itinerary-en')
  const pdf = await res.printToPdf('itinerary-en', { images: true })
  const text = pdf.text.replace(/[ \t]+/g, ' ')
  // labels in English; only the data (route, places) stays Chinese
  expect(text).not.toMatch(/行程单|团号|购物场所|自费|打印于/)
  expect(text).toContain('Itinerary')
  expect(text).toContain('4 days, 3 nights')
  expect(text).toContain('45 min')
  expect(text).toContain('¥320.00')
  // the same ¥ as on the screen, not CN¥
  expect(text).not.toContain('CN¥')
  expect(text).toMatch(/Page 1 of \d/)
})

// How fast it loads is measured by `npm run bench`, not asserted against the wall clock here.
test('a 50-person manifest lists everyone, spans pages with the header repeated and breaks no word', async ({
  app,
  host,
  api,
}) => {
  const s = await seedBigGroup(api, 50, { longPinyin: true })
  const res = new ResourcesPage(app)
  await res.openPrint(`${host.url}#/print/trip/${s.trip}/manifest`)
  await expect(app.getByTestId('print-participant')).toHaveCount(50)
  await expect(app.getByTestId('print-room')).toHaveCount(25)
  // names, pinyin, mobiles and document numbers stay whole on one line inside their column
  expect(await res.brokenManifestWords()).toEqual([])
  const pdf = await res.printToPdf('manifest-50', { images: true })
  expect(pdf.pages).toBeGreaterThanOrEqual(3)
  // the participants' header repeats on each page the table runs over
  const headers = pdf.text.split('\f').filter((p) => /游客\d\d/.test(p) && !p.includes('入住游客'))
  expect(headers.length).toBeGreaterThanOrEqual(2)
  for (const page of headers) expect(page).toMatch(/证件号码/)
  const text = pdf.raw.replace(/\s+/g, '')
  for (const id of s.ids) expect(text).not.toContain(id)
  expect(text).toContain('第3页')
  // each long passport name reads whole on its line of the layout text
  for (const name of LONG_PINYIN)
    for (const word of name.split(' ')) expect(pdf.text).toMatch(new RegExp(`\\b${word}\\b`))

  // the English column headers are longer: the same holds
  await app.goto(`${host.url}#/`)
  await new AuthPage(app).switchLanguage('English')
  await res.openPrint(`${host.url}#/print/trip/${s.trip}/manifest`)
  await expect(app.getByTestId('print-participant')).toHaveCount(50)
  expect(await res.brokenManifestWords()).toEqual([])
  await res.printToPdf('manifest-50-en', { images: true })
})
