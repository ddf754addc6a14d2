import type { Dictionary } from '../types';

export const editing: Dictionary['editing'] = {
  list: {
    add: 'Add {{what}}',
    moveUp: 'Move {{what}} up',
    moveDown: 'Move {{what}} down',
    remove: 'Remove {{what}}',
    removed: '{{what}} removed. Press Ctrl+Z to undo.',
    moved: '{{what}} moved to position {{position}}.',
    empty: 'Nothing here yet.',
    number: '{{what}} {{n}}',
  },
  number: {
    notNumber: 'Not a number. Type digits only, e.g. 1.500 or 2,5.',
    notInteger: 'Must be a whole number.',
    negative: 'Must not be negative.',
    outOfRange: 'Must be between {{min}} and {{max}}.',
    score: 'A score is a whole number from 1 to 5.',
    keptNotSaved: 'What you typed stays here but is not saved.',
  },
  richText: {
    toolbar: 'Text formatting for {{field}}',
    bold: 'Bold',
    italic: 'Italic',
    bullets: 'Bulleted list',
    numbers: 'Numbered list',
    showPreview: 'Show preview',
    hidePreview: 'Hide preview',
    preview: 'Preview as in the report',
    previewEmpty: 'No text yet.',
    syntax: 'Format: **bold**, *italic*, start a line with “- ” for a bullet or “1. ” for a number; a blank line separates paragraphs.',
    length: '{{n}} characters',
    limited: {
      size: 'Part of this text is too long to format and is shown (in the report too) as plain text.',
      depth: 'Part of this text is nested too deeply (“>” marks or nested bullets) and is shown as plain text.',
      constructs: 'Part of this text has too many formatting marks (*, _, [ ]) and is shown as plain text.',
      time: 'Part of this text took too long to format and is shown (in the report too) as plain text.',
    },
  },
  dates: {
    endBeforeStart: 'The end date is before the start date.',
    outsideWindow: 'Outside the off-campus period ({{start}} – {{end}}).',
    onHoliday: 'Falls on a holiday: {{name}}.',
    yearRange: 'The year must be between {{min}} and {{max}}. This date is not saved yet.',
    days: '{{n}} days',
  },
  select: { none: '— not chosen —' },
};
