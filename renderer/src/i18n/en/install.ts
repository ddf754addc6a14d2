import type { Dictionary } from '../types';

export const install: Dictionary['install'] = {
  title: 'Does double-clicking a .rancang file not open it?',
  intro:
    'This copy of the app did not register the .rancang file type with the system (portable version, AppImage, or a copied folder). Files still open with the “{{open}}” button above.',
  win: {
    lead: 'To make double-click open this app on Windows:',
    step1: 'Right-click a .rancang file, choose “Open with”, then “Choose another app”.',
    step2: 'Choose “Look for another app on this PC” and select the Rancang Perubahan .exe you run (for the portable version: the …-Portable.exe file itself).',
    step3: 'Tick “Always use this app to open .rancang files” and click OK.',
    installer: 'Alternatively, install with the installer (…-Setup.exe). “Only for me” needs no admin rights and registers .rancang files straight away.',
  },
  linux: {
    lead: 'To make double-click open this app on Linux:',
    step1: 'Install the .deb package (for example sudo apt install ./rancang-perubahan_…_amd64.deb): it registers the .rancang file type and the app icon.',
    step2: 'If you keep the AppImage, integrate it with AppImageLauncher, then choose Rancang Perubahan from right-click → “Open With Other Application”.',
  },
};
