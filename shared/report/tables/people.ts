/** The effective team and the stakeholders: who they are, where they stand, how they are handled. */
import { effectiveStrategy, positionQuadrant, QUADRANT_NAMES } from '../../domain/quadrant';
import { memberPerson } from '../../domain/team';
import { groupNip } from '../../format/nip';
import type { Stakeholder, StakeholderPosition } from '../../model/types';
import type { ItemRef } from '../anchors';
import { cell, cols, table } from '../blocks';
import type { ReportContext } from '../context';
import type { Cell, Column, TableBlock } from '../outline';
import { ATTITUDE, CATEGORY, MISSING, TEAM_ROLE } from '../terms';

const stakeholderRows = (items: Stakeholder[]): ItemRef[] => items.map((s) => ({ kind: 'STAKEHOLDER', id: s.id }));

export function teamTable(c: ReportContext): TableBlock | null {
  if (c.p.team.length === 0) return null;
  return table({
    caption: c.numbers.nextTable('Susunan Tim Efektif'),
    columns: cols(['No', 5, 'center'], ['Nama / NIP', 30], ['Jabatan', 20], ['Peran dalam Tim', 17], ['Uraian Tugas', 28]),
    rows: c.p.team.map((m, i) => {
      const person = memberPerson(c.p, m);
      // No-break spaces keep the grouped NIP on one line in a narrow column.
      const nip = person.nip.trim() ? `\nNIP\u00a0${groupNip(person.nip).replace(/ /g, '\u00a0')}` : '';
      return [
        { text: String(i + 1), align: 'center' },
        person.name.trim() ? { text: `${person.name.trim()}${nip}` } : { missing: true },
        { text: person.jabatan.trim() || '–' },
        { text: m.role === 'MEMBER' && m.memberRole.trim() ? `${TEAM_ROLE.MEMBER} – ${m.memberRole.trim()}` : TEAM_ROLE[m.role] },
        cell(m.tasks),
      ];
    }),
    rowItems: c.p.team.map((m) => ({ kind: 'TEAM_MEMBER', id: m.id })),
    compact: true,
  });
}

function quadrantName(c: ReportContext, pos: StakeholderPosition): string {
  const q = positionQuadrant(pos, c.p.stakeholderSettings.threshold);
  return q ? QUADRANT_NAMES[c.p.stakeholderSettings.naming][q] : '';
}

function scores(pos: StakeholderPosition): string {
  return pos.power === null || pos.interest === null ? '' : `${pos.power}/${pos.interest}`;
}

export function stakeholderTable(c: ReportContext): TableBlock | null {
  if (c.p.stakeholders.length === 0) return null;
  const withScores = c.p.documentSettings.showStakeholderScores;
  const threshold = c.p.stakeholderSettings.threshold;
  const columns: Column[] = withScores
    ? // Widths fit "Kategori" and "Mendukung" on one line at 10 pt in a 14 cm text width.
      cols(['No', 5, 'center'], ['Stakeholder', 17], ['Kategori', 12], ['Peran', 15], ['P/K', 6, 'center'], ['Kuadran', 12], ['Sikap', 15], ['Strategi', 18])
    : cols(['No', 5, 'center'], ['Stakeholder', 19], ['Kategori', 12], ['Peran', 17], ['Kuadran', 12], ['Sikap', 15], ['Strategi', 20]);
  return table({
    caption: c.numbers.nextTable('Identifikasi dan Pemetaan Stakeholder'),
    columns,
    rows: c.p.stakeholders.map(
      (s, i) =>
        [
          { text: String(i + 1), align: 'center' },
          cell(s.name),
          { text: CATEGORY[s.category] },
          { text: s.role.trim() || '–' },
          ...(withScores ? [cell(scores(s.before), { align: 'center' })] : []),
          cell(quadrantName(c, s.before)),
          { text: s.before.attitude ? ATTITUDE[s.before.attitude] : '–' },
          cell(effectiveStrategy(s, threshold)),
        ] as Cell[],
    ),
    rowItems: stakeholderRows(c.p.stakeholders),
    compact: true,
    source: `Keterangan: P/K = skor pengaruh (power) / kepentingan (interest) 1–5; skor ≥ ${threshold} tergolong tinggi. Nomor sesuai gambar peta stakeholder.`,
  });
}

export function communicationTable(c: ReportContext): TableBlock | null {
  const rows = c.p.stakeholders.map((s, i) => ({ s, i })).filter(({ s }) => s.commChannel.trim() || s.frequency.trim());
  if (rows.length === 0) return null;
  return table({
    caption: c.numbers.nextTable('Rencana Komunikasi dengan Stakeholder'),
    columns: cols(['No', 6, 'center'], ['Stakeholder', 30], ['Media / Saluran', 30], ['Frekuensi', 16], ['PJ', 18]),
    rows: rows.map(({ s, i }) => {
      const owner = s.ownerTeamId ? c.p.team.find((t) => t.id === s.ownerTeamId) : undefined;
      return [
        { text: String(i + 1), align: 'center' },
        cell(s.name),
        { text: s.commChannel.trim() || '–' },
        { text: s.frequency.trim() || '–' },
        { text: owner ? memberPerson(c.p, owner).name.trim() || MISSING : '–' },
      ];
    }),
    rowItems: stakeholderRows(rows.map(({ s }) => s)),
    compact: true,
  });
}

/** Laporan: each stakeholder before and after, and whether the quadrant changed (the oracle of §9.6). */
export function movementTable(c: ReportContext): TableBlock | null {
  if (c.p.stakeholders.length === 0) return null;
  const withScores = c.p.documentSettings.showStakeholderScores;
  const place = (pos: StakeholderPosition): Cell => {
    const q = quadrantName(c, pos);
    if (!q) return { missing: true };
    return { text: withScores ? `${q} (${scores(pos)})` : q };
  };
  return table({
    caption: c.numbers.nextTable('Pergerakan Posisi Stakeholder Sebelum dan Sesudah'),
    columns: cols(['No', 6, 'center'], ['Stakeholder', 34], ['Sebelum', 22], ['Sesudah', 22], ['Pindah Kuadran', 16, 'center']),
    rows: c.p.stakeholders.map((s, i) => [
      { text: String(i + 1), align: 'center' },
      cell(s.name),
      place(s.before),
      place(s.after),
      { text: c.moved.has(s.id) ? 'Ya' : '–', align: 'center', bold: c.moved.has(s.id) },
    ]),
    rowItems: stakeholderRows(c.p.stakeholders),
    compact: true,
  });
}
