/** The guided path of a new project and the SIPANTAU example hints. */
export const firstSteps = {
  title: 'Langkah pertama: {{done}} dari {{total}} bagian sudah dimulai',
  here: 'Mulai dari bagian ini.',
  next: 'Berikutnya: {{section}}.',
  go: 'Ke {{section}}',
  hideGuide: 'Sembunyikan panduan',
  exampleTitle: 'Contoh dari proyek SIPANTAU',
  hideExample: 'Sembunyikan contoh',
  showExample: 'Tampilkan contoh SIPANTAU',
  why: {
    identitas: 'Judul dan nama peserta, mentor dan coach muncul di sampul dan lembar persetujuan.',
    'latar-belakang': 'Latar belakang menjelaskan kondisi unit kerja yang menjadi dasar isu.',
    isu: 'Isu yang dinilai dengan APKL adalah bahan untuk memilih core issue.',
    prioritas: 'Skor USG menentukan isu mana yang menjadi core issue.',
    'akar-masalah': 'Akar masalah core issue menunjukkan apa yang harus diubah.',
    gagasan: 'Gagasan kreatif menjawab akar masalah dan menjadi nama aksi perubahan.',
    tujuan: 'Tujuan jangka pendek, menengah dan panjang menjadi ukuran keberhasilan.',
    milestone: 'Milestone jangka pendek adalah pekerjaan selama off campus.',
    tim: 'Tim efektif menjadi penanggung jawab milestone.',
    stakeholder: 'Peta stakeholder menunjukkan siapa yang perlu digerakkan.',
  },
} as const;
