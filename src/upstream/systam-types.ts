/** The bodies of the Systam internal REST API v1 (schemas/systam/openapi.yaml). */

export type SystamRole = 'member' | 'admin' | 'owner';

export interface ScimLink {
  readonly userName: string;
  readonly externalId?: string | null;
}

export interface SystamUser {
  readonly id: string;
  readonly email: string;
  readonly secondaryEmail?: string | null;
  readonly firstName: string;
  readonly lastName: string;
  readonly phone?: string | null;
  readonly secondaryPhone?: string | null;
  readonly language?: string | null;
  readonly primaryWorkspaceId: string;
  readonly role: SystamRole;
  readonly scimLink?: ScimLink | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

/** The profile fields a client of the API may write. */
export interface SystamProfile {
  email: string;
  secondaryEmail: string | null;
  firstName: string;
  lastName: string;
  phone: string | null;
  secondaryPhone: string | null;
  language: string | null;
  primaryWorkspaceId: string;
}

export type UserCreate = Partial<SystamProfile> &
  Pick<SystamProfile, 'email' | 'firstName' | 'lastName' | 'primaryWorkspaceId'> & {
    scimLink?: ScimLink | null;
  };

export type UserUpdate = Partial<SystamProfile> & { scimLink?: ScimLink | null };

export interface Workspace {
  readonly id: string;
  readonly identifier: string;
  readonly name: string;
}

export interface UserQuery {
  readonly limit?: number;
  readonly cursor?: string;
  readonly offset?: number;
  readonly email?: string;
  readonly scimUserName?: string;
  readonly externalId?: string;
  readonly workspaceId?: string;
  readonly updatedSince?: string;
  readonly linked?: boolean;
}

export interface UserPage {
  readonly items: readonly SystamUser[];
  readonly nextCursor: string | null;
  readonly totalCount: number;
}

export interface WorkspaceQuery {
  readonly identifier?: string;
  readonly id?: string;
  readonly limit?: number;
  readonly cursor?: string;
}

export interface WorkspacePage {
  readonly items: readonly Workspace[];
  readonly nextCursor: string | null;
}
