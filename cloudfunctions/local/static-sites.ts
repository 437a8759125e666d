import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REPO_ROOT } from './config';
import { sendError } from './envelope-reply';

export interface StaticRoots {
  /** The mini-program's h5 build, served at `/`. */
  h5: string;
  /** The staff console, served at `/admin/` (built with base `/admin/`). */
  admin: string;
}

export const DEFAULT_STATIC_ROOTS: StaticRoots = {
  h5: path.join(REPO_ROOT, 'miniprogram', 'dist-h5'),
  admin: path.join(REPO_ROOT, 'admin-h5', 'dist'),
};

export interface StaticStatus {
  h5: boolean;
  admin: boolean;
}

/**
 * Which builds are there, and the CSP hashes of the inline scripts in their index.html (Taro inlines its rem
 * script): the page CSP allows exactly those, instead of any inline script.
 */
export function inspectStaticRoots(roots: StaticRoots): { status: StaticStatus; inlineScriptHashes: string[] } {
  const status: StaticStatus = { h5: hasIndex(roots.h5), admin: hasIndex(roots.admin) };
  const hashes = new Set<string>();
  for (const site of ['h5', 'admin'] as const) {
    if (!status[site]) continue;
    const html = readFileSync(path.join(roots[site], 'index.html'), 'utf8');
    for (const match of html.matchAll(/<script(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi)) {
      if (match[1]) hashes.add(`'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`);
    }
  }
  return { status, inlineScriptHashes: [...hashes] };
}

/**
 * Serves the two web builds. Client-side routes fall back to the build's index.html (SPA); a missing asset
 * (anything with a file extension) stays a 404. `/v/<token>` (visitor links) opens the h5 app. A build that is not
 * there yet gets a page saying how to make it, rather than a bare 404.
 */
export async function registerStaticSites(
  app: FastifyInstance,
  roots: StaticRoots,
  status: StaticStatus,
): Promise<void> {
  // Dotfiles (the build's `.inputs-hash`) are bookkeeping, not part of the site.
  if (status.h5) await app.register(fastifyStatic, { root: roots.h5, prefix: '/', dotfiles: 'ignore' });
  if (status.admin) {
    await app.register(fastifyStatic, {
      root: roots.admin,
      prefix: '/admin/',
      decorateReply: !status.h5,
      dotfiles: 'ignore',
    });
  }

  const sendIndex = (reply: FastifyReply, site: keyof StaticRoots): FastifyReply => {
    if (!status[site]) return reply.code(503).type('text/html; charset=utf-8').send(notBuiltPage(site));
    return reply.header('cache-control', 'no-cache').sendFile('index.html', roots[site]);
  };

  app.get('/admin', (_request, reply) => reply.redirect('/admin/', 301));
  app.get('/v/:token', (_request, reply) => sendIndex(reply, 'h5'));
  if (!status.h5) app.get('/', (_request, reply) => sendIndex(reply, 'h5'));
  if (!status.admin) app.get('/admin/', (_request, reply) => sendIndex(reply, 'admin'));

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const { pathname } = new URL(request.url, 'http://local');
    if (pathname === '/api' || pathname.startsWith('/api/')) return sendError(reply, 'FN.NOT_FOUND', request.id);
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !path.posix.extname(pathname);
    if (!isPage) return sendError(reply, 'RESOURCE.NOT_FOUND', request.id);
    return sendIndex(reply, pathname === '/admin' || pathname.startsWith('/admin/') ? 'admin' : 'h5');
  });
}

function hasIndex(root: string): boolean {
  return existsSync(path.join(root, 'index.html'));
}

function notBuiltPage(site: keyof StaticRoots): string {
  const name = site === 'h5' ? '居民端（h5）' : '管理后台';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${name}尚未构建</title></head><body><main><h1>${name}尚未构建</h1><p>请先运行 <code>npm run build</code>，再重新启动本地云。</p></main></body></html>`;
}
