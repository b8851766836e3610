import { CssBaseline, Box, CircularProgress } from '@mui/material'
import { ThemeProvider } from '@mui/material/styles'
import { useMemo } from 'react'
import { HashRouter, Navigate, Route, Routes } from 'react-router'
import { SessionProvider, useSession } from './session'
import { makeTheme } from './theme'
import { useReducedMotion } from './useReducedMotion'
import { SetupScreen } from '../auth/SetupScreen'
import { SignInScreen } from '../auth/SignInScreen'
import { AppShell } from './AppShell'
import { navItems } from './nav'
import { PrintScreen } from '../print/PrintScreen'

function Themed() {
  const { status } = useSession()
  const reducedMotion = useReducedMotion()
  const theme = useMemo(() => makeTheme(status.language, reducedMotion), [status.language, reducedMotion])
  const role = status.staff?.role
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {!status.setupDone ? (
        <SetupScreen />
      ) : !status.staff || !role ? (
        <SignInScreen />
      ) : (
        <HashRouter>
          <Routes>
            {/* print previews: the page as it will be printed, without the app's chrome */}
            <Route path="/print/*" element={<PrintScreen />} />
            <Route
              path="*"
              element={
                <AppShell>
                  <Routes>
                    {navItems
                      .filter((n) => n.roles.includes(role))
                      .flatMap((n) => n.routes)
                      .map((r) => (
                        <Route key={r.path} path={r.path} element={r.element} />
                      ))}
                    <Route path="*" element={<Navigate to="/home" replace />} />
                  </Routes>
                </AppShell>
              }
            />
          </Routes>
        </HashRouter>
      )}
    </ThemeProvider>
  )
}

const Loading = (
  <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
    <CircularProgress />
  </Box>
)

export function App() {
  return (
    <SessionProvider fallback={Loading}>
      <Themed />
    </SessionProvider>
  )
}
