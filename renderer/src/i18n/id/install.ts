/** Start screen: opening .rancang files by double-click when this copy did not register the type. */
export const install = {
  title: 'Berkas .rancang belum terbuka dengan klik ganda?',
  intro:
    'Salinan aplikasi ini tidak mendaftarkan jenis berkas .rancang ke sistem (versi portabel, AppImage, atau folder salinan). Berkas tetap dapat dibuka dengan tombol “{{open}}” di atas.',
  win: {
    lead: 'Agar klik ganda membuka aplikasi ini di Windows:',
    step1: 'Klik kanan sebuah berkas .rancang, pilih “Buka dengan” (Open with), lalu “Pilih aplikasi lain” (Choose another app).',
    step2:
      'Pilih “Cari aplikasi lain di PC ini” (Look for another app on this PC), lalu pilih berkas .exe Rancang Perubahan yang Anda jalankan (untuk versi portabel: berkas …-Portable.exe itu sendiri).',
    step3: 'Centang “Selalu gunakan aplikasi ini untuk membuka berkas .rancang”, lalu klik OK.',
    installer:
      'Cara lain: pasang dengan penginstal (…-Setup.exe). Pilihan “Hanya untuk saya” tidak memerlukan hak admin dan langsung mendaftarkan berkas .rancang.',
  },
  linux: {
    lead: 'Agar klik ganda membuka aplikasi ini di Linux:',
    step1: 'Pasang paket .deb (misalnya sudo apt install ./rancang-perubahan_…_amd64.deb): paket itu mendaftarkan jenis berkas .rancang dan ikon aplikasinya.',
    step2: 'Jika tetap memakai AppImage, integrasikan dengan AppImageLauncher, lalu pilih Rancang Perubahan lewat klik kanan → “Buka dengan aplikasi lain”.',
  },
} as const;
