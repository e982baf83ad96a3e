import { visibilityOf, type Viewer, type Visibility } from '../auth/viewer.js';

/**
 * Who a viewer may see individual scores of. A manager sees their team's risk only in aggregate
 * (PRODUCT.md: "their team's risk, aggregated"), so individually only themselves, like an
 * employee; other roles see whom the directory lets them see.
 */
export function individualVisibility(viewer: Viewer): Visibility {
  if (viewer.role === 'manager')
    return viewer.subjectId ? { kind: 'self', identityId: viewer.subjectId } : { kind: 'none' };
  return visibilityOf(viewer);
}

/** Whose scores feed a viewer's aggregates: a manager's reports, everyone a role may see. */
export function aggregateVisibility(viewer: Viewer): Visibility {
  return visibilityOf(viewer);
}

/** Whether the viewer sees the whole tenant, so tenant-wide precomputed figures apply. */
export function seesWholeTenant(v: Visibility): boolean {
  return v.kind === 'all' && !v.departments?.length && !v.businessUnits?.length;
}
