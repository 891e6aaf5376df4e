/** Where the SCIM service lives; Entra's Tenant URL ends here (https://<host>/scim/v2). */
export const scimBasePath = '/scim/v2';
