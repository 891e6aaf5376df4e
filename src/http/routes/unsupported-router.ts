import { Router } from 'express';

import { NotImplementedError } from '../../scim/errors.js';

/** Endpoints of RFC 7644 the gateway does not offer, answered 501 as section 3.12 allows. */
export function unsupportedRouter(): Router {
  const router = Router();

  router.all('/Bulk', () => {
    throw new NotImplementedError(
      'Bulk operations are not supported (ServiceProviderConfig bulk.supported is false); ' +
        'send one request per user.',
    );
  });
  router.all(['/Me', '/Me/*rest'], () => {
    throw new NotImplementedError(
      'The /Me endpoint is not supported: the gateway authenticates tenants, not users.',
    );
  });

  return router;
}
