import { createReadStream } from 'node:fs';
import { MAX_IMAGE_BYTES } from '@linli/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { boundaryOf, parseMultipart } from '../core/adapters/door/multipart';
import { type LocalFileStorage, localFileStorageFor } from '../core/adapters/files/local-file-storage';
import { createSessionIdentity } from '../core/adapters/identity/session-identity';
import { readLocalWxContext } from '../core/adapters/identity/wx-context';
import { AppError } from '../core/errors';
import { createStoreDirectory } from '../core/identity/caller-directory';
import { type Clock, systemClock } from '../core/ports/clock';
import type { DocumentStore } from '../core/ports/document-store';
import type { CallerKind, Identity } from '../core/ports/identity';
import type { Logger } from '../core/ports/logger';
import type { LocalConfig } from './config';
import { sendError } from './envelope-reply';

/**
 * The local stand-in for CloudBase storage's two doors: `POST /api/files` takes one photo (what `wx.cloud.uploadFile`
 * does in production) and `GET /files/<key>?exp&sig` serves it by a signed, expiring URL (what a CloudBase temp URL
 * does). The bundles store and sign through the same local FileStorage, on the same folder and key.
 */
export interface FileRoutesDeps {
  files: LocalFileStorage;
  identity: Identity;
  clock: Clock;
  log: Logger;
}

/** Residents photograph the problem, staff the fix; visitors and devices upload nothing. */
const UPLOADERS: ReadonlySet<CallerKind> = new Set(['resident', 'staff']);
/** One photo plus room for multipart's boundaries and headers; the global 1 MB JSON limit does not fit photos. */
export const UPLOAD_BODY_LIMIT = MAX_IMAGE_BYTES + 64 * 1024;
/** The multipart field carrying the photo (`Taro.uploadFile({ name: 'file' })`). */
export const UPLOAD_FIELD = 'file';

/** The route's deps in the local cloud: the bundles' own local FileStorage, and sessions checked as the bundles do. */
export function localFileRoutesDeps(options: {
  config: Pick<LocalConfig, 'dataDir' | 'mode'>;
  sessionSecret: string;
  store: DocumentStore;
  log: Logger;
}): FileRoutesDeps {
  const identity = createSessionIdentity({
    secret: options.sessionSecret,
    allowDevSessions: options.config.mode === 'dev',
    clock: systemClock,
    wxContext: readLocalWxContext,
    directory: createStoreDirectory(options.store),
  });
  const files = localFileStorageFor(options.config.dataDir, options.sessionSecret, systemClock);
  return { files, identity, clock: systemClock, log: options.log };
}

export function registerFileRoutes(app: FastifyInstance, deps: FileRoutesDeps): void {
  const uploaders = new WeakMap<FastifyRequest, string>();

  // An encapsulated scope: its body parsers and error handler apply to these routes only, the gateway stays JSON.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: UPLOAD_BODY_LIMIT }, (_request, body, done) =>
      done(null, body),
    );

    scope.setErrorHandler((error: FastifyError | AppError, request, reply) => {
      if (error instanceof AppError) {
        return sendError(reply, error.code, request.id, error.hasMessage ? error.message : undefined);
      }
      const status = error.statusCode ?? 500;
      if (status === 413) return sendError(reply, 'FILE.TOO_LARGE', request.id);
      if (status >= 400 && status < 500) return sendError(reply, 'REQUEST.MALFORMED', request.id);
      deps.log.log('error', 'file route failed', { requestId: request.id, error: `${error.name}: ${error.message}` });
      return sendError(reply, 'INTERNAL', request.id);
    });

    // The caller is known before the body is read, so an anonymous 10 MB upload is turned away at the door.
    const authenticate = async (request: FastifyRequest, reply: FastifyReply) => {
      const caller = await deps.identity.resolve({ token: bearerToken(request), context: { source: 'http' } });
      if (caller.kind === 'anonymous') return sendError(reply, 'AUTH.UNAUTHENTICATED', request.id);
      if (!UPLOADERS.has(caller.kind) || !caller.id) return sendError(reply, 'AUTH.FORBIDDEN', request.id);
      uploaders.set(request, caller.id);
    };

    scope.post('/api/files', { bodyLimit: UPLOAD_BODY_LIMIT, onRequest: authenticate }, async (request, reply) => {
      const owner = uploaders.get(request);
      if (!owner) return sendError(reply, 'AUTH.UNAUTHENTICATED', request.id);
      const file = await deps.files.put(photoOf(request), owner);
      return reply.send({ ok: true, data: { fileId: file.fileId, contentType: file.contentType, size: file.size } });
    });

    scope.get<{ Params: { key: string }; Querystring: { exp?: unknown; sig?: unknown } }>(
      '/files/:key',
      async (request, reply) => {
        const { key } = request.params;
        const { exp, sig } = request.query;
        const check = deps.files.checkUrl(key, exp, sig);
        if (check !== 'ok') {
          const message = check === 'expired' ? '图片链接已过期，请刷新页面' : undefined;
          return sendError(reply, 'FILE.LINK_INVALID', request.id, message);
        }
        const found = await deps.files.locate(key);
        if (!found) return sendError(reply, 'FILE.NOT_FOUND', request.id);
        const { file } = found;
        const etag = `"${file.sha256}"`;
        const maxAge = Math.max(0, Number(exp) - Math.floor(deps.clock.now().getTime() / 1000));
        reply.headers({
          // The type the bytes were sniffed as at upload, never what the uploader said; nosniff holds browsers to it.
          'content-type': file.contentType,
          'x-content-type-options': 'nosniff',
          'content-disposition': 'inline',
          // The URL itself expires, so a cached copy may live exactly as long and never change.
          'cache-control': `private, max-age=${maxAge}, immutable`,
          etag,
        });
        if (request.headers['if-none-match'] === etag) return reply.code(304).send();
        return reply.header('content-length', file.size).send(createReadStream(found.path));
      },
    );
  });
}

function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** The photo's bytes: the whole raw body, or the one `file` part of a multipart form. */
function photoOf(request: FastifyRequest): Buffer {
  const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  const boundary = boundaryOf(request.headers['content-type'] ?? '');
  if (!boundary) return body;
  let parts: ReturnType<typeof parseMultipart>;
  try {
    parts = parseMultipart(body, boundary);
  } catch (error) {
    throw new AppError('REQUEST.MALFORMED', { message: '上传内容格式不正确', cause: error });
  }
  const photos = parts.filter((part) => part.name === UPLOAD_FIELD);
  if (photos.length > 1) throw new AppError('FILE.TOO_MANY', { message: '每次请上传一张图片' });
  const [photo] = photos;
  if (!photo) throw new AppError('REQUEST.MALFORMED', { message: `请用 ${UPLOAD_FIELD} 字段上传图片` });
  return photo.body;
}
