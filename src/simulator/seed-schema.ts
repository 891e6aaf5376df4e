/**
 * The shape of a seed file (schemas/systam/demo-seed.json): which members
 * exist and which are required. The values themselves are checked against the
 * Systam contract's own schemas, so the two cannot drift apart.
 */
export const seedSchema = {
  type: 'object',
  required: ['organizations'],
  additionalProperties: false,
  properties: {
    organizations: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'name', 'serviceToken', 'workspaces', 'users'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          name: { type: 'string', minLength: 1 },
          // RFC 6750 section 2.1: a bearer token is token68 text.
          serviceToken: { type: 'string', pattern: '^[A-Za-z0-9._~+/-]+=*$' },
          workspaces: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['id', 'identifier', 'name'],
              additionalProperties: false,
              properties: { id: {}, identifier: {}, name: {} },
            },
          },
          users: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'email', 'firstName', 'lastName', 'primaryWorkspaceId', 'role'],
              additionalProperties: false,
              properties: {
                id: {},
                email: {},
                secondaryEmail: {},
                firstName: {},
                lastName: {},
                phone: {},
                secondaryPhone: {},
                language: {},
                primaryWorkspaceId: {},
                role: {},
                scimLink: {},
              },
            },
          },
        },
      },
    },
  },
} as const;
