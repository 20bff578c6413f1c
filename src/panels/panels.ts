/**
 * The panels, one lazy chunk (issue 12): none is needed to draw the first view, so they load when one opens
 * (or is about to: PanelHost starts the load on the first pointer or key press).
 */
export { ComparePanel } from '../compare/ComparePanel';
export { DataPanel } from '../datapage/DataPanel';
export { ParksPanel } from '../parks/ParksPanel';
export { DistrictPanel } from './DistrictPanel';
export { ProfilesPending } from './ProfilesPending';
export { ProjectPanel } from './ProjectPanel';
