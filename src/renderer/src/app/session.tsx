import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { AuthStatus } from '../../../shared/auth/auth.api'
import { api, unwrap } from '../api/client'
import { setLanguage as applyLanguage } from '../i18n'
import type { Language } from '../i18n'
import { forgetSession } from './sessionMemory'

interface SessionValue {
  status: AuthStatus
  refresh: () => Promise<void>
  setLanguage: (l: Language) => Promise<void>
}

const Ctx = createContext<SessionValue | null>(null)

export function useSession(): SessionValue {
  const v = useContext(Ctx)
  if (!v) throw new Error('useSession outside SessionProvider')
  return v
}

/**
 * A sign-out, or another person signing in, starts from a clean app: remembered searches and
 * filters are forgotten and the next person lands on the start page, not on the record the
 * previous one had open. (The screens themselves unmount while nobody is signed in.)
 */
function startClean() {
  forgetSession()
  if (window.location.hash) {
    window.history.replaceState(null, '', window.location.pathname + window.location.search)
  }
}

/** Who is signed in, the agency, the language: read from main at start and after each change. */
export function SessionProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus | null>(null)
  // who was signed in at the last answer; undefined before the first one
  const signedIn = useRef<number | null | undefined>(undefined)
  const apply = (s: AuthStatus) => {
    const staffId = s.staff?.id ?? null
    if (signedIn.current !== undefined && signedIn.current !== staffId) startClean()
    signedIn.current = staffId
    applyLanguage(s.language)
    setStatus(s)
  }

  const refresh = useCallback(() => unwrap(api.auth.status({})).then(apply), [])

  useEffect(() => {
    unwrap(api.auth.status({})).then(apply, () => {})
    return api.on('session.ended', () => void refresh())
  }, [refresh])

  const setLanguage = useCallback(
    async (language: Language) => {
      await unwrap(api.auth.setLanguage({ language }))
      await refresh()
    },
    [refresh],
  )

  if (!status) return <>{fallback}</>
  return <Ctx.Provider value={{ status, refresh, setLanguage }}>{children}</Ctx.Provider>
}
