import type { ApiContract } from '../../shared/api/registry'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { feedbackMainHandlers } from './feedback.handlers'
import { entryHandlers } from './entry.handlers'
import { archiveHandlers } from './archive'

/** The feedback namespace, assembled from its handler files. */
export function feedbackHandlers(ctx: Ctx): Handlers<ApiContract>['feedback'] {
  return { ...feedbackMainHandlers(ctx), ...entryHandlers(ctx), ...archiveHandlers(ctx) }
}
