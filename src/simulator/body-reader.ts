import express, { type Request, type Response } from 'express';

import type { SystamContract } from '../upstream/systam-contract.js';
import { noteBody } from './request-log.js';
import { SimulatorError } from './simulator-error.js';

export type BodySchema = 'UserCreate' | 'UserUpdate' | 'ScimLink';

/** Reads a request body as JSON and checks it against a contract schema. */
export type BodyReader = (req: Request, res: Response, schema: BodySchema) => Promise<unknown>;

// The contract's request media types: a merge patch may also say so.
const mediaTypesOf: Readonly<Record<BodySchema, readonly string[]>> = {
  UserCreate: ['application/json'],
  UserUpdate: ['application/json', 'application/merge-patch+json'],
  ScimLink: ['application/json'],
};

/**
 * Bodies are read by the operation itself, after authentication, so a caller
 * without a valid token learns nothing from how its body is judged.
 */
export function createBodyReader(contract: SystamContract, limitBytes: number): BodyReader {
  const parseJson = express.json({
    limit: limitBytes,
    strict: true,
    type: ['application/json', 'application/merge-patch+json'],
  });

  return async function readBody(req, res, schema) {
    const mediaTypes = mediaTypesOf[schema];
    if (typeof req.is([...mediaTypes]) !== 'string') {
      const message = `The request needs a JSON body sent as ${mediaTypes.join(' or ')}`;
      throw new SimulatorError('VALIDATION_FAILED', message, { details: { in: 'body' } });
    }

    await new Promise<void>((resolve, reject) => {
      parseJson(req, res, (error?: unknown) => (error === undefined ? resolve() : reject(error)));
    });
    const body: unknown = req.body;
    noteBody(req, body);

    const problem = contract.check(schema, body);
    if (problem !== undefined) {
      throw new SimulatorError('VALIDATION_FAILED', `The body breaks the contract: ${problem}`, {
        details: { in: 'body', schema },
      });
    }
    return body;
  };
}
