import { z } from 'zod'
import { call } from '../api/contract'
import type { Role } from '../api/contract'
import { idSchema, loginSchema, passwordSchema, personNameSchema, versionSchema } from '../common/schemas'

export const roles = ['admin', 'manager', 'frontdesk'] as const satisfies readonly Role[]

export interface StaffView {
  id: number
  name: string
  login: string
  role: Role
  active: boolean
  lastSignInAt: string | null
  version: number
}

const roleSchema = z.enum(roles)

export const staffCalls = {
  list: call<StaffView[]>()(z.object({}).strict(), ['admin']),
  create: call<{ id: number }>()(
    z
      .object({ name: personNameSchema, login: loginSchema, role: roleSchema, password: passwordSchema })
      .strict(),
    ['admin'],
  ),
  update: call<{ version: number }>()(
    z.object({ id: idSchema, version: versionSchema, name: personNameSchema, role: roleSchema }).strict(),
    ['admin'],
  ),
  resetPassword: call<null>()(z.object({ id: idSchema, password: passwordSchema }).strict(), ['admin']),
  setActive: call<{ version: number }>()(
    z.object({ id: idSchema, version: versionSchema, active: z.boolean() }).strict(),
    ['admin'],
  ),
}
