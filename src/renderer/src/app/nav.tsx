import type { ReactElement } from 'react'
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined'
import BadgeOutlined from '@mui/icons-material/BadgeOutlined'
import HistoryOutlined from '@mui/icons-material/HistoryOutlined'
import SettingsOutlined from '@mui/icons-material/SettingsOutlined'
import type { Role } from '../../../shared/api/contract'
import { CustomerListScreen } from '../customers/CustomerListScreen'
import { CustomerProfileScreen } from '../customers/CustomerProfileScreen'
import { CustomerFormScreen } from '../customers/CustomerFormScreen'
import { StaffScreen } from '../staff/StaffScreen'
import { AuditScreen } from '../audit/AuditScreen'
import { SettingsScreen } from '../settings/SettingsScreen'

export interface NavItem {
  key: string
  path: string
  icon: ReactElement
  roles: readonly Role[]
  routes: { path: string; element: ReactElement }[]
}

const everyone: Role[] = ['admin', 'manager', 'frontdesk']

/** A screen appears in the navigation (and its routes exist) only for roles main lets use it. */
export const navItems: NavItem[] = [
  {
    key: 'customers',
    path: '/customers',
    icon: <PeopleAltOutlined />,
    roles: everyone,
    routes: [
      { path: '/customers', element: <CustomerListScreen /> },
      { path: '/customers/new', element: <CustomerFormScreen /> },
      { path: '/customers/:id', element: <CustomerProfileScreen /> },
      { path: '/customers/:id/edit', element: <CustomerFormScreen /> },
    ],
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
