import type { ReactElement } from 'react'
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined'
import BadgeOutlined from '@mui/icons-material/BadgeOutlined'
import FlightTakeoffOutlined from '@mui/icons-material/FlightTakeoffOutlined'
import TourOutlined from '@mui/icons-material/TourOutlined'
import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined'
import HistoryOutlined from '@mui/icons-material/HistoryOutlined'
import SettingsOutlined from '@mui/icons-material/SettingsOutlined'
import TodayOutlined from '@mui/icons-material/TodayOutlined'
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined'
import SentimentSatisfiedAltOutlined from '@mui/icons-material/SentimentSatisfiedAltOutlined'
import type { Role } from '../../../shared/api/contract'
import { CustomerListScreen } from '../customers/CustomerListScreen'
import { CustomerProfileScreen } from '../customers/CustomerProfileScreen'
import { CustomerFormScreen } from '../customers/CustomerFormScreen'
import { StaffScreen } from '../staff/StaffScreen'
import { TripListScreen } from '../trips/TripListScreen'
import { TripCalendarScreen } from '../trips/TripCalendarScreen'
import { TripPageScreen } from '../trips/TripPageScreen'
import { TripFormScreen } from '../trips/TripFormScreen'
import { GuidesScreen } from '../resources/GuidesScreen'
import { GuideDetailScreen } from '../resources/GuideDetailScreen'
import { SuppliersScreen } from '../resources/SuppliersScreen'
import { SupplierDetailScreen } from '../resources/SupplierDetailScreen'
import { AuditScreen } from '../audit/AuditScreen'
import { SettingsScreen } from '../settings/SettingsScreen'
import { HomeScreen } from '../reminders/HomeScreen'
import { NavBadge } from '../reminders/NavBadge'
import { ImportScreen } from '../imports/ImportScreen'
import { TripImportScreen } from '../imports/TripImportScreen'
import { DuplicatesScreen } from '../duplicates/DuplicatesScreen'
import { ComplaintListScreen } from '../complaints/ComplaintListScreen'
import { ComplaintPageScreen } from '../complaints/ComplaintPageScreen'
import { ComplaintBadge } from '../complaints/ComplaintBadge'
import { SatisfactionScreen } from '../feedback/SatisfactionScreen'

export interface NavItem {
  key: string
  path: string
  icon: ReactElement
  roles: readonly Role[]
  /** shown after the item's name (the home screen's count of reminders due) */
  badge?: ReactElement
  routes: { path: string; element: ReactElement }[]
}

const everyone: Role[] = ['admin', 'manager', 'frontdesk']

/** A screen appears in the navigation (and its routes exist) only for roles main lets use it. */
export const navItems: NavItem[] = [
  {
    key: 'home',
    path: '/home',
    icon: <TodayOutlined />,
    roles: everyone,
    badge: <NavBadge />,
    routes: [{ path: '/home', element: <HomeScreen /> }],
  },
  {
    key: 'customers',
    path: '/customers',
    icon: <PeopleAltOutlined />,
    roles: everyone,
    routes: [
      { path: '/customers', element: <CustomerListScreen /> },
      { path: '/customers/new', element: <CustomerFormScreen /> },
      { path: '/customers/import', element: <ImportScreen /> },
      { path: '/customers/duplicates', element: <DuplicatesScreen /> },
      { path: '/customers/:id', element: <CustomerProfileScreen /> },
      { path: '/customers/:id/edit', element: <CustomerFormScreen /> },
    ],
  },
  {
    key: 'trips',
    path: '/trips',
    icon: <FlightTakeoffOutlined />,
    roles: everyone,
    routes: [
      { path: '/trips', element: <TripListScreen /> },
      { path: '/trips/calendar', element: <TripCalendarScreen /> },
      { path: '/trips/new', element: <TripFormScreen /> },
      { path: '/trips/:id', element: <TripPageScreen /> },
      { path: '/trips/:id/edit', element: <TripFormScreen /> },
      { path: '/trips/:id/import', element: <TripImportScreen /> },
    ],
  },
  {
    key: 'complaints',
    path: '/complaints',
    icon: <ReportProblemOutlined />,
    roles: everyone,
    badge: <ComplaintBadge />,
    routes: [
      { path: '/complaints', element: <ComplaintListScreen /> },
      { path: '/complaints/:id', element: <ComplaintPageScreen /> },
    ],
  },
  {
    key: 'guides',
    path: '/guides',
    icon: <TourOutlined />,
    roles: everyone,
    routes: [
      { path: '/guides', element: <GuidesScreen /> },
      { path: '/guides/import', element: <ImportScreen target="guides" /> },
      { path: '/guides/:id', element: <GuideDetailScreen /> },
    ],
  },
  {
    key: 'suppliers',
    path: '/suppliers',
    icon: <StorefrontOutlined />,
    roles: everyone,
    routes: [
      { path: '/suppliers', element: <SuppliersScreen /> },
      { path: '/suppliers/import', element: <ImportScreen target="suppliers" /> },
      { path: '/suppliers/:id', element: <SupplierDetailScreen /> },
    ],
  },
  {
    key: 'satisfaction',
    path: '/satisfaction',
    icon: <SentimentSatisfiedAltOutlined />,
    roles: everyone,
    routes: [{ path: '/satisfaction', element: <SatisfactionScreen /> }],
  },
  {
    key: 'staff',
    path: '/staff',
    icon: <BadgeOutlined />,
    roles: ['admin'],
    routes: [{ path: '/staff', element: <StaffScreen /> }],
  },
  {
    key: 'audit',
    path: '/audit',
    icon: <HistoryOutlined />,
    roles: ['manager', 'admin'],
    routes: [{ path: '/audit', element: <AuditScreen /> }],
  },
  {
    key: 'settings',
    path: '/settings',
    icon: <SettingsOutlined />,
    roles: everyone,
    routes: [{ path: '/settings', element: <SettingsScreen /> }],
  },
]
