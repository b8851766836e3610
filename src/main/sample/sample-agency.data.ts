import type { TripStatus } from '../../shared/trips/trip.schema'

/** `day(n)`: the day n days from the clock's today (negative: in the past). */
type Day = (n: number) => string

/** Three guides with their 导游证 (valid 3 years): a 全陪, a 地陪 and an outbound 领队. */
export const GUIDES = (day: Day) => [
  {
    name: '周敏',
    mobile: '13700001234',
    licenceNo: 'D-3101-2019-00871',
    level: 'senior',
    licenceExpiry: day(400),
    languages: ['普通话', '上海话'],
    roles: ['national_escort', 'local_guide'],
  },
  {
    name: '吴晓峰',
    mobile: '13600005678',
    licenceNo: 'D-3401-2021-01234',
    level: 'intermediate',
    // runs out within the reminder window, so the licence reminder and the check have something to show
    licenceExpiry: day(45),
    languages: ['普通话'],
    roles: ['local_guide'],
  },
  {
    name: '林嘉怡',
    mobile: '13500009876',
    licenceNo: 'D-4403-2020-05566',
    level: 'senior',
    licenceExpiry: day(700),
    languages: ['普通话', '日本語', 'English'],
    roles: ['tour_leader', 'national_escort'],
    passportNo: 'E56781234',
  },
]

/** A ground operator (with its licence), a hotel, a coach company and a restaurant. */
export const SUPPLIERS = (day: Day) => [
  {
    kind: 'ground_operator',
    name: '黄山华景地接社',
    licenceNo: 'L-AH-00321',
    licenceExpiry: day(500),
    contactPerson: '汪经理',
    phone: '0559-2581234',
    address: '安徽省黄山市屯溪区',
  },
  {
    kind: 'hotel',
    name: '黄山国际大酒店',
    contactPerson: '前台',
    phone: '0559-2345678',
    address: '黄山市屯溪区',
  },
  { kind: 'coach', name: '安顺旅游客运', contactPerson: '刘师傅', phone: '13905591234', notes: '45 座大巴' },
  { kind: 'restaurant', name: '徽州老街餐馆', phone: '0559-2512345', notes: '团餐十菜一汤' },
]

/** Itinerary items every sample trip carries, spread over its days; `supplier` indexes SUPPLIERS. */
export const ITINERARY: { item: Record<string, unknown>; supplier?: number }[] = [
  { item: { time: '08:00', kind: 'transport', title: '集合出发，乘大巴前往景区' }, supplier: 2 },
  { item: { time: '10:00', kind: 'sight', title: '游览主景区', place: '景区南门' } },
  { item: { time: '12:00', kind: 'meal', title: '午餐（团餐）' }, supplier: 3 },
  {
    item: {
      time: '15:00',
      kind: 'shopping',
      title: '土特产店',
      shopName: '徽州特产城',
      shopGoods: '茶叶',
      shopMinutes: 45,
    },
  },
  { item: { time: '19:00', kind: 'self_paid', title: '夜游古街', price: 120 } },
  { item: { time: '20:30', kind: 'hotel', title: '入住酒店' }, supplier: 1 },
]

interface TripSpec {
  trip: Record<string, unknown>
  status: TripStatus
  departIn: number
  days: number
  families: number
  singles: number
  paid: 'none' | 'some' | 'all'
  guide?: number
  guideRole?: string
  bookings?: number[]
  template?: string
  feedback?: boolean
  complaint?: boolean
}

const domestic = (routeName: string, destination: string, adult: number) => ({
  routeName,
  destination,
  kind: 'domestic',
  type: 'group',
  meetingPoint: '人民广场地铁站 2 号口',
  meetingTime: '07:30',
  minSize: 6,
  capacity: 30,
  prices: { adult, childBed: adult - 500, childNoBed: adult - 1000, infant: 200, singleSupplement: 600 },
})

/**
 * One trip in every status, dated around today: one departing this week (outbound, so visas and
 * passports show in the checks), one travelling, one just back with feedback sheets and a complaint.
 */
export const TRIPS: TripSpec[] = [
  {
    trip: domestic('云南昆明大理丽江 6 日游', '昆明 · 大理 · 丽江', 3999),
    status: 'inquiry',
    departIn: 60,
    days: 6,
    families: 1,
    singles: 1,
    paid: 'none',
    template: '云南经典 6 日',
  },
  {
    trip: domestic('海南三亚 5 日游', '三亚', 3599),
    status: 'quoted',
    departIn: 35,
    days: 5,
    families: 0,
    singles: 2,
    paid: 'none',
  },
  {
    trip: {
      ...domestic('日本本州 6 日游', '东京 · 富士山 · 京都 · 大阪', 7999),
      kind: 'outbound',
      meetingPoint: '浦东机场 T2 出发层 12 号门',
    },
    status: 'confirmed',
    departIn: 4,
    days: 6,
    families: 2,
    singles: 2,
    paid: 'some',
    guide: 2,
    guideRole: 'tour_leader',
    bookings: [0],
  },
  {
    trip: domestic('华东五市 5 日游', '苏州 · 杭州 · 乌镇 · 南京 · 无锡', 2699),
    status: 'departed',
    departIn: -2,
    days: 5,
    families: 2,
    singles: 2,
    paid: 'all',
    guide: 0,
    guideRole: 'national_escort',
    bookings: [1, 2, 3],
  },
  {
    trip: domestic('黄山 3 日游', '黄山 · 宏村', 1899),
    status: 'returned',
    departIn: -4,
    days: 3,
    families: 2,
    singles: 3,
    paid: 'all',
    guide: 1,
    guideRole: 'local_guide',
    bookings: [0, 1, 2],
    template: '黄山宏村 3 日',
    feedback: true,
    complaint: true,
  },
  {
    trip: domestic('桂林阳朔 4 日游', '桂林 · 阳朔', 2599),
    status: 'closed',
    departIn: -45,
    days: 4,
    families: 1,
    singles: 3,
    paid: 'all',
    guide: 0,
    guideRole: 'national_escort',
  },
  {
    trip: domestic('西安兵马俑 4 日游', '西安', 2399),
    status: 'cancelled',
    departIn: 20,
    days: 4,
    families: 0,
    singles: 2,
    paid: 'none',
  },
]
