import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';

/**
 * An AbortSignal that fires when the client goes away before the answer is sent (closed tab, dropped
 * connection, a client timeout): long work such as an import checks it before committing, so a request
 * nobody waits for any more stores nothing.
 */
export const RequestAborted = createParamDecorator((_: unknown, context: ExecutionContext): AbortSignal => {
  const http = context.switchToHttp();
  const request = http.getRequest<Request>();
  const response = http.getResponse<Response>();
  const controller = new AbortController();
  const abort = () => {
    if (!response.writableFinished) controller.abort(new Error('the client closed the request'));
  };
  request.once('close', () => {
    if (request.destroyed && !response.headersSent) abort();
  });
  response.once('close', abort);
  return controller.signal;
});
