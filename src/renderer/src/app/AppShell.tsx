import { AppBar, Box, Button, IconButton, Toolbar, Tooltip, Typography } from '@mui/material'
import LogoutOutlined from '@mui/icons-material/LogoutOutlined'
import SearchOutlined from '@mui/icons-material/SearchOutlined'
import KeyboardOutlined from '@mui/icons-material/KeyboardOutlined'
import { useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { LanguageSwitch } from '../components/LanguageSwitch'
import { QuickFind } from '../finder/QuickFind'
import { AppReminderEvents } from '../reminders/AppReminderEvents'
import { ConnectionBanner } from '../connection/ConnectionBanner'
import { LocalModeBanner } from '../database/LocalModeBanner'
import { useSession } from './session'
import { ShortcutSheet } from './ShortcutSheet'
import { Sidebar, useSidebarWidth } from './Sidebar'
import { useShellKeys } from './useShellKeys'

export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const { t: ts } = useTranslation('shell')
  const { status, refresh } = useSession()
  const staff = status.staff!
  const sidebar = useSidebarWidth()
  const [finding, setFinding] = useState(false)
  const [sheet, setSheet] = useState(false)
  useShellKeys({ find: () => setFinding(true), help: () => setSheet(true) })

  const signOut = async () => {
    await unwrap(api.auth.signOut({}))
    await refresh()
  }

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (th) => th.zIndex.drawer + 1 }}>
        <Toolbar variant="dense" sx={{ gap: 1.5 }}>
          <Typography
            variant="subtitle1"
            sx={{ fontWeight: 700, flexGrow: 1, minWidth: 0 }}
            noWrap
            data-testid="agency-name"
          >
            {status.agencyName} · TourDesk
          </Typography>
          <Tooltip title={ts('findButton')}>
            <IconButton
              color="inherit"
              onClick={() => setFinding(true)}
              aria-label={ts('findButton')}
              data-testid="find-open"
            >
              <SearchOutlined />
            </IconButton>
          </Tooltip>
          <Tooltip title={ts('keysButton')}>
            <IconButton
              color="inherit"
              onClick={() => setSheet(true)}
              aria-label={ts('keysButton')}
              data-testid="keys-open"
            >
              <KeyboardOutlined />
            </IconButton>
          </Tooltip>
          <Typography variant="body2" noWrap data-testid="signed-in-as">
            {t('signedInAs', { name: staff.name, role: t(`roles.${staff.role}`) })}
          </Typography>
          <LanguageSwitch dark />
          <Button
            color="inherit"
            startIcon={<LogoutOutlined />}
            onClick={signOut}
            data-testid="sign-out"
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            {t('actions.signOut')}
          </Button>
        </Toolbar>
      </AppBar>
      <Sidebar
        role={staff.role}
        collapsed={sidebar.collapsed}
        width={sidebar.width}
        onToggle={sidebar.toggle}
      />
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: 2.5, pt: 8.5, bgcolor: 'background.default' }}>
        <ConnectionBanner />
        <LocalModeBanner />
        <AppReminderEvents />
        {children}
      </Box>
      <QuickFind open={finding} onClose={() => setFinding(false)} staffId={staff.id} />
      <ShortcutSheet open={sheet} onClose={() => setSheet(false)} />
    </Box>
  )
}
