/**
 * Writes generated projects to disk, to look at a large project in the app or export it by hand:
 *   npm run generate -- --scale 20 --seed 1 [--implemented] [--pictures 6] --out /tmp/besar.rancang
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { encodeProject } from '../shared/model/envelope';
import { withPictures } from '../tests/generator/pictures';
import { generateProject } from '../tests/generator/project';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    implemented: { type: 'boolean', default: false },
    pictures: { type: 'string', default: '0' },
    out: { type: 'string' },
  },
});
const seed = Number(values.seed);
let project = generateProject({ seed, scale: Number(values.scale), implemented: values.implemented });
if (Number(values.pictures) > 0) project = withPictures(project, Number(values.pictures), seed);
const out = values.out ?? `generated-${values.scale}x-${seed}.rancang`;
const text = encodeProject(project, { appVersion: 'generated', installId: 'generator', savedAt: new Date().toISOString() });
writeFileSync(out, text);
console.log(`${out}: ${(text.length / 1024).toFixed(0)} KiB, ${project.milestones.length} milestones, ${project.stakeholders.length} stakeholders`);
