import type { ApiContract } from '../../shared/api/registry'
import type { Handlers } from '../api/dispatcher'
import type { Ctx } from '../core/context'
import { tripCoreHandlers } from './trips.handlers'
import { itineraryHandlers } from './itinerary.handlers'
import { participantHandlers } from './participants.handlers'
import { assignmentHandlers } from './assignments.handlers'
import { guideHandlers } from './guides.handlers'
import { supplierHandlers } from './suppliers.handlers'
import { routeHandlers } from './routes.handlers'
import { printHandlers } from './print.handlers'

type All = Handlers<ApiContract>

/** The trip feature's namespaces, assembled from its small handler files. */
export function tripFeatureHandlers(
  ctx: Ctx,
): Pick<All, 'trips' | 'guides' | 'suppliers' | 'routes' | 'print'> {
  return {
    trips: {
      ...tripCoreHandlers(ctx),
      ...itineraryHandlers(ctx),
      ...participantHandlers(ctx),
      ...assignmentHandlers(ctx),
    },
    guides: guideHandlers(ctx),
    suppliers: supplierHandlers(ctx),
    routes: routeHandlers(ctx),
    print: printHandlers(ctx),
  }
}
