// Workspaces (tenants) and, with the sync-core queries, their provider configuration.
import * as CreateWorkspace from '../generated/workspaces/CreateWorkspace.js';
import * as DeleteWorkspace from '../generated/workspaces/DeleteWorkspace.js';
import * as GetWorkspace from '../generated/workspaces/GetWorkspace.js';
import { changed, one, type Narrow } from './query.js';

export type Workspace = Narrow<GetWorkspace.IGetWorkspaceResult>;

/** Creates a workspace. Resolves to the new row. */
export const createWorkspace = one(CreateWorkspace.createWorkspace);
/** The live workspace, or null. */
export const getWorkspace = one(GetWorkspace.getWorkspace);
/** Soft-deletes a workspace. Resolves to rows changed (0 or 1). Its data stays, see README. */
export const deleteWorkspace = changed(DeleteWorkspace.deleteWorkspace);
