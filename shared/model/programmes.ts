/**
 * What each training programme calls its change project (docs/domain.md §1.2). The programme decides
 * the product label everywhere: sidebar, cover, approval pages, file names.
 */
import type { ProductType, ProgrammeCode } from './enums';
import type { Programme } from './types';

export interface ProgrammeInfo {
  name: string;
  shortName: string;
  productType: ProductType;
  productLabel: string;
  regulation: string;
  /** Former name, shown in the picker so participants of older cohorts find theirs. */
  formerly?: string;
}

export const PROGRAMMES: Record<ProgrammeCode, ProgrammeInfo> = {
  PKN_II: {
    name: 'Pelatihan Kepemimpinan Nasional Tingkat II',
    shortName: 'PKN Tk II',
    productType: 'PROYEK_PERUBAHAN',
    productLabel: 'Proyek Perubahan',
    regulation: 'Peraturan LAN Nomor 2 Tahun 2019',
    formerly: 'Diklatpim Tk II',
  },
  PKA: {
    name: 'Pelatihan Kepemimpinan Administrator',
    shortName: 'PKA',
    productType: 'AKSI_PERUBAHAN',
    productLabel: 'Aksi Perubahan Kinerja Organisasi',
    regulation: 'Peraturan LAN Nomor 16 Tahun 2019',
    formerly: 'Diklatpim Tk III',
  },
  PKP: {
    name: 'Pelatihan Kepemimpinan Pengawas',
    shortName: 'PKP',
    productType: 'AKSI_PERUBAHAN',
    productLabel: 'Aksi Perubahan Kinerja Pelayanan',
    regulation: 'Peraturan LAN Nomor 15 Tahun 2019',
    formerly: 'Diklatpim Tk IV',
  },
  PKN_I: {
    name: 'Pelatihan Kepemimpinan Nasional Tingkat I',
    shortName: 'PKN Tk I',
    productType: 'PROYEK_PERUBAHAN',
    productLabel: 'Proyek Perubahan',
    regulation: 'Peraturan LAN Nomor 6 Tahun 2018',
    formerly: 'Diklatpim Tk I',
  },
  DIKLATPIM_II: {
    name: 'Pendidikan dan Pelatihan Kepemimpinan Tingkat II',
    shortName: 'Diklatpim Tk II',
    productType: 'PROYEK_PERUBAHAN',
    productLabel: 'Proyek Perubahan',
    regulation: 'Peraturan Kepala LAN Nomor 18 Tahun 2015',
  },
  DIKLATPIM_III: {
    name: 'Pendidikan dan Pelatihan Kepemimpinan Tingkat III',
    shortName: 'Diklatpim Tk III',
    productType: 'PROYEK_PERUBAHAN',
    productLabel: 'Proyek Perubahan',
    regulation: 'Peraturan Kepala LAN Nomor 19 Tahun 2015',
  },
  DIKLATPIM_IV: {
    name: 'Pendidikan dan Pelatihan Kepemimpinan Tingkat IV',
    shortName: 'Diklatpim Tk IV',
    productType: 'PROYEK_PERUBAHAN',
    productLabel: 'Proyek Perubahan',
    regulation: 'Peraturan Kepala LAN Nomor 20 Tahun 2015',
  },
  CUSTOM: {
    name: 'Pelatihan Kepemimpinan',
    shortName: 'Lainnya',
    productType: 'AKSI_PERUBAHAN',
    productLabel: 'Aksi Perubahan',
    regulation: '',
  },
};

/** The programme's full name, honouring the user's override. */
export function programmeName(p: Programme): string {
  return p.nameOverride.trim() || PROGRAMMES[p.code].name;
}

/** "Proyek Perubahan" / "Aksi Perubahan Kinerja Pelayanan" (or the user's own wording). */
export function productLabel(p: Programme): string {
  return p.productLabelOverride.trim() || PROGRAMMES[p.code].productLabel;
}

/** "proyek perubahan" vs "aksi perubahan", for running text. */
export function productNoun(p: Programme): string {
  return PROGRAMMES[p.code].productType === 'PROYEK_PERUBAHAN' ? 'proyek perubahan' : 'aksi perubahan';
}
