/**
 * The narrative parts of the SIPANTAU sample that docs/domain.md §9 describes but its JSON does not
 * carry (background, foreword, profile, conclusions …), written as a participant would, so the
 * sample shows what a finished report looks like. All people and numbers are invented.
 */
export const NARRATIVE = {
  kataPengantar: `Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa karena atas rahmat-Nya rancangan aksi perubahan ini dapat diselesaikan tepat waktu sebagai bagian dari Pelatihan Kepemimpinan Pengawas Angkatan II Provinsi Jambi Tahun 2022.

Aksi perubahan berjudul *Optimalisasi Layanan Informasi Status Perizinan Berusaha melalui Inovasi SIPANTAU* disusun untuk menjawab keluhan pemohon izin yang kesulitan mengetahui posisi berkasnya.

Terima kasih kami sampaikan kepada:

1. Kepala DPMPTSP Provinsi Jambi selaku sponsor;
2. Kepala Bidang Pelayanan Perizinan dan Non Perizinan selaku mentor;
3. Coach dari BPSDM Provinsi Jambi atas bimbingan metodologisnya;
4. Rekan-rekan tim efektif yang bekerja dengan penuh semangat.

Kami menyadari rancangan ini masih memiliki kekurangan; saran dan masukan sangat kami harapkan.`,
  abstrak: `Layanan informasi status permohonan perizinan berusaha pada DPMPTSP Provinsi Jambi belum optimal: pemohon rata-rata menunggu **2 hari kerja** untuk mengetahui posisi berkasnya dan 62% pengaduan berkaitan dengan status. Aksi perubahan ini membangun **SIPANTAU**, pelacakan status berbasis web dengan notifikasi WhatsApp, didukung SOP layanan informasi dan kolaborasi dengan Diskominfo.`,
  latarBelakang: `Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP) Provinsi Jambi menyelenggarakan pelayanan perizinan berusaha yang menjadi kewenangan provinsi. Sejak penerapan perizinan berbasis risiko melalui OSS-RBA, jumlah permohonan terus meningkat, sedangkan informasi tentang posisi berkas di back office masih tersebar di buku register dan lembar kerja.

Rekap pengaduan tahun 2021 menunjukkan bahwa **62% pengaduan** berkaitan dengan pertanyaan status permohonan. Pemohon harus datang atau menelepon berulang kali, dan petugas front office memerlukan rata-rata **2 hari kerja** untuk memberi jawaban pasti. Nilai Survei Kepuasan Masyarakat (SKM) unsur kecepatan hanya *76,4*.

Kondisi ini tidak sejalan dengan:

- Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik, yang menuntut kepastian waktu dan keterbukaan informasi;
- Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik (SPBE);
- Rencana Strategis DPMPTSP Provinsi Jambi 2021–2026, sasaran meningkatnya kualitas pelayanan perizinan.

Sebagai Kepala Seksi Pelayanan Perizinan Berusaha, peserta memiliki kewenangan untuk menata alur layanan informasi. Karena itu isu ini diangkat menjadi fokus aksi perubahan.`,
  ruangLingkup: `Aksi perubahan ini mencakup layanan informasi status permohonan perizinan berusaha kewenangan Provinsi Jambi. Jangka pendek dibatasi pada **dua sektor**: perdagangan dan lingkungan hidup, selama masa off campus 15 Maret sampai 13 Mei 2022. Jangka menengah memperluas ke seluruh sektor, dan jangka panjang menyangkut penetapan standar oleh Gubernur serta replikasi ke kabupaten/kota.`,
  profilOrganisasi: `DPMPTSP Provinsi Jambi dibentuk berdasarkan Peraturan Daerah Provinsi Jambi tentang Pembentukan dan Susunan Perangkat Daerah, dengan tugas membantu Gubernur melaksanakan urusan penanaman modal dan pelayanan terpadu satu pintu.

**Visi**: terwujudnya pelayanan perizinan yang cepat, mudah, transparan dan akuntabel.

**Misi**:

1. Meningkatkan kualitas pelayanan perizinan dan non perizinan;
2. Meningkatkan iklim investasi yang kondusif;
3. Mengembangkan sistem informasi pelayanan yang terintegrasi.

Bidang Pelayanan Perizinan dan Non Perizinan membawahi Seksi Pelayanan Perizinan Berusaha, yang dipimpin peserta dengan 6 orang staf.`,
  perananTim: `Tim efektif dibentuk dengan SK Kepala DPMPTSP pada minggu kedua off campus. Koordinator teknis memetakan proses bisnis dan data baseline; admin sistem bersama pengembang dari Diskominfo menyiapkan aplikasi; sekretariat mendokumentasikan seluruh kegiatan sebagai bukti.`,
  pengelolaanStakeholder: `Sekretaris DPMPTSP dan Diskominfo yang semula hanya berpengaruh kini terlibat aktif setelah audiensi dan nota dinas. Tim verifikator back office yang semula tidak peduli kini menjadi pengguna aktif setelah dilibatkan sejak pemetaan proses.`,
  refleksiKepemimpinan: `Peserta belajar bahwa perubahan layanan tidak cukup dengan aplikasi: yang menentukan adalah kesepakatan alur kerja dan kepercayaan tim. Kolaborasi dengan Diskominfo menjadi contoh kepemimpinan melayani lintas perangkat daerah.`,
  manfaatDirasakan: `Sejak launching 13 Mei 2022, pertanyaan status di front office turun dan pemohon dua sektor menerima notifikasi otomatis pada setiap perubahan tahap.`,
  kesimpulan: `Aksi perubahan SIPANTAU menjawab isu utama belum optimalnya layanan informasi status permohonan perizinan berusaha. Dengan SOP, aplikasi pelacakan dan kolaborasi lintas perangkat daerah, pemohon dapat mengetahui status berkasnya secara real-time.`,
  saran: `1. Kepala DPMPTSP menetapkan SIPANTAU sebagai layanan tetap dan menganggarkannya dalam Renja/DPA 2023.
2. Diskominfo mengintegrasikan data status ke Satu Data Provinsi Jambi.
3. Kabupaten/kota mereplikasi SIPANTAU dengan penyesuaian kewenangan masing-masing.`,
};

export const IMPACT = `Jika tidak segera diatasi, pemohon tetap harus datang atau menelepon berulang kali, beban petugas front office tetap tinggi, citra pelayanan DPMPTSP menurun, dan terbuka potensi maladministrasi berupa penundaan berlarut yang dapat dilaporkan ke Ombudsman.`;

export const SUSTAINABILITY = `Keberlanjutan SIPANTAU dijaga melalui pelembagaan (SK tim dan SOP), penganggaran rutin, pemantauan bulanan oleh pimpinan, dan replikasi ke kabupaten/kota.`;
