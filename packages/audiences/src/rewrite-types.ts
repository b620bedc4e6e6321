/** What `rewrite` reports of each proposal it applied or refused (shared by rewrite.ts and rewrite-settle.ts). */
import type { HygieneReport } from './hygiene.js';
import type { LockReport } from './meaning-lock.js';
import type { Proposal } from './types.js';
import type { VerifyFinding } from './verify/index.js';

export interface AppliedProposal extends Proposal {
  /** Round in which it was applied (0 = on the input; its offsets are into that round's text). */
  pass: number;
}

export interface RejectedProposal {
  proposal: Proposal;
  pass: number;
  /** 'protected': it would edit inside speech, agreed text or a quotation of the input;
   * 'placeholder': it would put a placeholder in the text (it is in `notes` instead);
   * 'verifier': the verifier (verify/) found it changes an actor, a hedge or a quotation. */
  reason: 'meaning-lock' | 'hygiene' | 'protected' | 'placeholder' | 'verifier';
  lock?: LockReport;
  hygiene?: HygieneReport;
  /** The verifier's findings on the edit ('placeholder', 'verifier'). */
  findings?: VerifyFinding[];
}
