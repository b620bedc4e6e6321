/**
 * The formality model: a linear model over standardised signals, with weights in
 * `data/<lang>.json` written by `packages/core/scripts/fit-formality.ts`.
 *
 * Per sentence: z_i = clip((T_i(x_i) − mean_i) / sd_i, ±zClip), with T_i the feature's transform
 * (identity or log1p); prediction y = intercept + Σ w_i z_i, on the rating scale of the training
 * data (−3..+3 for English, −1..+1 for German).
 *
 * Score mapping (documented and fixed): the rating scale maps linearly onto 0..100,
 * score = 100 · (y − lo) / (hi − lo), clamped to 0..100. For English −3 → 0, 0 → 50, +3 → 100.
 */
import type { LanguageCode } from '../schema.js';

export type Transform = 'identity' | 'log1p';

export interface FeatureWeight {
  id: string;
  transform: Transform;
  mean: number;
  sd: number;
  weight: number;
}

export interface ModelFile {
  model: string;
  language: LanguageCode;
  description?: string;
  provenance: Record<string, unknown>;
  /** The rating scale [lo, hi] that maps onto 0..100. */
  scale: [number, number];
  intercept: number;
  zClip: number;
  features: FeatureWeight[];
  /** Multipliers applied to raw signal values before the transform (cross-language transfer). */
  rescale?: Record<string, number>;
}

export function transform(t: Transform, x: number): number {
  return t === 'log1p' ? Math.log1p(Math.max(0, x)) : x;
}

/** Standardised, clipped value of one feature for raw signals; 0 (the mean) when the signal is missing or not finite. */
export function zValue(model: ModelFile, f: FeatureWeight, signals: Record<string, number>): number {
  const raw = signals[f.id];
  if (raw === undefined || !Number.isFinite(raw) || !(f.sd > 0)) return 0;
  const x = transform(f.transform, raw * (model.rescale?.[f.id] ?? 1));
  const z = (x - f.mean) / f.sd;
  if (!Number.isFinite(z)) return 0;
  return Math.max(-model.zClip, Math.min(model.zClip, z));
}

/** Prediction on the model's rating scale. */
export function predictRaw(model: ModelFile, signals: Record<string, number>): number {
  let y = model.intercept;
  for (const f of model.features) y += f.weight * zValue(model, f, signals);
  return y;
}

/** Points on 0..100 per unit of the rating scale. */
export function pointsPerUnit(model: ModelFile): number {
  return 100 / (model.scale[1] - model.scale[0]);
}

/** Maps a rating-scale value to 0..100 (unclamped). */
export function toPoints(model: ModelFile, y: number): number {
  return (y - model.scale[0]) * pointsPerUnit(model);
}

export function clampScore(s: number): number {
  if (!Number.isFinite(s)) return 50;
  return Math.max(0, Math.min(100, s));
}

/** 0..100 score of one sentence's signals. */
export function predictScore(model: ModelFile, signals: Record<string, number>): number {
  return clampScore(toPoints(model, predictRaw(model, signals)));
}
