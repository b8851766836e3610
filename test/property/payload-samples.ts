import { ID_2, ID_X } from '../integration/fixtures'
import type { Harness } from '../integration/harness'
import { complaintFixtures, complaintSamples } from './complaint-samples'
import { backupEmptyPayloadOutcome, exportSamples } from './export-samples'
import { importSamples } from './import-samples'
import type { ComplaintFixtureIds } from './complaint-samples'
import { paymentSamples } from './payment-samples'
import { roomFixtures, roomSamples } from './room-samples'
import type { RoomFixtureIds } from './room-samples'
import { databaseEmptyPayloadOutcome, databaseSamples } from './database-samples'
import { feedbackFixtures, feedbackSamples } from './feedback-samples'
import { privacyEmptyPayloadOutcome, privacySamples } from './privacy-samples'
import type { FeedbackFixtureIds } from './feedback-samples'
import { duplicateEmptyPayloadOutcome, duplicateSamples } from './duplicate-samples'
import { defaultReminderSettings } from '../../src/main/reminders/reminder-settings.repo'

export interface TripFixtureIds extends ComplaintFixtureIds, FeedbackFixtureIds, RoomFixtureIds {
  trip: number
  guide: number
  supplier: number
  route: number
  item: number
  participant: number
  assignment: number
  booking: number
}

export interface FixtureIds extends TripFixtureIds {
  customer: number
  other: number
  document: number
  relation: number
  staff: number
}

/** A trip with one of everything hanging on it, so every trip call has real ids to point at. */
export async function tripFixtures(h: Harness, customer: number, other: number): Promise<TripFixtureIds> {
  const guide = (await h.must('guides.create', { name: '张导', roles: ['local_guide'] })).id
  const supplier = (await h.must('suppliers.create', { kind: 'hotel', name: '昆明大酒店' })).id
  const trip = (
    await h.must('trips.create', {
      routeName: '云南六日游',
      destination: '昆明',
      kind: 'domestic',
      departDate: '2026-12-03',
      returnDate: '2026-12-08',
    })
  ).id
  const item = (
    await h.must('trips.addItem', { tripId: trip, dayNo: 1, item: { kind: 'sight', title: '石林' } })
  ).id
  // a stored day title (version 1), so a save at version 0, "the day had none", is someone else's too
  await h.must('trips.setDayTitle', { tripId: trip, dayNo: 2, version: 0, title: '石林一日游' })
  const route = (await h.must('routes.saveFromTrip', { tripId: trip, name: '云南经典' })).id
  const [participant] = (
    await h.must('trips.addParticipants', { tripId: trip, customerIds: [customer, other] })
  ).ids
  const assignment = (
    await h.must('trips.assignGuide', { tripId: trip, guideId: guide, role: 'local_guide' })
  ).id
  const booking = (await h.must('trips.addBooking', { tripId: trip, supplierId: supplier, dayNo: 1 })).id
  const complaints = await complaintFixtures(h, { trip, customer, guide, supplier })
  const feedback = await feedbackFixtures(h, trip)
  const rooms = await roomFixtures(h, trip)
  return {
    trip,
    guide,
    supplier,
    route,
    item,
    participant,
    assignment,
    booking,
    ...complaints,
    ...feedback,
    ...rooms,
  }
}

/**
 * One valid payload per call, as full as the schema allows. The fuzzer breaks exactly one thing in
 * it at a time, so each refusal is about that one thing. A new call needs a sample here: the fuzz
 * test fails until it has one.
 */
export function validSamples(ids: FixtureIds): Record<string, Record<string, unknown>> {
  return {
    'auth.status': {},
    'auth.setup': { agencyName: '山水国旅', adminName: '王经理', login: 'boss', password: 'password-123' },
    'auth.signIn': { login: 'admin', password: 'not-the-password' },
    'auth.signOut': {},
    'auth.changePassword': { current: 'not-the-password', next: 'password-456' },
    'auth.setLanguage': { language: 'en' },

    'customers.search': {
      q: '王',
      tag: 'VIP',
      tier: 'gold',
      need: 'elderly',
      birthdayThisMonth: true,
      consent: 'marketing',
      sort: 'name',
      dir: 'asc',
      page: 0,
      pageSize: 10,
    },
    'customers.lookup': { q: '王', limit: 5 },
    'customers.get': { id: ids.customer },
    'customers.counts': { id: ids.customer },
    'customers.create': {
      name: '赵敏',
      pinyinName: 'ZHAO MIN',
      gender: 'female',
      birth: { calendar: 'lunar', year: 1950, month: 8, day: 15, leap: false },
      mobile: '13700001111',
      wechat: 'zhaomin',
      email: 'zm@example.com',
      address: '杭州',
      occupation: '教师',
      employer: '一中',
      source: 'referral',
      referrerId: ids.customer,
      tags: ['VIP'],
      tier: 'silver',
      marketingConsent: true,
      doNotContact: false,
      healthConsent: true,
      notes: '靠窗',
      preferences: { destinations: '云南', diet: 'vegetarian', smoking: false, room: 'twin' },
      needs: [{ kind: 'health', note: '高血压' }],
      emergencyContacts: [{ name: '赵父', relation: '父亲', phone: '13900002222' }],
      documents: [{ kind: 'id_card', number: ID_2, issueDate: '2015-01-01', expiryDate: '2035-01-01' }],
    },
    'customers.update': {
      id: ids.customer,
      version: 1,
      name: '王建国',
      gender: 'male',
      birth: { calendar: 'solar', date: '1980-05-06' },
      mobile: '13812345678',
      tags: ['VIP', '老客户'],
      tier: 'gold',
      healthConsent: true,
      preferences: { seat: 'window' },
      needs: [{ kind: 'health', note: '', keepNote: true }],
      emergencyContacts: [{ name: '李秀英', phone: '13911112222' }],
    },
    'customers.remove': { id: ids.other },
    'customers.deletionCheck': { id: ids.customer },
    'customers.duplicates': {
      excludeId: ids.customer,
      mobile: '13812345678',
      documents: [ID_X],
      name: '王建国',
      birth: { calendar: 'lunar', year: 1955, month: 3, day: 17, leap: true },
    },
    'customers.tags': {},
    'customers.addDocument': {
      customerId: ids.customer,
      document: {
        kind: 'passport',
        number: 'E12345678',
        issueDate: '2020-01-01',
        issuePlace: '北京',
        expiryDate: '2030-01-01',
      },
    },
    'customers.updateDocument': {
      id: ids.document,
      version: 1,
      kind: 'id_card',
      number: ID_X,
      issueDate: '2016-01-01',
      issuePlace: '北京',
      expiryDate: '2036-01-01',
    },
    'customers.removeDocument': { id: ids.document },
    'customers.revealDocument': { id: ids.document },
    'customers.revealHealth': { id: ids.customer },
    'customers.addRelation': { customerId: ids.customer, otherId: ids.other, kind: 'friend' },
    'customers.createAndLink': {
      customerId: ids.customer,
      kind: 'child',
      customer: {
        name: '王小雨',
        pinyinName: 'WANG XIAOYU',
        gender: 'female',
        birth: { calendar: 'solar', date: '2016-04-02' },
        mobile: '13700003333',
        documents: [{ kind: 'passport', number: 'E87654321', expiryDate: '2031-01-01' }],
      },
    },
    'customers.removeRelation': { id: ids.relation },
    'customers.logCommunication': {
      customerId: ids.customer,
      at: '2026-11-20T09:00:00+08:00',
      channel: 'wechat',
      direction: 'outbound',
      summary: '回访',
      followUpDate: '2026-12-01',
      followUpNote: '问签证进度',
    },
    'customers.communications': { customerId: ids.customer, page: 0, pageSize: 10 },
    'customers.loadSample': {},

    'staff.list': {},
    'staff.create': { name: '小李', login: 'xiaoli', role: 'frontdesk', password: 'password-123' },
    'staff.update': { id: ids.staff, version: 1, name: '小李', role: 'manager' },
    'staff.resetPassword': { id: ids.staff, password: 'password-789' },
    'staff.setActive': { id: ids.staff, version: 1, active: false },

    'settings.get': {},
    'settings.update': {
      agencyName: '山水国旅',
      agencyPhone: '010-12345678',
      agencyAddress: '北京',
      tripCodePattern: 'YN-{YYYY}{MM}{DD}-{NNN}',
      version: 1,
    },

    'audit.list': {
      entity: 'customer',
      entityId: ids.customer,
      action: 'create',
      staffId: ids.staff,
      from: '2026-11-01',
      to: '2026-11-30',
      page: 0,
      pageSize: 10,
    },
    'audit.people': {},

    ...tripSamples(ids),
    ...complaintSamples(ids),
    ...exportSamples(ids),
    ...paymentSamples(ids),
    ...databaseSamples,
    ...importSamples(),
    ...feedbackSamples(ids),
    ...duplicateSamples(ids),
    ...roomSamples(ids),
    ...privacySamples(ids),
  }
}

const trip = {
  code: 'YN-20270105-01',
  routeName: '云南六日游',
  destination: '昆明 大理 丽江',
  kind: 'domestic',
  type: 'group',
  departDate: '2027-01-05',
  returnDate: '2027-01-10',
  meetingPoint: '首都机场T3',
  meetingTime: '07:30',
  minSize: 10,
  capacity: 30,
  prices: { adult: 3999.5, childBed: 2999, childNoBed: 1999, infant: 300, singleSupplement: 800 },
  notes: '含往返机票',
}
const item = {
  time: '10:00',
  kind: 'shopping',
  title: '玉石店',
  place: '昆明',
  supplierId: null,
  notes: '限时',
  shopName: '七彩云南',
  shopGoods: '玉石',
  shopMinutes: 90,
  price: null,
}
const guide = {
  name: '李导',
  mobile: '13700002222',
  licenceNo: 'D-5300-001234',
  level: 'senior',
  licenceExpiry: '2028-06-30',
  languages: ['普通话', 'English'],
  roles: ['local_guide', 'national_escort'],
  passportNo: 'E1234567',
  permitNo: 'C1234567',
  active: true,
  notes: '熟悉滇西北',
}
const supplier = {
  kind: 'ground_operator',
  name: '昆明地接社',
  licenceNo: 'L-YN-00123',
  licenceExpiry: '2027-06-30',
  contactPerson: '王经理',
  phone: '0871-12345678',
  address: '昆明市',
  notes: '合作多年',
  active: true,
}

function tripSamples(ids: FixtureIds): Record<string, Record<string, unknown>> {
  return {
    'trips.search': {
      q: 'yn',
      statuses: ['inquiry', 'confirmed'],
      kind: 'domestic',
      guideId: ids.guide,
      from: '2026-12-01',
      to: '2026-12-31',
      sort: 'code',
      dir: 'asc',
      page: 0,
      pageSize: 20,
    },
    'trips.calendar': { from: '2026-12-01', to: '2026-12-31' },
    'trips.get': { id: ids.trip },
    'trips.checks': { id: ids.trip },
    'trips.suggestCode': { departDate: '2027-01-05' },
    'trips.create': { ...trip, fromRouteId: ids.route },
    'trips.update': { ...trip, id: ids.trip, version: 1, dropDays: true },
    'trips.setStatus': { id: ids.trip, version: 1, status: 'quoted', confirmAnyway: '老客户包团' },
    'trips.remove': { id: ids.trip },
    'trips.setDayTitle': {
      tripId: ids.trip,
      dayNo: 2,
      version: 1,
      title: '大理古城',
      complaintId: ids.complaint,
    },
    'trips.addItem': { tripId: ids.trip, dayNo: 2, item, complaintId: ids.complaint },
    'trips.updateItem': {
      id: ids.item,
      version: 1,
      item: { ...item, kind: 'self_paid', price: 280 },
      complaintId: ids.complaint,
    },
    'trips.removeItem': { id: ids.item, complaintId: ids.complaint },
    'trips.moveItem': { id: ids.item, version: 1, dayNo: 2, position: 0, complaintId: ids.complaint },
    'trips.copyItem': { id: ids.item, dayNo: 3, complaintId: ids.complaint },
    'trips.addParticipants': { tripId: ids.trip, customerIds: [ids.customer, ids.other] },
    'trips.updateParticipant': {
      id: ids.participant,
      version: 1,
      priceType: 'child_bed',
      contractNo: 'HT-2026-001',
      roomNo: '808',
      roommateId: null,
      singleRoom: false,
      bed: true,
      seat: '12A',
      insuranceNo: 'PICC-001',
      representative: true,
      notes: '靠窗',
    },
    'trips.removeParticipant': { id: ids.participant },
    'trips.assignGuide': { tripId: ids.trip, guideId: ids.guide, role: 'national_escort' },
    'trips.unassignGuide': { id: ids.assignment },
    'trips.addBooking': {
      tripId: ids.trip,
      supplierId: ids.supplier,
      dayNo: 1,
      itemId: ids.item,
      status: 'confirmed',
      confirmationNo: 'QR-001',
      notes: '双床',
    },
    'trips.updateBooking': {
      id: ids.booking,
      version: 1,
      status: 'confirmed',
      confirmationNo: 'QR-002',
      notes: '',
    },
    'trips.removeBooking': { id: ids.booking },
    'trips.ofCustomer': { customerId: ids.customer },

    'guides.list': { q: 'ld', includeInactive: true },
    'guides.get': { id: ids.guide },
    'guides.create': guide,
    'guides.update': { ...guide, id: ids.guide, version: 1 },
    'guides.revealDocuments': { id: ids.guide },
    'suppliers.list': { q: 'km', includeInactive: false, kind: 'hotel' },
    'suppliers.get': { id: ids.supplier },
    'suppliers.create': supplier,
    'suppliers.update': { ...supplier, id: ids.supplier, version: 1 },
    'routes.list': { kind: 'domestic' },
    'routes.get': { id: ids.route },
    'routes.saveFromTrip': { tripId: ids.trip, name: '云南经典二' },
    'routes.remove': { id: ids.route },
    'print.current': { title: '行程单 YN-20270105-01', mode: 'pdf' },
    ...reminderSamples(ids),
  }
}

/** The reminder calls: ids of a reminder need not exist, every broken payload is refused first. */
function reminderSamples(ids: FixtureIds): Record<string, Record<string, unknown>> {
  const reminder = { id: 1, version: 1 }
  return {
    'reminders.list': {
      scope: 'all',
      staffId: ids.staff,
      kinds: ['birthday', 'return_call'],
      customerId: ids.customer,
      tripId: ids.trip,
      horizonDays: 14,
      lateOnly: false,
    },
    'reminders.counts': {},
    'reminders.week': {},
    'reminders.complete': {
      ...reminder,
      outcome: '客人满意',
      log: { channel: 'phone', direction: 'outbound', summary: '回访：行程满意' },
    },
    'reminders.snooze': { ...reminder, until: 'tomorrow' },
    'reminders.dismiss': { ...reminder, note: '客人已出国' },
    'reminders.createTask': {
      assigneeId: ids.staff,
      due: '2026-12-04',
      time: '15:30',
      note: '周五给张伟打电话说日本签证',
      customerId: ids.customer,
      tripId: ids.trip,
    },
    'reminders.colleagues': {},
    'reminders.ofCustomer': { customerId: ids.customer },
    'reminders.ofTrip': { tripId: ids.trip },
    'reminders.greeting': { id: 1 },
    'reminders.whyLeftOut': { customerId: ids.customer },
    'reminders.stayInTouch': { customerId: ids.customer },
    'reminders.setStayInTouch': { customerId: ids.customer, enabled: true },
    'reminders.settings': {},
    'reminders.updateSettings': { ...defaultReminderSettings() },
    'reminders.desktopOptions': {},
    'reminders.setDesktopOptions': { startWithSystem: true },
  }
}

/**
 * What a call with no required field answers when the payload is simply empty — decided per call:
 * reads succeed, sign-out succeeds (on a throwaway session), the sample loader refuses a database
 * that already holds customers.
 */
export const emptyPayloadOutcome: Record<string, 'ok' | 'CONFLICT' | 'NOT_FOUND'> = {
  'auth.status': 'ok',
  'auth.signOut': 'ok',
  'customers.search': 'ok',
  'customers.duplicates': 'ok',
  'customers.tags': 'ok',
  'customers.loadSample': 'CONFLICT',
  'staff.list': 'ok',
  'settings.get': 'ok',
  'audit.list': 'ok',
  'audit.people': 'ok',
  'trips.search': 'ok',
  'guides.list': 'ok',
  'suppliers.list': 'ok',
  'routes.list': 'ok',
  'complaints.list': 'ok',
  'complaints.policy': 'ok',
  'feedback.template': 'ok',
  'feedback.rule': 'ok',
  'feedback.scores': 'ok',
  'feedback.trend': 'ok',
  'reminders.list': 'ok',
  'reminders.counts': 'ok',
  'reminders.week': 'ok',
  'reminders.colleagues': 'ok',
  'reminders.settings': 'ok',
  'reminders.desktopOptions': 'ok',
  ...backupEmptyPayloadOutcome,
  'payments.policy': 'ok',
  'imports.list': 'ok',
  ...duplicateEmptyPayloadOutcome,
  ...privacyEmptyPayloadOutcome,
  ...databaseEmptyPayloadOutcome,
}
