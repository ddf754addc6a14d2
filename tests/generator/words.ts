/**
 * Vocabulary for generated projects: the kinds of names, titles, units and sentences a real
 * PKN Tk II / PKA / PKP project holds, so layouts are tried on text that looks like the real thing
 * (long academic titles, 18-digit NIPs, long unit names, Rupiah amounts).
 */
export const GIVEN = [
  'Rahmawati',
  'Budi',
  'Siti',
  'Agus',
  'Dewi',
  'Hendra',
  'Nurhayati',
  'Rizky',
  'Fitriani',
  'Muhammad',
  'Yuliana',
  'Andi',
  'Sri',
  'Bambang',
  'Ratna',
  'Teguh',
  'Wahyuni',
  'Iskandar',
  'Lestari',
  'Zulkifli',
];
export const FAMILY = [
  'Siregar',
  'Santoso',
  'Nasution',
  'Wibowo',
  'Harahap',
  'Pratama',
  'Lubis',
  'Saputra',
  'Hasibuan',
  'Kurniawan',
  'Simanjuntak',
  'Rahman',
  'Setiawan',
  'Tambunan',
  'Hidayat',
];
export const DEGREES_BEFORE = ['', '', 'Dr. ', 'Ir. ', 'Drs. ', 'H. ', 'Hj. '];
export const DEGREES_AFTER = ['S.E.', 'S.T., M.Si.', 'S.Sos., M.AP.', 'S.H., M.H.', 'S.Kom.', 'S.STP., M.Si.', 'S.Pd., M.Pd.', 'A.Md.', 'M.M.'];
export const JABATAN = [
  'Kepala Seksi Pelayanan Perizinan Berusaha',
  'Kepala Bidang Pelayanan Perizinan dan Non Perizinan',
  'Analis Kebijakan Ahli Muda',
  'Pranata Komputer Ahli Pertama',
  'Kepala Sub Bagian Umum dan Kepegawaian',
  'Pengelola Layanan Operasional',
  'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
  'Sekretaris Dinas',
  'Penelaah Teknis Kebijakan',
  'Arsiparis Ahli Muda',
];
export const PANGKAT: Array<[string, string]> = [
  ['Penata Muda', 'III/a'],
  ['Penata Muda Tingkat I', 'III/b'],
  ['Penata', 'III/c'],
  ['Penata Tingkat I', 'III/d'],
  ['Pembina', 'IV/a'],
  ['Pembina Tingkat I', 'IV/b'],
  ['Pembina Utama Muda', 'IV/c'],
];
export const UNITS = [
  'Bidang Pelayanan Perizinan dan Non Perizinan',
  'Bidang Pengaduan, Kebijakan dan Pelaporan Layanan',
  'Sekretariat',
  'Bidang Pengendalian Pelaksanaan Penanaman Modal',
  'UPTD Pelayanan Terpadu',
];
export const AGENCIES = [
  'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Provinsi Jambi',
  'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Muaro Jambi',
  'Dinas Komunikasi dan Informatika Kota Jambi',
  'Rumah Sakit Umum Daerah Raden Mattaher',
  'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Batang Hari',
];
export const SERVICES = [
  'perizinan berusaha',
  'pengaduan masyarakat',
  'administrasi kependudukan',
  'rujukan pasien',
  'pengelolaan arsip',
  'pelaporan kinerja',
  'penerbitan rekomendasi teknis',
];
export const VERBS = [
  'Penyusunan',
  'Sosialisasi',
  'Penetapan',
  'Uji coba',
  'Evaluasi',
  'Pelatihan',
  'Pengembangan',
  'Integrasi',
  'Rapat koordinasi',
  'Pendampingan',
];
export const OBJECTS = [
  'SOP layanan informasi status permohonan',
  'aplikasi pelacakan berkas',
  'tim efektif',
  'dashboard kinerja',
  'nota kesepahaman dengan Diskominfo',
  'modul notifikasi WhatsApp',
  'petunjuk teknis bagi petugas front office',
  'survei kepuasan masyarakat',
  'surat keputusan kepala dinas',
  'basis data pemohon',
];
export const STAKEHOLDER_NAMES = [
  'Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
  'Sekretaris Daerah Provinsi',
  'Kepala Dinas Komunikasi dan Informatika',
  'Asosiasi Pengusaha Indonesia (APINDO) Provinsi',
  'Petugas front office',
  'Tim teknis OPD',
  'Ombudsman Republik Indonesia Perwakilan Provinsi',
  'DPRD Komisi II',
  'Kepala Bidang Pengaduan',
  'Pelaku usaha mikro dan kecil',
  'Media lokal',
  'Inspektorat Daerah',
  'Biro Organisasi Sekretariat Daerah',
  'Bappeda',
];
export const SENTENCES = [
  'Layanan informasi status permohonan masih bergantung pada pertanyaan langsung kepada petugas di loket.',
  'Rekap pengaduan tahun 2021 menunjukkan bahwa sebagian besar keluhan berkaitan dengan ketidakjelasan status berkas.',
  'Perubahan ini sejalan dengan arah kebijakan reformasi birokrasi dan Sistem Pemerintahan Berbasis Elektronik (SPBE).',
  'Tim efektif bekerja bersama pemangku kepentingan internal dan eksternal untuk memastikan keberlanjutan inovasi.',
  'Indikator keberhasilan diukur dari waktu respons, nilai survei kepuasan masyarakat dan jumlah pengaduan.',
  'Kegiatan ini didukung oleh anggaran APBD serta kontribusi swadaya dari tim dan mitra kerja.',
  'Data dihimpun dari register manual, aplikasi OSS-RBA dan hasil observasi langsung selama dua minggu.',
  'Pimpinan unit kerja memberikan dukungan penuh melalui penetapan surat keputusan tim dan alokasi waktu rapat.',
  'Kendala utama adalah keterbatasan jaringan internet di beberapa loket dan belum seragamnya pemahaman petugas.',
  'Sebagai tindak lanjut, pelatihan singkat diberikan kepada seluruh petugas front office secara bertahap.',
];
export const BUDGET_ITEMS: Array<[string, string, number]> = [
  ['Konsumsi rapat koordinasi tim efektif', 'orang-kali', 35_000],
  ['Honorarium narasumber sosialisasi', 'jam', 900_000],
  ['Penggandaan dan penjilidan laporan', 'eksemplar', 75_000],
  ['Sewa server aplikasi', 'bulan', 2_400_000],
  ['Spanduk dan media sosialisasi', 'lembar', 150_000],
  ['Perjalanan dinas dalam daerah', 'orang-hari', 380_000],
  ['Pengembangan modul notifikasi WhatsApp', 'paket', 12_500_000],
  ['Alat tulis kantor', 'paket', 450_000],
];
export const SOURCE_DETAILS = [
  'APBD - DPA DPMPTSP TA 2022 kegiatan peningkatan pelayanan',
  'Swadaya tim efektif',
  '',
  'Kerja sama dengan Diskominfo (in-kind server)',
  'CSR Bank Jambi',
];
