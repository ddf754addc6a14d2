/** Long-text sections: front matter, background, scope, organisation profile, reflection, closing, benefits. */
export const narrative = {
  intros: {
    dokumen:
      'Halaman depan selain identitas. Kata pengantar biasanya berisi ucapan terima kasih kepada pimpinan instansi, penyelenggara, mentor, coach, penguji, tim dan keluarga.',
    'latar-belakang':
      'Dasar hukum dan tugas pokok unit, gambaran organisasi, data kinerja, alasan perubahan diperlukan, dan kaitannya dengan RPJMD/Renstra/IKU serta agenda nasional.',
    'ruang-lingkup': 'Batas {{noun}}: layanan mana, unit mana, dan kurun waktunya.',
    'profil-organisasi': 'Visi, misi, struktur organisasi, tugas dan fungsi, serta jumlah pegawai per jabatan.',
    refleksi: 'Untuk laporan: apa yang dikerjakan tim, bagaimana stakeholder dikelola, kepemimpinan yang ditunjukkan, dan manfaat yang sudah dirasakan.',
    penutup: 'Ringkasan singkat dan komitmen; saran atau rencana tindak lanjut.',
    manfaat: 'Manfaat bagi empat kelompok yang biasa diminta penguji. Kaitkan dengan indikator (baseline → target) bila bisa.',
  },
  fields: {
    kataPengantar: 'Kata pengantar',
    abstrak: 'Abstrak / ringkasan eksekutif',
    latarBelakang: 'Latar belakang',
    ruangLingkup: 'Ruang lingkup',
    profilOrganisasi: 'Profil organisasi',
    perananTim: 'Peran dan kinerja tim efektif',
    pengelolaanStakeholder: 'Pengelolaan stakeholder',
    refleksiKepemimpinan: 'Refleksi kepemimpinan',
    manfaatDirasakan: 'Manfaat yang telah dirasakan',
    kesimpulan: 'Kesimpulan',
    saran: 'Saran / rekomendasi dan rencana tindak lanjut',
  },
  hints: {
    abstrak: 'Opsional; lazim pada PKN Tk II dan templat kementerian.',
    latarBelakang: 'Contoh kalimat isu: “Belum optimalnya …”, “Rendahnya …”.',
    manfaatDirasakan: 'Hasil awal dibandingkan baseline, dengan angka bila ada.',
  },
  settings: {
    title: 'Pengaturan dokumen (ekspor DOCX)',
    hint: 'Bawaan mengikuti kebiasaan laporan di Indonesia: A4, Times New Roman 12, spasi 1,5, margin 4-4-3-3 cm.',
    paper: 'Ukuran kertas',
    papers: { A4: 'A4 (21 × 29,7 cm)', F4: 'F4 / Folio (21,5 × 33 cm)' },
    font: 'Huruf',
    fontSize: 'Ukuran huruf (pt)',
    lineSpacing: 'Spasi baris',
    margins: 'Margin (cm)',
    margin: { top: 'Atas', left: 'Kiri', bottom: 'Bawah', right: 'Kanan' },
    currency: 'Penulisan rupiah',
    currencies: { PLAIN: 'Rp6.920.000', DECIMALS: 'Rp6.920.000,00' },
    scheduleAs: 'Jadwal kegiatan di laporan',
    scheduleForms: { BOTH: 'Tabel per minggu dan gambar', FIGURE: 'Gambar (diagram Gantt)', TABLE: 'Tabel per minggu (Tabel Jadwal Kegiatan Jangka Pendek)' },
    showScores: 'Tampilkan skor pengaruh/kepentingan stakeholder di laporan',
  },
  benefit: 'Manfaat bagi {{who}}',
} as const;
