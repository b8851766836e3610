import { z } from 'zod'
import { call } from '../api/contract'
import type { Role } from '../api/contract'
import { loginSchema, passwordSchema, personNameSchema, languageSchema } from '../common/schemas'

export interface StaffInfo {
  id: number
  name: string
  login: string
  role: Role
}

export interface AuthStatus {
  setupDone: boolean
  agencyName: string | null
  language: 'zh-CN' | 'en'
  lastLogin: string | null
  staff: StaffInfo | null
}

export const authCalls = {
  status: call<AuthStatus>()(z.object({}).strict(), 'public'),
  setup: call<StaffInfo>()(
    z
      .object({
        agencyName: z.string().trim().min(1, 'errors.required').max(100, 'errors.tooLong'),
        adminName: personNameSchema,
        login: loginSchema,
        password: passwordSchema,
      })
      .strict(),
    'public',
  ),
  signIn: call<StaffInfo>()(
    z
      .object({
        login: z.string().trim().min(1, 'errors.required').max(40, 'errors.tooLong'),
        password: z.string().min(1, 'errors.required').max(200, 'errors.tooLong'),
      })
      .strict(),
    'public',
  ),
  signOut: call<null>()(z.object({}).strict(), 'any'),
  changePassword: call<null>()(
    z.object({ current: z.string().min(1, 'errors.required').max(200), next: passwordSchema }).strict(),
    'any',
  ),
  setLanguage: call<null>()(z.object({ language: languageSchema }).strict(), 'public'),
}
