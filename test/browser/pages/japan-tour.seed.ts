import type { Api } from '../fixtures'
import { inDays } from '../fixed-clock'

export const passport = (n: string, expiryDays: number) => ({
  kind: 'passport',
  number: n,
  issuePlace: '上海',
  expiryDate: inDays(expiryDays),
})

/**
 * A Japan tour 30 days out, a family of three and a neighbour in the customer files, a tour
 * leader already booked on another Japan tour whose dates overlap, suppliers, and a few items.
 */
export async function seedJapanTour(call: Api) {
  const zhang = await call('customers.create', {
    name: '张伟',
    pinyinName: 'ZHANG WEI',
    gender: 'male',
    birth: { calendar: 'solar', date: '1981-05-12' },
    mobile: '13912345678',
    documents: [passport('E20481234', 3000)],
  })
  const li = await call('customers.create', {
    name: '李娜',
    pinyinName: 'LI NA',
    gender: 'female',
    birth: { calendar: 'solar', date: '1983-09-02' },
    mobile: '13987654321',
    preferences: { diet: 'vegetarian', allergies: '海鲜' },
    documents: [passport('E20485678', 3000)],
  })
  const kid = await call('customers.create', {
    name: '张小明',
    pinyinName: 'ZHANG XIAOMING',
    gender: 'male',
    birth: { calendar: 'solar', date: '2016-03-20' },
    needs: [{ kind: 'minor' }],
    documents: [passport('E20489999', 1500)],
  })
  const wang = await call('customers.create', {
    name: '王芳',
    pinyinName: 'WANG FANG',
    gender: 'female',
    birth: { calendar: 'solar', date: '1950-11-08' },
    mobile: '13600001111',
    needs: [{ kind: 'elderly' }],
    documents: [passport('E10001111', 120)],
  })
  await call('customers.addRelation', { customerId: zhang.id, otherId: li.id, kind: 'spouse' })
  await call('customers.addRelation', { customerId: zhang.id, otherId: kid.id, kind: 'child' })

  const guide = await call('guides.create', {
    name: '陈静',
    mobile: '13700002222',
    licenceNo: 'D-3101-008812',
    level: 'intermediate',
    licenceExpiry: inDays(900),
    languages: ['日语', '英语'],
    roles: ['tour_leader', 'national_escort'],
  })
  await call('guides.create', { name: '刘洋', licenceNo: 'D-3101-004455', roles: ['local_guide'] })
  const hotel = await call('suppliers.create', {
    kind: 'hotel',
    name: '新宿华盛顿酒店',
    phone: '+81 3 3343 3111',
  })
  await call('suppliers.create', {
    kind: 'ground_operator',
    name: '东京樱花国际旅行社',
    licenceNo: 'L-JP-2019-118',
    contactPerson: '佐藤',
  })

  const base = {
    kind: 'outbound',
    type: 'group',
    destination: '日本 东京',
    meetingPoint: '浦东机场 T2 出发大厅 12 号门',
    meetingTime: '07:30',
    minSize: 10,
    capacity: 20,
    prices: { adult: 8999, childBed: 7999, childNoBed: 5999, infant: 1000, singleSupplement: 1800 },
  }
  const trip = await call('trips.create', {
    ...base,
    routeName: '东京富士山温泉 5 日游',
    departDate: inDays(30),
    returnDate: inDays(34),
  })
  const other = await call('trips.create', {
    ...base,
    routeName: '大阪京都奈良 6 日游',
    departDate: inDays(33),
    returnDate: inDays(38),
  })
  await call('trips.assignGuide', { tripId: other.id, guideId: guide.id, role: 'tour_leader' })

  const item = (dayNo: number, it: Record<string, unknown>) =>
    call('trips.addItem', { tripId: trip.id, dayNo, item: it })
  await call('trips.setDayTitle', { tripId: trip.id, dayNo: 1, version: 0, title: '上海 → 东京' })
  await call('trips.setDayTitle', { tripId: trip.id, dayNo: 2, version: 0, title: '东京市区' })
  await item(1, {
    time: '09:30',
    kind: 'transport',
    title: '乘 MU523 航班飞往东京成田',
    place: '浦东机场 T2',
  })
  await item(1, { time: '15:00', kind: 'sight', title: '浅草寺、雷门', place: '东京台东区' })
  await item(1, { time: '18:30', kind: 'meal', title: '晚餐 · 日式烤肉' })
  await item(1, { time: '20:00', kind: 'hotel', title: '入住新宿华盛顿酒店', supplierId: hotel.id })
  const a = await item(2, { time: '09:00', kind: 'sight', title: '皇居外苑', place: '千代田区' })
  const b = await item(2, {
    time: '11:00',
    kind: 'free',
    title: '银座自由活动',
    notes: '请游客 13:30 前回到集合点',
  })
  const c = await item(2, { time: '19:00', kind: 'self_paid', title: '东京塔夜景观光', price: 280 })
  return { trip, other, zhang, li, kid, wang, guide, hotel, day2: [a.id, b.id, c.id] }
}

type Seeded = Awaited<ReturnType<typeof seedJapanTour>>

/** The family and the neighbour on the tour, roomed as the participants test leaves them. */
export async function seatTravellers(call: Api, s: Seeded) {
  const { ids } = await call<{ ids: number[] }>('trips.addParticipants', {
    tripId: s.trip.id,
    customerIds: [s.zhang.id, s.li.id, s.kid.id, s.wang.id],
  })
  const [pZhang, pLi, pKid, pWang] = ids
  const room = async (id: number, fields: Record<string, unknown>) => {
    const detail = await call<{ participants: { id: number; version: number }[] }>('trips.get', {
      id: s.trip.id,
    })
    const { version } = detail.participants.find((p) => p.id === id)!
    await call('trips.updateParticipant', { id, version, ...fields })
  }
  await room(pZhang, { roomNo: '801', roommateId: pLi, representative: true, contractNo: 'HT-2026-0815' })
  await room(pLi, { roomNo: '801', roommateId: pZhang })
  await room(pKid, { roomNo: '801', bed: false, priceType: 'child_no_bed' })
  await room(pWang, { roomNo: '802', singleRoom: true, seat: '3A' })
  return { pWang }
}
