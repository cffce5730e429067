/**
 * Contributions may carry a file of up to 5 MB (calls/import.ts), over the API's 1 MiB body
 * limit: their routes get a limit of their own, a little above the file's for the form's other
 * fields; every other request keeps the general limit (`others`).
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_FILE_BYTES } from '../../calls/import.js';
import type { AppEnv } from '../env.js';
import { errorBodyIn } from '../errors.js';
import { drainBody } from './drain.js';

/** POST or PUT of a contribution, public or not. */
const UPLOAD = /^\/api\/(?:public\/)?calls\/[^/]+\/contributions(?:\/[^/]+)?$/;

/** The whole body of a contribution: the file and up to 64 KiB of form fields and multipart framing. */
export const MAX_UPLOAD_BODY_BYTES = MAX_FILE_BYTES + 64 * 1024;

/** `others` for every request but a contribution's, which gets {@link MAX_UPLOAD_BODY_BYTES}. */
export function contributionUploads(others: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  const uploads = bodyLimit({
    maxSize: MAX_UPLOAD_BODY_BYTES,
    onError: async (c) => {
      const drained = await drainBody(c.req.raw, 2 * MAX_UPLOAD_BODY_BYTES);
      return c.json(
        errorBodyIn(c, 'file_too_large', {
          key: 'errors.limit.upload',
          values: { size: MAX_FILE_BYTES / 1024 / 1024 },
        }),
        413,
        drained ? {} : { connection: 'close' },
      );
    },
  });
  return (c, next) =>
    (c.req.method === 'POST' || c.req.method === 'PUT') && UPLOAD.test(c.req.path) ? uploads(c, next) : others(c, next);
}
