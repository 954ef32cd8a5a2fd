import { randomBytes } from 'node:crypto';

import type { InvocationContext } from './types';

/** A Custom UI iframe the sandbox handed out: which module it shows, to whom, where. */
export interface Frame extends InvocationContext {
  id: string;
  moduleKey: string;
  resourceKey: string;
}

/** Frames kept at most; a page older than this many panel renders must be reloaded. */
const maxFrames = 2000;

/**
 * The frames issued by rendered pages. A frame's id is all its iframe knows, so the context of
 * every bridge call comes from here and never from the browser.
 */
export class FrameRegistry {
  private readonly frames = new Map<string, Frame>();

  /** Issues a new frame with a random id. */
  register(frame: Omit<Frame, 'id'>): Frame {
    const issued: Frame = { ...frame, id: randomBytes(12).toString('hex') };
    this.frames.set(issued.id, issued);

    if (this.frames.size > maxFrames) {
      const oldest = this.frames.keys().next().value;
      if (oldest !== undefined) this.frames.delete(oldest);
    }
    return issued;
  }

  /** The frame with this id; undefined when it was never issued or has expired. */
  find(id: string): Frame | undefined {
    return this.frames.get(id);
  }
}
