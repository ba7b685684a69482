import { parseHumanNumber } from '../../../../shared/backlog/numbers';
import { newId } from '../../../../shared/ids';
import type { Placement, ScaleLevel, Settings } from '../../../../shared/workshop/schema';
import type { BacklogSettingsEdit, ScaleEdit } from '../backlogActions';

/**
 * The backlog settings being edited: reach unit, tracks, and the impact and confidence levels
 * (the workshop may rename and revalue them; every item holding a revalued level follows).
 * Values are kept as typed until Save, then checked all at once.
 */
export interface LevelDraft {
  key: string;
  /** Index in the saved scale, or null for a level added now. */
  origin: number | null;
  label: string;
  value: string;
}

export interface TrackDraft {
  id: string;
  name: string;
  color: string;
}

export interface SettingsDraft {
  reachUnit: string;
  tracks: TrackDraft[];
  impact: LevelDraft[];
  confidence: LevelDraft[];
}

export type ScaleName = 'impact' | 'confidence';

/** Colours a track can take; the first three are the default tracks'. */
export const TRACK_COLORS: readonly { name: string; value: string }[] = [
  { name: 'Blue', value: '#2563eb' },
  { name: 'Amber', value: '#d97706' },
  { name: 'Green', value: '#059669' },
  { name: 'Violet', value: '#7c3aed' },
  { name: 'Pink', value: '#db2777' },
  { name: 'Cyan', value: '#0891b2' },
  { name: 'Lime', value: '#65a30d' },
  { name: 'Red', value: '#dc2626' },
  { name: 'Indigo', value: '#4f46e5' },
  { name: 'Grey', value: '#6b7280' },
];

export const LIMITS = { tracks: 20, levels: 12, trackName: 80, label: 40, reachUnit: 80 };

let nextKey = 0;
const levelKey = () => `level-${++nextKey}`;

const levelDrafts = (levels: readonly ScaleLevel[]): LevelDraft[] =>
  levels.map((level, index) => ({
    key: levelKey(),
    origin: index,
    label: level.label,
    value: String(level.value),
  }));

export function draftFromSettings(settings: Settings): SettingsDraft {
  return {
    reachUnit: settings.reachUnit,
    tracks: settings.tracks.map((track) => ({ ...track })),
    impact: levelDrafts(settings.impactLevels),
    confidence: levelDrafts(settings.confidenceLevels),
  };
}

export function newLevel(): LevelDraft {
  return { key: levelKey(), origin: null, label: '', value: '' };
}

export function newTrack(existing: readonly TrackDraft[]): TrackDraft {
  const used = new Set(existing.map((track) => track.color));
  const color = TRACK_COLORS.find((candidate) => !used.has(candidate.value)) ?? TRACK_COLORS[0];
  return { id: newId(), name: '', color: color?.value ?? '#2563eb' };
}

/** Problems by field ("track:<id>", "impact:<key>:label", "reachUnit"…), in words. */
export type Problems = Map<string, string>;

export function checkDraft(
  draft: SettingsDraft,
  saved: Settings,
  placements: readonly Placement[],
): { problems: Problems; edit: BacklogSettingsEdit | null } {
  const problems: Problems = new Map();
  if (draft.reachUnit.length > LIMITS.reachUnit) {
    problems.set('reachUnit', `At most ${LIMITS.reachUnit} characters`);
  }
  checkTracks(draft.tracks, saved, placements, problems);
  const impact = checkScale('impact', draft.impact, saved.impactLevels, problems);
  const confidence = checkScale('confidence', draft.confidence, saved.confidenceLevels, problems);
  if (problems.size > 0 || impact === null || confidence === null) return { problems, edit: null };
  return {
    problems,
    edit: {
      reachUnit: draft.reachUnit.trim(),
      tracks: draft.tracks.map((track) => ({ ...track, name: track.name.trim() })),
      impact,
      confidence,
    },
  };
}

function checkTracks(
  tracks: readonly TrackDraft[],
  saved: Settings,
  placements: readonly Placement[],
  problems: Problems,
): void {
  const seen = new Set<string>();
  for (const track of tracks) {
    const name = track.name.trim();
    const folded = name.toLowerCase();
    if (name === '') problems.set(`track:${track.id}`, 'Give the track a name');
    else if (name.length > LIMITS.trackName) {
      problems.set(`track:${track.id}`, `At most ${LIMITS.trackName} characters`);
    } else if (seen.has(folded)) problems.set(`track:${track.id}`, 'Another track has this name');
    seen.add(folded);
  }
  const kept = new Set(tracks.map((track) => track.id));
  for (const track of saved.tracks) {
    const used = placements.filter((placement) => placement.trackId === track.id).length;
    if (!kept.has(track.id) && used > 0) {
      problems.set(
        'tracks',
        `“${track.name}” holds ${used} ${used === 1 ? 'item' : 'items'} on the roadmap: move ${used === 1 ? 'it' : 'them'} to another track there before removing it.`,
      );
    }
  }
}

function checkScale(
  scale: ScaleName,
  drafts: readonly LevelDraft[],
  saved: readonly ScaleLevel[],
  problems: Problems,
): ScaleEdit | null {
  const levels: ScaleLevel[] = [];
  const before: ScaleLevel[] = [];
  const after: ScaleLevel[] = [];
  if (drafts.length === 0) problems.set(scale, 'Keep at least one level');
  for (const draft of drafts) {
    const label = draft.label.trim();
    if (label === '') problems.set(`${scale}:${draft.key}:label`, 'Name the level');
    else if (label.length > LIMITS.label) {
      problems.set(`${scale}:${draft.key}:label`, `At most ${LIMITS.label} characters`);
    }
    const value = levelValue(scale, draft.value);
    if (typeof value === 'string') {
      problems.set(`${scale}:${draft.key}:value`, value);
      continue;
    }
    const level = { label, value };
    levels.push(level);
    const original = draft.origin === null ? undefined : saved[draft.origin];
    if (original !== undefined) {
      before.push(original);
      after.push(level);
    }
  }
  return problems.size > 0 ? null : { levels, before, after };
}

/** The number a level stands for, or why it can't be one. */
function levelValue(scale: ScaleName, text: string): number | string {
  const parsed = parseHumanNumber(text);
  if (!parsed.ok) return 'Enter a number';
  if (parsed.percent && scale === 'impact') return 'Impact is not a percentage';
  if (parsed.value < 0) return "Can't be negative";
  if (scale === 'confidence' && parsed.value > 100) return "Can't be more than 100%";
  if (scale === 'impact' && parsed.value > 10_000) return 'At most 10,000';
  return parsed.value;
}
