"""What the demo's SKPs say: rencana hasil kerja with their indicators, by kind of position.

Static material for asn_desktop.demo.appraisals. An RHK is a text with one to three
indicators; each indicator has its aspek, its text, a target *spec* and the evidence its
realisation rests on. Texts may hold placeholders filled per SKP:

- ``{unit}``: the unit's name ("Seksi Pengembangan Aplikasi"), ``{urusan}``: the unit's
  business in lower case ("pengembangan aplikasi"), ``{instansi}``: the agency's name;
- ``{tahun}``: the SKP's year, ``{tahun_lalu}``: the year before it;
- ``{periode}`` (evidence only): the months the evaluation covers ("Januari s.d. Maret 2026").

Target specs (see appraisals.Target): ``"12 laporan"`` a count (more is better), ``"100%"``
a percentage, ``"@12"`` a deadline month (printed "Desember 2025"), ``"3 hari kerja"`` a
duration (less is better: hari kerja, hari, jam, menit), ``"=3,50 (skala 4)"`` a measured
value, ``"~BB|A|B"`` a grade (target, better, worse).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "BESAR_KEPALA",
    "BESAR_SEKRETARIS",
    "CATATAN",
    "EKSPEKTASI",
    "HEAD_TOPIC",
    "RHK_KEPALA_DAERAH",
    "TAMBAHAN",
    "TOPICS",
    "UMPAN_BALIK_PERILAKU",
    "UMPAN_BALIK_RHK",
    "Ind",
    "Rhk",
    "staff_topic",
]


@dataclass(frozen=True, slots=True)
class Ind:
    aspek: str  # kuantitas, kualitas, waktu
    teks: str
    target: str  # a target spec
    bukti: str


@dataclass(frozen=True, slots=True)
class Rhk:
    teks: str
    ind: tuple[Ind, ...]


def _r(teks: str, *ind: Ind) -> Rhk:
    return Rhk(" ".join(teks.split()), ind)


def K(teks: str, target: str, bukti: str) -> Ind:  # the aspek, as the form names it
    return Ind("kuantitas", " ".join(teks.split()), target, bukti)


def Q(teks: str, target: str, bukti: str) -> Ind:
    return Ind("kualitas", " ".join(teks.split()), target, bukti)


def W(teks: str, target: str, bukti: str) -> Ind:
    return Ind("waktu", " ".join(teks.split()), target, bukti)


# -- staff (pelaksana and fungsional), by what their position is about -------------------------

# The catalogue is laid out as the form reads (indicator, target, evidence), not as the
# formatter would wrap it.
# fmt: off

_UMUM = (
    _r(
        "Terlaksananya pelayanan administrasi umum dan ketatausahaan {unit} yang tertib",
        K("Jumlah dokumen administrasi umum yang diproses", "240 dokumen",
          "Buku agenda dan rekap pengolahan dokumen {periode}"),
        W("Waktu penyelesaian setiap permintaan layanan administrasi", "2 hari kerja",
          "Rekap waktu layanan pada buku kendali {periode}"),
    ),
    _r(
        "Tersedianya kebutuhan alat tulis kantor dan perlengkapan kerja {unit}",
        K("Jumlah laporan persediaan barang habis pakai", "12 laporan",
          "Laporan persediaan bulanan {periode}"),
        Q("Persentase permintaan perlengkapan yang terpenuhi", "95%",
          "Rekap permintaan dan pengeluaran barang {periode}"),
    ),
    _r(
        "Terselenggaranya dukungan rapat dan kegiatan pimpinan di lingkungan {unit}",
        K("Jumlah rapat yang difasilitasi", "36 kegiatan",
          "Undangan, daftar hadir dan notula rapat {periode}"),
    ),
    _r(
        "Terlaksananya pengelolaan administrasi perkantoran yang tertib, meliputi penyiapan "
        "bahan dan konsep naskah dinas, pencatatan dan pendistribusian surat masuk dan keluar, "
        "penataan berkas kerja, pengelolaan jadwal kegiatan pimpinan, penyiapan ruang dan "
        "perlengkapan rapat, serta pelaporan kegiatan ketatausahaan secara berkala kepada "
        "atasan langsung sesuai dengan pedoman tata naskah dinas di lingkungan Pemerintah Kota "
        "Bandung",
        K("Jumlah konsep naskah dinas yang disiapkan", "120 naskah",
          "Arsip konsep naskah dinas pada aplikasi SRIKANDI {periode}"),
        Q("Persentase naskah dinas yang sesuai tata naskah tanpa perbaikan", "90%",
          "Catatan koreksi atasan pada lembar kendali naskah {periode}"),
        W("Penyampaian laporan kegiatan ketatausahaan", "@12",
          "Laporan kegiatan ketatausahaan tahun {tahun}"),
    ),
    _r(
        "Terpeliharanya kebersihan, keamanan dan kenyamanan ruang kerja {unit}",
        K("Jumlah laporan pemeliharaan ruang kerja", "12 laporan",
          "Laporan pemeriksaan ruang kerja bulanan {periode}"),
    ),
    _r(
        "Terlaksananya pelayanan tamu dan informasi umum kantor",
        K("Jumlah tamu yang dilayani dan tercatat", "600 orang",
          "Buku tamu elektronik {periode}"),
        Q("Persentase tamu yang diarahkan ke unit tujuan pada hari yang sama", "100%",
          "Rekap buku tamu dan disposisi {periode}"),
    ),
)

_ARSIP = (
    _r(
        "Terlaksananya pengelolaan surat masuk dan surat keluar {unit} melalui aplikasi "
        "SRIKANDI",
        K("Jumlah surat masuk dan keluar yang diagendakan", "1.200 surat",
          "Rekap agenda surat pada aplikasi SRIKANDI {periode}"),
        W("Waktu pendistribusian surat masuk kepada unit tujuan", "1 hari kerja",
          "Log disposisi surat pada aplikasi SRIKANDI {periode}"),
    ),
    _r(
        "Tertatanya arsip aktif {unit} sesuai klasifikasi arsip",
        K("Jumlah berkas arsip aktif yang diberkaskan", "300 berkas",
          "Daftar berkas dan daftar isi berkas {periode}"),
        Q("Persentase berkas yang sesuai klasifikasi dan jadwal retensi arsip", "95%",
          "Hasil pemeriksaan kearsipan internal {periode}"),
    ),
    _r(
        "Terlaksananya pemindahan arsip inaktif ke unit kearsipan",
        K("Jumlah boks arsip inaktif yang dipindahkan", "40 boks",
          "Berita acara pemindahan arsip inaktif {tahun}"),
        W("Penyelesaian pemindahan arsip inaktif", "@10",
          "Berita acara dan daftar arsip yang dipindahkan {tahun}"),
    ),
    _r(
        "Terlaksananya pengelolaan arsip dinamis {unit} yang tertib dan aman, meliputi "
        "pemberkasan arsip aktif berdasarkan klasifikasi arsip, pemeliharaan dan penyimpanan "
        "arsip vital, penyusunan daftar arsip aktif dan inaktif, pelayanan peminjaman arsip "
        "kepada pegawai yang membutuhkan, serta alih media arsip penting ke bentuk digital "
        "agar dapat ditemukan kembali dengan cepat dan terlindung dari kerusakan",
        K("Jumlah arsip yang dialihmediakan ke bentuk digital", "1.500 lembar",
          "Daftar arsip hasil alih media dan berkas digitalnya {periode}"),
        Q("Persentase permintaan peminjaman arsip yang terlayani", "100%",
          "Buku peminjaman arsip {periode}"),
    ),
    _r(
        "Tersusunnya daftar arsip vital dan daftar arsip aktif {unit}",
        K("Jumlah daftar arsip yang disusun", "2 dokumen",
          "Daftar arsip vital dan daftar arsip aktif tahun {tahun}"),
        W("Penyampaian daftar arsip kepada unit kearsipan", "@6",
          "Surat pengantar daftar arsip {tahun}"),
    ),
)

_KEUANGAN = (
    _r(
        "Tersusunnya laporan keuangan {instansi} yang akuntabel dan tepat waktu",
        K("Jumlah laporan keuangan yang disusun", "4 laporan",
          "Laporan keuangan triwulanan dan tahunan pada aplikasi SIPD {periode}"),
        W("Penyampaian laporan keuangan tahunan ke BKAD", "@2",
          "Tanda terima laporan keuangan tahun {tahun_lalu}"),
    ),
    _r(
        "Terlaksananya penatausahaan pengeluaran belanja {unit} sesuai ketentuan",
        K("Jumlah dokumen SPP/SPM yang diverifikasi", "360 dokumen",
          "Register SPP dan SPM pada aplikasi SIPD {periode}"),
        Q("Persentase dokumen pertanggungjawaban yang lengkap dan sah", "100%",
          "Lembar verifikasi SPJ {periode}"),
        W("Waktu verifikasi setiap pengajuan SPP", "2 hari kerja",
          "Register verifikasi dengan tanggal masuk dan keluar {periode}"),
    ),
    _r(
        "Terlaksananya pembayaran gaji dan tambahan penghasilan pegawai tepat waktu",
        K("Jumlah daftar gaji dan TPP yang diproses", "24 daftar",
          "Daftar gaji dan daftar TPP bulanan {periode}"),
        W("Penyampaian daftar gaji sebelum tanggal jatuh tempo", "3 hari kerja",
          "Tanda terima pengajuan gaji {periode}"),
    ),
    _r(
        "Terlaksananya rekonsiliasi realisasi anggaran dan kas dengan BKAD",
        K("Jumlah berita acara rekonsiliasi", "12 berita acara",
          "Berita acara rekonsiliasi bulanan {periode}"),
    ),
    _r(
        "Terselesaikannya tindak lanjut rekomendasi hasil pemeriksaan keuangan",
        Q("Persentase rekomendasi yang ditindaklanjuti", "100%",
          "Matriks tindak lanjut hasil pemeriksaan BPK dan Inspektorat {tahun}"),
        W("Penyelesaian tindak lanjut rekomendasi", "@9",
          "Surat penyampaian tindak lanjut kepada Inspektorat {tahun}"),
    ),
    _r(
        "Terlaksananya penatausahaan keuangan {unit} secara tertib, transparan dan akuntabel, "
        "meliputi verifikasi kelengkapan dokumen pertanggungjawaban belanja, pencatatan "
        "transaksi pada buku kas umum dan buku pembantu, penyetoran pajak atas belanja, "
        "penyusunan laporan pertanggungjawaban bendahara setiap bulan, serta penyiapan data "
        "pendukung bagi pemeriksaan keuangan oleh Badan Pemeriksa Keuangan dan Inspektorat "
        "Kota Bandung",
        K("Jumlah laporan pertanggungjawaban bendahara yang disusun", "12 laporan",
          "LPJ bendahara bulanan beserta buku kas umum {periode}"),
        Q("Persentase pajak atas belanja yang disetor tepat waktu", "100%",
          "Bukti penerimaan negara (NTPN) {periode}"),
    ),
)

_KEPEGAWAIAN = (
    _r(
        "Terlaksananya pengelolaan data kepegawaian {instansi} yang mutakhir",
        K("Jumlah data pegawai yang dimutakhirkan pada SIASN", "150 data",
          "Rekap pemutakhiran data pada aplikasi SIASN {periode}"),
        Q("Persentase data pegawai yang valid dan lengkap", "98%",
          "Laporan validasi data kepegawaian {periode}"),
    ),
    _r(
        "Terlaksananya layanan kenaikan pangkat dan kenaikan gaji berkala pegawai",
        K("Jumlah usulan kenaikan pangkat dan gaji berkala yang diproses", "80 usulan",
          "Rekap usulan kenaikan pangkat dan KGB {periode}"),
        W("Waktu penyampaian usulan setelah berkas lengkap", "5 hari kerja",
          "Tanda terima usulan pada BKPSDM {periode}"),
    ),
    _r(
        "Terlaksananya penilaian kinerja pegawai di lingkungan {instansi}",
        K("Jumlah dokumen evaluasi kinerja pegawai yang direkap", "4 rekap",
          "Rekap evaluasi kinerja triwulanan {periode}"),
        W("Penyampaian rekap penilaian kinerja tahunan", "@1",
          "Rekap predikat kinerja pegawai tahun {tahun_lalu}"),
    ),
    _r(
        "Terlaksananya pengembangan kompetensi pegawai sesuai rencana",
        K("Jumlah pegawai yang difasilitasi mengikuti pengembangan kompetensi", "60 orang",
          "Rekap jam pelajaran pengembangan kompetensi {periode}"),
        Q("Persentase pegawai yang memenuhi 20 JP pengembangan kompetensi", "80%",
          "Laporan capaian JP pengembangan kompetensi {periode}"),
    ),
    _r(
        "Terselenggaranya administrasi cuti, disiplin dan kesejahteraan pegawai",
        K("Jumlah permohonan cuti yang diproses", "150 permohonan",
          "Register cuti pegawai {periode}"),
        W("Waktu penyelesaian surat izin cuti", "2 hari kerja",
          "Register cuti dengan tanggal pengajuan dan penerbitan {periode}"),
    ),
    _r(
        "Terlaksananya analisis jabatan dan analisis beban kerja {instansi} sebagai dasar "
        "penyusunan kebutuhan pegawai, meliputi pengumpulan data uraian tugas dari setiap "
        "unit kerja, perhitungan beban kerja per jabatan, penyusunan peta jabatan dan "
        "informasi jabatan, serta penyampaian usulan kebutuhan aparatur sipil negara kepada "
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bandung tepat waktu",
        K("Jumlah jabatan yang dianalisis", "45 jabatan",
          "Dokumen anjab dan ABK tahun {tahun}"),
        W("Penyampaian usulan kebutuhan ASN", "@4",
          "Surat usulan kebutuhan ASN tahun {tahun}"),
    ),
)

_PERENCANAAN = (
    _r(
        "Tersusunnya dokumen perencanaan kinerja {instansi} tahun {tahun}",
        K("Jumlah dokumen perencanaan yang disusun", "3 dokumen",
          "Renja, RKA dan Perjanjian Kinerja tahun {tahun}"),
        W("Penetapan perjanjian kinerja", "@2",
          "Dokumen perjanjian kinerja yang ditandatangani tahun {tahun}"),
    ),
    _r(
        "Tersusunnya Laporan Kinerja Instansi Pemerintah (LKjIP) tahun {tahun_lalu}",
        K("Jumlah dokumen LKjIP yang disusun", "1 dokumen",
          "LKjIP tahun {tahun_lalu} pada aplikasi e-SAKIP"),
        W("Penyampaian LKjIP kepada Wali Kota", "@2",
          "Tanda terima LKjIP tahun {tahun_lalu}"),
        Q("Nilai evaluasi SAKIP perangkat daerah", "~BB|A|B",
          "Laporan hasil evaluasi SAKIP oleh Inspektorat tahun {tahun}"),
    ),
    _r(
        "Terlaksananya monitoring dan evaluasi capaian program dan kegiatan",
        K("Jumlah laporan monitoring dan evaluasi yang disusun", "4 laporan",
          "Laporan monev triwulanan pada aplikasi SIPD {periode}"),
        Q("Persentase indikator kinerja yang datanya lengkap", "100%",
          "Lembar pengendalian capaian indikator {periode}"),
    ),
    _r(
        "Tersusunnya rencana kerja dan anggaran perubahan {unit}",
        K("Jumlah dokumen RKA perubahan yang disusun", "1 dokumen",
          "Dokumen RKA perubahan tahun {tahun}"),
        W("Penyampaian RKA perubahan kepada TAPD", "@8",
          "Tanda terima RKA perubahan {tahun}"),
    ),
    _r(
        "Tersusunnya dokumen perencanaan dan penganggaran {instansi} yang selaras dengan "
        "Rencana Pembangunan Jangka Menengah Daerah, meliputi penyusunan rencana kerja "
        "tahunan, rencana kerja dan anggaran, penyelarasan indikator kinerja program dan "
        "kegiatan dengan indikator kinerja utama, penginputan rencana pada aplikasi Sistem "
        "Informasi Pemerintahan Daerah, serta koordinasi dengan Bappelitbang dan BKAD Kota "
        "Bandung dalam forum perangkat daerah dan musyawarah perencanaan pembangunan",
        K("Jumlah dokumen perencanaan dan penganggaran yang diselesaikan", "4 dokumen",
          "Renja, RKA, DPA dan Perjanjian Kinerja tahun {tahun}"),
        Q("Persentase indikator kegiatan yang selaras dengan indikator kinerja utama", "100%",
          "Matriks cascading kinerja tahun {tahun}"),
        W("Penyampaian rancangan Renja kepada Bappelitbang", "@5",
          "Surat penyampaian rancangan Renja tahun {tahun}"),
    ),
)

_DATA = (
    _r(
        "Tersedianya data sektoral {urusan} yang mutakhir dan dapat dipertanggungjawabkan",
        K("Jumlah set data yang dimutakhirkan pada portal Satu Data", "24 set data",
          "Tangkapan layar dan tautan set data pada portal data.bandung.go.id {periode}"),
        Q("Persentase set data yang memenuhi standar data dan metadata", "95%",
          "Hasil pemeriksaan walidata {periode}"),
    ),
    _r(
        "Terlaksananya pengolahan dan analisis data untuk bahan kebijakan pimpinan",
        K("Jumlah laporan analisis data yang disusun", "12 laporan",
          "Laporan analisis data bulanan {periode}"),
        W("Penyampaian laporan analisis kepada atasan", "3 hari kerja",
          "Tanda terima laporan pada aplikasi SRIKANDI {periode}"),
    ),
    _r(
        "Tersusunnya publikasi statistik sektoral {instansi}",
        K("Jumlah publikasi statistik yang diterbitkan", "2 publikasi",
          "Publikasi statistik sektoral tahun {tahun}"),
        W("Penerbitan publikasi statistik sektoral", "@11",
          "Berita acara rilis publikasi {tahun}"),
    ),
    _r(
        "Terlaksananya entri dan validasi data pada aplikasi {unit}",
        K("Jumlah data yang dientri dan divalidasi", "2.400 data",
          "Rekap entri data pada aplikasi {periode}"),
        Q("Persentase data yang lolos validasi tanpa perbaikan", "97%",
          "Laporan validasi data {periode}"),
    ),
    _r(
        "Terselenggaranya pengelolaan data dan statistik sektoral sesuai prinsip Satu Data "
        "Indonesia, meliputi pengumpulan data dari produsen data di lingkungan perangkat "
        "daerah, pemeriksaan kesesuaian data terhadap standar data dan metadata, pengolahan "
        "dan penyajian data dalam bentuk tabel, grafik dan dasbor, serta penyebarluasan data "
        "melalui portal Satu Data Kota Bandung sehingga dapat dimanfaatkan oleh pimpinan dan "
        "masyarakat untuk perencanaan dan evaluasi pembangunan",
        K("Jumlah dasbor data yang diperbarui", "6 dasbor",
          "Tautan dasbor dan catatan pembaruan {periode}"),
        Q("Persentase produsen data yang menyampaikan data tepat waktu", "90%",
          "Rekap penyampaian data oleh produsen data {periode}"),
    ),
)

_TI = (
    _r(
        "Tersedianya layanan aplikasi pemerintahan yang andal bagi perangkat daerah",
        Q("Persentase ketersediaan (uptime) aplikasi yang dikelola", "99%",
          "Laporan pemantauan ketersediaan layanan {periode}"),
        W("Waktu penanganan gangguan aplikasi", "4 jam",
          "Rekap tiket gangguan pada aplikasi layanan TI {periode}"),
    ),
    _r(
        "Terselesaikannya pengembangan fitur aplikasi sesuai kebutuhan pengguna",
        K("Jumlah fitur aplikasi yang dikembangkan dan diuji", "8 fitur",
          "Dokumen spesifikasi, hasil uji dan berita acara serah terima {periode}"),
        Q("Persentase fitur yang lolos uji penerimaan pengguna", "100%",
          "Berita acara UAT {periode}"),
    ),
    _r(
        "Terpeliharanya jaringan dan perangkat teknologi informasi {unit}",
        K("Jumlah perangkat yang dipelihara", "120 perangkat",
          "Log pemeliharaan perangkat {periode}"),
        W("Waktu pemulihan gangguan jaringan", "2 jam",
          "Rekap tiket gangguan jaringan {periode}"),
    ),
    _r(
        "Terlaksananya layanan bantuan (helpdesk) teknologi informasi bagi pengguna",
        K("Jumlah permintaan layanan yang diselesaikan", "480 tiket",
          "Rekap tiket layanan pada aplikasi helpdesk {periode}"),
        Q("Tingkat kepuasan pengguna layanan helpdesk", "=3,50 (skala 4)",
          "Hasil survei kepuasan pengguna {periode}"),
    ),
    _r(
        "Terlaksananya pencadangan data dan pengujian pemulihan sistem",
        K("Jumlah pengujian pemulihan data yang dilakukan", "4 kali",
          "Laporan uji pemulihan data {periode}"),
    ),
    _r(
        "Terselenggaranya layanan aplikasi dan infrastruktur teknologi informasi yang andal "
        "dan aman bagi perangkat daerah di lingkungan Pemerintah Kota Bandung, meliputi "
        "pemantauan ketersediaan server dan aplikasi selama jam kerja, penanganan gangguan "
        "sesuai tingkat prioritas, pemutakhiran sistem operasi dan pustaka perangkat lunak, "
        "pencadangan basis data secara berkala, pendokumentasian konfigurasi, serta pelaporan "
        "insiden dan rekomendasi perbaikan kepada atasan langsung setiap bulan",
        Q("Persentase ketersediaan layanan pada jam kerja", "99%",
          "Laporan pemantauan ketersediaan layanan {periode}"),
        K("Jumlah laporan insiden dan rekomendasi perbaikan", "12 laporan",
          "Laporan insiden bulanan {periode}"),
        W("Waktu penanganan gangguan prioritas tinggi", "2 jam",
          "Rekap tiket prioritas tinggi {periode}"),
    ),
    _r(
        "Terintegrasinya aplikasi perangkat daerah dengan layanan data bersama",
        K("Jumlah aplikasi yang terintegrasi melalui API", "5 aplikasi",
          "Dokumen integrasi dan hasil uji API {periode}"),
    ),
)

_INFORMASI = (
    _r(
        "Terlaksananya layanan informasi publik {instansi} sesuai standar layanan",
        K("Jumlah permohonan informasi publik yang dilayani", "120 permohonan",
          "Register permohonan informasi pada aplikasi PPID {periode}"),
        W("Waktu pemberian jawaban atas permohonan informasi", "10 hari kerja",
          "Register permohonan dengan tanggal jawaban {periode}"),
    ),
    _r(
        "Tersebarluasnya informasi program dan kegiatan Pemerintah Kota Bandung",
        K("Jumlah konten informasi yang dipublikasikan", "240 konten",
          "Tautan publikasi di situs dan media sosial resmi {periode}"),
        Q("Persentase konten yang diverifikasi sebelum terbit", "100%",
          "Lembar verifikasi konten {periode}"),
    ),
    _r(
        "Terkelolanya pengaduan masyarakat melalui kanal SP4N-LAPOR!",
        K("Jumlah aduan yang ditindaklanjuti", "300 aduan",
          "Rekap aduan pada aplikasi SP4N-LAPOR! {periode}"),
        W("Waktu tindak lanjut aduan", "5 hari kerja",
          "Rekap waktu tindak lanjut aduan {periode}"),
    ),
    _r(
        "Terlaksananya peliputan dan dokumentasi kegiatan pimpinan daerah",
        K("Jumlah kegiatan yang diliput dan didokumentasikan", "150 kegiatan",
          "Arsip foto, video dan rilis berita {periode}"),
    ),
    _r(
        "Terselenggaranya pengelolaan komunikasi publik yang cepat, akurat dan terpadu, "
        "meliputi pemantauan isu di media massa dan media sosial, penyusunan ringkasan isu "
        "harian bagi pimpinan, penyiapan bahan rilis dan klarifikasi atas informasi yang "
        "keliru, koordinasi dengan hubungan masyarakat perangkat daerah, serta evaluasi "
        "sentimen publik terhadap program Pemerintah Kota Bandung sebagai bahan perbaikan "
        "layanan",
        K("Jumlah ringkasan isu yang disampaikan kepada pimpinan", "240 ringkasan",
          "Arsip ringkasan isu harian {periode}"),
        W("Waktu penerbitan klarifikasi atas isu yang keliru", "1 hari kerja",
          "Rekap klarifikasi dan tautan publikasinya {periode}"),
    ),
)

_PERSANDIAN = (
    _r(
        "Terlaksananya layanan persandian untuk pengamanan informasi berklasifikasi",
        K("Jumlah informasi berklasifikasi yang diamankan", "60 dokumen",
          "Register pengamanan informasi {periode}"),
        Q("Persentase pengiriman berita sandi tanpa insiden", "100%",
          "Laporan layanan persandian {periode}"),
    ),
    _r(
        "Terlaksananya penilaian keamanan informasi pada sistem elektronik perangkat daerah",
        K("Jumlah sistem elektronik yang dinilai keamanannya", "10 sistem",
          "Laporan penilaian indeks KAMI dan uji penetrasi {periode}"),
        W("Penyampaian rekomendasi perbaikan keamanan", "5 hari kerja",
          "Surat rekomendasi kepada pemilik sistem {periode}"),
    ),
    _r(
        "Terkelolanya sertifikat elektronik bagi pejabat penandatangan dokumen",
        K("Jumlah sertifikat elektronik yang diterbitkan dan diperbarui", "80 sertifikat",
          "Rekap layanan sertifikat elektronik BSrE {periode}"),
    ),
    _r(
        "Tertanganinya insiden keamanan siber pada sistem elektronik Pemerintah Kota Bandung",
        K("Jumlah insiden yang ditangani dan dilaporkan", "12 laporan",
          "Laporan penanganan insiden (CSIRT) {periode}"),
        W("Waktu respons awal atas laporan insiden", "2 jam",
          "Log tiket insiden {periode}"),
    ),
)

_KEBIJAKAN = (
    _r(
        "Tersusunnya kajian kebijakan {urusan} sebagai bahan pertimbangan pimpinan",
        K("Jumlah kajian kebijakan yang diselesaikan", "3 kajian",
          "Dokumen kajian dan policy brief {periode}"),
        Q("Persentase rekomendasi kajian yang diterima pimpinan", "70%",
          "Disposisi pimpinan atas rekomendasi kajian {periode}"),
    ),
    _r(
        "Tersusunnya rancangan peraturan wali kota dan keputusan di bidang {urusan}",
        K("Jumlah rancangan produk hukum yang disusun", "4 rancangan",
          "Rancangan produk hukum dan notula pembahasan {periode}"),
        W("Penyampaian rancangan kepada Bagian Hukum Setda", "@9",
          "Surat pengantar rancangan produk hukum {tahun}"),
    ),
    _r(
        "Terlaksananya evaluasi pelaksanaan kebijakan {urusan}",
        K("Jumlah laporan evaluasi kebijakan", "2 laporan",
          "Laporan evaluasi semesteran {periode}"),
    ),
    _r(
        "Terlaksananya analisis kebijakan yang berbasis bukti atas program prioritas daerah, "
        "meliputi identifikasi masalah kebijakan bersama unit teknis, pengumpulan dan "
        "pengolahan data pendukung, konsultasi publik dengan pemangku kepentingan, perumusan "
        "alternatif kebijakan beserta analisis biaya dan manfaatnya, serta penyajian "
        "rekomendasi dalam bentuk ringkasan kebijakan yang mudah dipahami pimpinan",
        K("Jumlah ringkasan kebijakan yang disampaikan", "4 dokumen",
          "Policy brief dan notula konsultasi publik {periode}"),
        Q("Persentase ringkasan kebijakan yang disetujui tanpa revisi mayor", "75%",
          "Catatan pembahasan dengan pimpinan {periode}"),
    ),
)

_PENGADAAN = (
    _r(
        "Terlaksananya pengadaan barang/jasa {instansi} sesuai rencana umum pengadaan",
        K("Jumlah paket pengadaan yang diproses", "30 paket",
          "Rekap paket pada aplikasi SPSE dan e-katalog {periode}"),
        Q("Persentase paket yang selesai tanpa sanggahan", "95%",
          "Laporan realisasi pengadaan {periode}"),
    ),
    _r(
        "Tersusunnya rencana umum pengadaan (RUP) tahun {tahun}",
        K("Jumlah paket yang diumumkan pada SiRUP", "40 paket",
          "Rekap RUP pada aplikasi SiRUP {tahun}"),
        W("Pengumuman RUP", "@1", "Tangkapan layar pengumuman RUP {tahun}"),
    ),
    _r(
        "Terlaksananya pengadaan langsung dan e-purchasing untuk kebutuhan operasional",
        K("Jumlah paket e-purchasing yang diselesaikan", "20 paket",
          "Surat pesanan dan berita acara serah terima {periode}"),
        W("Waktu penyelesaian setiap paket pengadaan langsung", "10 hari kerja",
          "Rekap jadwal paket pengadaan {periode}"),
    ),
)

_ASET = (
    _r(
        "Tertatausahakannya barang milik daerah pada {instansi}",
        K("Jumlah barang milik daerah yang diinventarisasi", "850 barang",
          "Kartu inventaris barang dan laporan mutasi barang {periode}"),
        Q("Persentase barang yang berlabel dan tercatat pada SIMBADA", "98%",
          "Laporan hasil inventarisasi {periode}"),
    ),
    _r(
        "Tersusunnya laporan barang milik daerah semesteran dan tahunan",
        K("Jumlah laporan barang milik daerah", "3 laporan",
          "Laporan barang semesteran dan tahunan {periode}"),
        W("Penyampaian laporan barang tahunan ke BKAD", "@1",
          "Tanda terima laporan barang tahun {tahun_lalu}"),
    ),
    _r(
        "Terpeliharanya kendaraan dinas dan sarana prasarana kantor",
        K("Jumlah kendaraan dan sarana yang dipelihara berkala", "25 unit",
          "Kartu pemeliharaan kendaraan dan sarana {periode}"),
        Q("Persentase sarana kantor dalam kondisi baik", "90%",
          "Laporan kondisi sarana prasarana {periode}"),
    ),
    _r(
        "Terlaksananya pengelolaan barang milik daerah yang tertib administrasi, tertib fisik "
        "dan tertib hukum, meliputi inventarisasi dan pelabelan barang, pemutakhiran kartu "
        "inventaris ruangan, pencatatan mutasi dan pemeliharaan barang, pengusulan "
        "penghapusan barang rusak berat, serta rekonsiliasi data barang dengan Badan "
        "Keuangan dan Aset Daerah Kota Bandung setiap semester",
        K("Jumlah kartu inventaris ruangan yang dimutakhirkan", "40 ruangan",
          "Kartu inventaris ruangan yang ditandatangani penanggung jawab {periode}"),
        K("Jumlah berita acara rekonsiliasi aset", "2 berita acara",
          "Berita acara rekonsiliasi aset semesteran {periode}"),
    ),
)

_PENGEMUDI = (
    _r(
        "Terlaksananya layanan angkutan dinas pimpinan yang aman dan tepat waktu",
        K("Jumlah perjalanan dinas yang dilayani", "400 perjalanan",
          "Buku perjalanan kendaraan dinas {periode}"),
        Q("Persentase perjalanan tanpa kecelakaan atau keterlambatan", "100%",
          "Rekap buku perjalanan {periode}"),
    ),
    _r(
        "Terpeliharanya kendaraan dinas operasional yang menjadi tanggung jawabnya",
        K("Jumlah pemeriksaan kendaraan yang dilakukan", "48 kali",
          "Lembar periksa kendaraan mingguan {periode}"),
        W("Penyampaian laporan kerusakan kendaraan", "1 hari kerja",
          "Laporan kerusakan dan servis kendaraan {periode}"),
    ),
    _r(
        "Terlaksananya pengantaran dokumen dan surat dinas ke instansi tujuan",
        K("Jumlah pengantaran dokumen yang diselesaikan", "150 pengantaran",
          "Buku ekspedisi surat {periode}"),
    ),
)

_LAYANAN_OPERASIONAL = (
    _r(
        "Terlaksananya layanan operasional {unit} sesuai standar operasional prosedur",
        K("Jumlah layanan operasional yang diselesaikan", "300 layanan",
          "Rekap layanan operasional {periode}"),
        Q("Persentase layanan yang diselesaikan sesuai SOP", "95%",
          "Lembar kendali layanan {periode}"),
    ),
    _r(
        "Terdukungnya pelaksanaan kegiatan teknis {unit}",
        K("Jumlah kegiatan teknis yang didukung", "40 kegiatan",
          "Laporan kegiatan dan dokumentasi {periode}"),
    ),
    _r(
        "Tersusunnya laporan pelaksanaan tugas layanan operasional",
        K("Jumlah laporan pelaksanaan tugas", "12 laporan",
          "Laporan bulanan pelaksanaan tugas {periode}"),
        W("Penyampaian laporan bulanan", "5 hari kerja",
          "Tanda terima laporan bulanan {periode}"),
    ),
)

_KEWILAYAHAN = (
    _r(
        "Terlaksananya pelayanan administrasi kependudukan dan surat keterangan di {unit}",
        K("Jumlah surat pengantar dan keterangan yang diterbitkan", "900 surat",
          "Buku register surat keterangan {periode}"),
        W("Waktu penyelesaian surat keterangan", "1 hari kerja",
          "Register layanan dengan waktu masuk dan selesai {periode}"),
    ),
    _r(
        "Terlaksananya pendataan dan pelaporan kondisi wilayah {unit}",
        K("Jumlah laporan kondisi wilayah", "12 laporan",
          "Laporan bulanan kondisi wilayah {periode}"),
    ),
    _r(
        "Terfasilitasinya kegiatan pemberdayaan masyarakat dan musyawarah pembangunan",
        K("Jumlah kegiatan masyarakat yang difasilitasi", "24 kegiatan",
          "Undangan, daftar hadir dan notula kegiatan {periode}"),
        Q("Persentase usulan musrenbang yang terinput pada aplikasi", "100%",
          "Rekap usulan pada aplikasi SIPD {periode}"),
    ),
    _r(
        "Terlaksananya pelayanan publik di tingkat wilayah yang cepat, ramah dan tuntas, "
        "meliputi penerimaan dan pemeriksaan berkas permohonan warga, pemberian informasi "
        "persyaratan layanan, penerbitan surat pengantar dan rekomendasi, penerusan "
        "permohonan administrasi kependudukan dan perizinan kepada perangkat daerah "
        "berwenang, serta pencatatan umpan balik warga sebagai bahan perbaikan standar "
        "pelayanan di kecamatan dan kelurahan",
        K("Jumlah permohonan warga yang dilayani", "1.200 permohonan",
          "Register layanan dan aplikasi antrean {periode}"),
        Q("Indeks kepuasan masyarakat atas layanan wilayah", "=85,00",
          "Hasil survei kepuasan masyarakat {periode}"),
    ),
)

# -- heads of units -------------------------------------------------------------------------

_PIMPINAN = (
    _r(
        "Meningkatnya kualitas penyelenggaraan urusan pemerintahan yang menjadi kewenangan "
        "{instansi}",
        Q("Nilai evaluasi SAKIP perangkat daerah", "~BB|A|B",
          "Laporan hasil evaluasi SAKIP tahun {tahun}"),
        Q("Persentase indikator kinerja utama yang mencapai target", "90%",
          "LKjIP tahun {tahun}"),
    ),
    _r(
        "Meningkatnya indeks Sistem Pemerintahan Berbasis Elektronik (SPBE) Pemerintah Kota "
        "Bandung",
        Q("Indeks SPBE Pemerintah Kota Bandung", "=3,60 (skala 5)",
          "Laporan hasil evaluasi SPBE oleh Kementerian PANRB tahun {tahun}"),
    ),
    _r(
        "Meningkatnya keterbukaan informasi publik Pemerintah Kota Bandung",
        Q("Nilai indeks keterbukaan informasi publik", "=85,00",
          "Hasil monitoring dan evaluasi Komisi Informasi Provinsi Jawa Barat {tahun}"),
    ),
    _r(
        "Terwujudnya tata kelola keuangan {instansi} yang akuntabel",
        Q("Opini atas laporan keuangan Pemerintah Kota Bandung", "~WTP|WTP|WDP",
          "Laporan hasil pemeriksaan BPK atas laporan keuangan tahun {tahun_lalu}"),
        Q("Persentase realisasi anggaran", "95%", "Laporan realisasi anggaran tahun {tahun}"),
    ),
    _r(
        "Meningkatnya kepuasan masyarakat atas layanan {instansi}",
        Q("Indeks kepuasan masyarakat", "=85,00",
          "Laporan survei kepuasan masyarakat tahun {tahun}"),
    ),
    _r(
        "Meningkatnya kapasitas dan profesionalitas aparatur {instansi}",
        Q("Indeks profesionalitas ASN perangkat daerah", "=75,00",
          "Hasil pengukuran indeks profesionalitas ASN tahun {tahun}"),
        Q("Persentase pegawai dengan predikat kinerja minimal Baik", "90%",
          "Rekap predikat kinerja pegawai tahun {tahun}"),
    ),
    _r(
        "Terlaksananya reformasi birokrasi dan pembangunan zona integritas {instansi} menuju "
        "Wilayah Birokrasi Bersih dan Melayani, melalui penguatan manajemen perubahan, "
        "penataan tata laksana dan digitalisasi proses bisnis, penguatan pengawasan internal "
        "dan pengendalian gratifikasi, peningkatan kualitas pelayanan publik berdasarkan "
        "survei kepuasan masyarakat, serta penguatan akuntabilitas kinerja yang terukur "
        "sampai ke tingkat individu pegawai",
        Q("Nilai evaluasi reformasi birokrasi perangkat daerah", "~BB|A|B",
          "Laporan evaluasi internal reformasi birokrasi tahun {tahun}"),
        K("Jumlah unit yang diusulkan sebagai zona integritas", "1 unit",
          "Surat usulan zona integritas tahun {tahun}"),
    ),
    _r(
        "Terkendalinya pelaksanaan program prioritas Wali Kota yang menjadi tanggung jawab "
        "{instansi}",
        Q("Persentase program prioritas yang mencapai target", "100%",
          "Laporan pengendalian program prioritas {periode}"),
    ),
)

_SEKRETARIS = (
    _r(
        "Meningkatnya kualitas layanan kesekretariatan {instansi}",
        Q("Persentase layanan administrasi umum, kepegawaian dan keuangan yang selesai tepat "
          "waktu", "95%", "Rekap layanan kesekretariatan {periode}"),
    ),
    _r(
        "Terwujudnya perencanaan dan pelaporan kinerja {instansi} yang akuntabel",
        Q("Nilai evaluasi SAKIP perangkat daerah", "~BB|A|B",
          "Laporan hasil evaluasi SAKIP tahun {tahun}"),
        W("Penyampaian LKjIP tahun {tahun_lalu}", "@2", "Tanda terima LKjIP {tahun_lalu}"),
    ),
    _r(
        "Terwujudnya pengelolaan keuangan dan aset {instansi} yang tertib dan akuntabel",
        Q("Persentase temuan pemeriksaan keuangan yang ditindaklanjuti", "100%",
          "Matriks tindak lanjut hasil pemeriksaan {tahun}"),
        Q("Persentase barang milik daerah yang tercatat dan berlabel", "98%",
          "Laporan barang milik daerah tahun {tahun}"),
    ),
    _r(
        "Terkelolanya administrasi kepegawaian dan pengembangan kompetensi pegawai",
        Q("Persentase pegawai yang memenuhi 20 JP pengembangan kompetensi", "80%",
          "Rekap JP pengembangan kompetensi tahun {tahun}"),
    ),
    _r(
        "Terkoordinasinya penyusunan dokumen perencanaan, penganggaran, pelaporan dan evaluasi "
        "kinerja seluruh bidang di lingkungan {instansi}, meliputi penyelarasan rencana kerja "
        "bidang dengan rencana strategis, pengendalian realisasi fisik dan keuangan setiap "
        "bulan, penyusunan laporan kinerja triwulanan dan tahunan, penyiapan bahan evaluasi "
        "SAKIP dan reformasi birokrasi, serta pemantauan tindak lanjut rekomendasi hasil "
        "evaluasi dari Inspektorat dan Bappelitbang Kota Bandung",
        K("Jumlah laporan pengendalian kinerja yang disampaikan kepada pimpinan", "12 laporan",
          "Laporan pengendalian kinerja bulanan {periode}"),
        W("Penyampaian laporan kinerja triwulanan", "10 hari kerja",
          "Tanda terima laporan triwulanan {periode}"),
    ),
)

_KABID = (
    _r(
        "Meningkatnya kualitas penyelenggaraan {urusan} di lingkungan Pemerintah Kota Bandung",
        Q("Persentase indikator kinerja {unit} yang mencapai target", "90%",
          "Laporan capaian kinerja {unit} {periode}"),
    ),
    _r(
        "Terlaksananya program dan kegiatan {unit} sesuai rencana kerja tahun {tahun}",
        Q("Persentase realisasi fisik kegiatan", "100%",
          "Laporan realisasi fisik dan keuangan {periode}"),
        Q("Persentase realisasi anggaran {unit}", "95%",
          "Laporan realisasi anggaran {periode}"),
    ),
    _r(
        "Tersusunnya rumusan kebijakan teknis {urusan}",
        K("Jumlah rumusan kebijakan teknis yang ditetapkan", "2 dokumen",
          "Keputusan atau surat edaran yang ditetapkan {tahun}"),
    ),
    _r(
        "Meningkatnya kepuasan pengguna layanan {unit}",
        Q("Indeks kepuasan pengguna layanan {unit}", "=3,40 (skala 4)",
          "Hasil survei kepuasan pengguna {periode}"),
    ),
    _r(
        "Terselenggaranya koordinasi, pembinaan dan pengendalian pelaksanaan {urusan} pada "
        "perangkat daerah di lingkungan Pemerintah Kota Bandung, meliputi penyusunan rencana "
        "aksi tahunan, pendampingan teknis kepada perangkat daerah, pemantauan capaian "
        "indikator setiap triwulan, penyelesaian hambatan pelaksanaan bersama seksi terkait, "
        "serta pelaporan hasil pengendalian dan rekomendasi perbaikan kepada kepala perangkat "
        "daerah",
        K("Jumlah perangkat daerah yang didampingi", "20 perangkat daerah",
          "Notula pendampingan dan daftar hadir {periode}"),
        K("Jumlah laporan pengendalian triwulanan", "4 laporan",
          "Laporan pengendalian triwulanan {periode}"),
    ),
)

_KASI = (
    _r(
        "Terlaksananya kegiatan {urusan} sesuai rencana kerja tahun {tahun}",
        Q("Persentase kegiatan {unit} yang terlaksana sesuai jadwal", "100%",
          "Laporan kegiatan dan realisasi jadwal {periode}"),
    ),
    _r(
        "Tersusunnya bahan kebijakan dan petunjuk teknis {urusan}",
        K("Jumlah petunjuk teknis dan bahan kebijakan yang disusun", "3 dokumen",
          "Dokumen petunjuk teknis dan bahan kebijakan {periode}"),
        W("Penyampaian konsep kepada kepala bidang", "@6",
          "Lembar disposisi konsep {tahun}"),
    ),
    _r(
        "Terlaksananya pembinaan dan pengendalian pelaksanaan tugas staf {unit}",
        K("Jumlah rapat evaluasi kinerja staf", "12 rapat",
          "Notula rapat evaluasi bulanan {periode}"),
        Q("Persentase staf yang mencapai target kinerja triwulanan", "90%",
          "Rekap evaluasi kinerja triwulanan staf {periode}"),
    ),
    _r(
        "Tersusunnya laporan pelaksanaan kegiatan {unit}",
        K("Jumlah laporan kegiatan yang disusun", "4 laporan",
          "Laporan triwulanan kegiatan {periode}"),
        W("Penyampaian laporan triwulanan", "5 hari kerja",
          "Tanda terima laporan triwulanan {periode}"),
    ),
    _r(
        "Meningkatnya kualitas layanan {urusan} kepada perangkat daerah dan masyarakat",
        Q("Persentase permintaan layanan yang diselesaikan sesuai standar", "95%",
          "Rekap permintaan layanan {periode}"),
        W("Waktu rata-rata penyelesaian permintaan layanan", "3 hari kerja",
          "Rekap waktu layanan {periode}"),
    ),
    _r(
        "Terlaksananya penyiapan bahan perumusan, pelaksanaan, pemantauan dan evaluasi "
        "kebijakan {urusan}, meliputi pengumpulan dan pengolahan data kebutuhan, penyusunan "
        "rencana kegiatan dan kerangka acuan kerja, pelaksanaan kegiatan bersama staf dan "
        "pihak ketiga, pemantauan capaian output setiap bulan, serta penyusunan laporan "
        "evaluasi dan usulan perbaikan untuk tahun berikutnya",
        K("Jumlah kerangka acuan kerja yang disusun", "3 dokumen",
          "Kerangka acuan kerja kegiatan tahun {tahun}"),
        K("Jumlah laporan evaluasi kegiatan", "2 laporan",
          "Laporan evaluasi semesteran {periode}"),
    ),
)

_KASUBBAG_UMUM = (
    _r(
        "Terlaksananya pelayanan administrasi umum dan kepegawaian {instansi}",
        Q("Persentase layanan administrasi umum dan kepegawaian yang selesai tepat waktu",
          "95%", "Rekap layanan umum dan kepegawaian {periode}"),
    ),
    _r(
        "Tertatanya administrasi persuratan dan kearsipan {instansi}",
        Q("Persentase surat yang terdistribusi pada hari yang sama", "95%",
          "Rekap agenda surat pada aplikasi SRIKANDI {periode}"),
        K("Jumlah boks arsip inaktif yang dipindahkan", "40 boks",
          "Berita acara pemindahan arsip {tahun}"),
    ),
    _r(
        "Terpeliharanya sarana dan prasarana kantor {instansi}",
        Q("Persentase sarana kantor dalam kondisi baik", "90%",
          "Laporan kondisi sarana prasarana {periode}"),
    ),
    _r(
        "Terkelolanya data kepegawaian dan layanan karier pegawai",
        Q("Persentase usulan kenaikan pangkat yang disampaikan tepat waktu", "100%",
          "Rekap usulan kenaikan pangkat {periode}"),
    ),
)

_KASUBBAG_KEUANGAN = (
    _r(
        "Terlaksananya penatausahaan keuangan {instansi} yang tertib dan akuntabel",
        K("Jumlah laporan keuangan yang disusun", "4 laporan",
          "Laporan keuangan triwulanan dan tahunan {periode}"),
        Q("Persentase SPJ yang diverifikasi lengkap dan sah", "100%",
          "Lembar verifikasi SPJ {periode}"),
    ),
    _r(
        "Tersusunnya laporan keuangan tahunan {instansi} tahun {tahun_lalu}",
        W("Penyampaian laporan keuangan ke BKAD", "@2",
          "Tanda terima laporan keuangan {tahun_lalu}"),
    ),
    _r(
        "Terselesaikannya tindak lanjut hasil pemeriksaan keuangan",
        Q("Persentase rekomendasi BPK yang ditindaklanjuti", "100%",
          "Matriks tindak lanjut hasil pemeriksaan {tahun}"),
    ),
)

_KASUBBAG_PROGRAM = (
    _r(
        "Tersusunnya dokumen perencanaan dan penganggaran {instansi} tahun {tahun}",
        K("Jumlah dokumen perencanaan yang disusun", "4 dokumen",
          "Renja, RKA, DPA dan Perjanjian Kinerja tahun {tahun}"),
    ),
    _r(
        "Tersusunnya laporan kinerja dan laporan evaluasi program {instansi}",
        K("Jumlah laporan kinerja yang disusun", "5 laporan",
          "Laporan kinerja triwulanan dan LKjIP {periode}"),
        W("Penyampaian LKjIP tahun {tahun_lalu}", "@2", "Tanda terima LKjIP {tahun_lalu}"),
    ),
    _r(
        "Terlaksananya pengendalian realisasi fisik dan keuangan kegiatan",
        K("Jumlah laporan pengendalian yang disusun", "12 laporan",
          "Laporan pengendalian bulanan pada aplikasi SIPD {periode}"),
    ),
)

_KEPALA_UPT = (
    _r(
        "Meningkatnya kualitas layanan {unit}",
        Q("Persentase layanan yang diselesaikan sesuai standar pelayanan", "95%",
          "Laporan kinerja layanan {periode}"),
        Q("Indeks kepuasan pengguna layanan", "=3,40 (skala 4)",
          "Hasil survei kepuasan pengguna {periode}"),
    ),
    _r(
        "Terlaksananya operasional {unit} sesuai rencana kerja tahun {tahun}",
        Q("Persentase realisasi kegiatan operasional", "100%",
          "Laporan realisasi kegiatan {periode}"),
    ),
    _r(
        "Tersusunnya laporan kinerja {unit}",
        K("Jumlah laporan kinerja yang disampaikan kepada kepala dinas", "4 laporan",
          "Laporan kinerja triwulanan {periode}"),
    ),
    _r(
        "Terselenggaranya pengelolaan {unit} yang efektif dan efisien, meliputi penyusunan "
        "rencana kerja dan kebutuhan anggaran unit, pengaturan jadwal dan pembagian tugas "
        "petugas layanan, pemeliharaan sarana dan perangkat layanan, pengendalian mutu "
        "layanan berdasarkan standar pelayanan, serta pelaporan kinerja dan permasalahan "
        "operasional kepada kepala perangkat daerah setiap triwulan",
        K("Jumlah evaluasi mutu layanan yang dilaksanakan", "4 kali",
          "Laporan evaluasi mutu layanan {periode}"),
    ),
)

_KASUBBAG_TU_UPT = (
    _r(
        "Terlaksananya administrasi ketatausahaan {unit}",
        Q("Persentase layanan administrasi yang selesai tepat waktu", "95%",
          "Rekap layanan administrasi {periode}"),
    ),
    _r(
        "Tersusunnya laporan keuangan dan barang unit pelaksana teknis",
        K("Jumlah laporan keuangan dan barang", "6 laporan",
          "Laporan keuangan dan barang semesteran {periode}"),
    ),
    _r(
        "Terkelolanya administrasi kepegawaian unit pelaksana teknis",
        K("Jumlah data kepegawaian yang dimutakhirkan", "40 data",
          "Rekap pemutakhiran data pegawai {periode}"),
    ),
)

_CAMAT = (
    _r(
        "Meningkatnya kualitas penyelenggaraan pemerintahan dan pelayanan publik di {unit}",
        Q("Indeks kepuasan masyarakat atas layanan kecamatan", "=85,00",
          "Hasil survei kepuasan masyarakat {periode}"),
        Q("Persentase layanan administrasi yang selesai sesuai standar", "95%",
          "Rekap layanan kecamatan {periode}"),
    ),
    _r(
        "Terkoordinasinya kegiatan pemberdayaan masyarakat dan ketenteraman umum di {unit}",
        K("Jumlah rapat koordinasi wilayah", "12 rapat",
          "Notula rapat koordinasi pimpinan kecamatan {periode}"),
    ),
    _r(
        "Terlaksananya pembinaan penyelenggaraan pemerintahan kelurahan di {unit}",
        K("Jumlah kelurahan yang dibina", "6 kelurahan",
          "Laporan pembinaan kelurahan {periode}"),
    ),
)

_SEKCAM = (
    _r(
        "Terlaksananya pelayanan administrasi umum, kepegawaian dan keuangan {unit}",
        Q("Persentase layanan kesekretariatan yang selesai tepat waktu", "95%",
          "Rekap layanan kesekretariatan {periode}"),
    ),
    _r(
        "Tersusunnya dokumen perencanaan dan laporan kinerja kecamatan",
        K("Jumlah dokumen perencanaan dan laporan", "5 dokumen",
          "Renja, Perjanjian Kinerja dan LKjIP kecamatan {periode}"),
    ),
)

_KASI_KEC = (
    _r(
        "Terlaksananya kegiatan {urusan} di wilayah kecamatan",
        Q("Persentase kegiatan yang terlaksana sesuai rencana", "100%",
          "Laporan kegiatan {periode}"),
    ),
    _r(
        "Tersusunnya laporan pelaksanaan {urusan}",
        K("Jumlah laporan yang disusun", "4 laporan", "Laporan triwulanan {periode}"),
    ),
    _r(
        "Terfasilitasinya penyelesaian permasalahan {urusan} di tingkat kelurahan",
        K("Jumlah permasalahan yang difasilitasi", "24 kasus",
          "Register penanganan permasalahan {periode}"),
    ),
)

_LURAH = (
    _r(
        "Meningkatnya kualitas pelayanan administrasi di {unit}",
        Q("Persentase layanan surat keterangan yang selesai pada hari yang sama", "95%",
          "Register layanan kelurahan {periode}"),
    ),
    _r(
        "Terlaksananya pemberdayaan masyarakat dan pembinaan lembaga kemasyarakatan di {unit}",
        K("Jumlah kegiatan pemberdayaan yang difasilitasi", "24 kegiatan",
          "Laporan kegiatan pemberdayaan {periode}"),
    ),
    _r(
        "Terpeliharanya ketenteraman, ketertiban dan kebersihan lingkungan {unit}",
        K("Jumlah kegiatan pemantauan wilayah", "48 kegiatan",
          "Laporan pemantauan wilayah {periode}"),
    ),
)

# -- Tambahan (extra tasks) -----------------------------------------------------------------

TAMBAHAN: tuple[Rhk, ...] = (
    _r(
        "Terlaksananya tugas sebagai anggota tim pengelola website {instansi}",
        K("Jumlah konten website yang dikelola", "24 konten", "Tautan konten {periode}"),
    ),
    _r(
        "Terlaksananya tugas sebagai anggota panitia peringatan hari besar nasional",
        K("Jumlah kegiatan yang didukung", "3 kegiatan",
          "Surat tugas dan laporan panitia {tahun}"),
    ),
    _r(
        "Terlaksananya tugas sebagai agen perubahan pembangunan zona integritas",
        K("Jumlah aksi perubahan yang dilaksanakan", "2 aksi",
          "Laporan aksi perubahan dan dokumentasinya {periode}"),
    ),
    _r(
        "Terlaksananya tugas sebagai anggota tim penyusun standar operasional prosedur",
        K("Jumlah SOP yang disusun atau direviu", "4 SOP",
          "Dokumen SOP yang ditetapkan {tahun}"),
    ),
    _r(
        "Terlaksananya tugas sebagai anggota tim pengelola barang milik daerah",
        K("Jumlah laporan inventarisasi yang didukung", "2 laporan",
          "Laporan inventarisasi semesteran {periode}"),
    ),
    _r(
        "Terlaksananya tugas sebagai narasumber atau fasilitator kegiatan internal",
        K("Jumlah kegiatan sebagai narasumber", "2 kegiatan",
          "Surat undangan dan bahan paparan {periode}"),
    ),
    _r(
        "Terlaksananya piket layanan informasi pada hari kerja sesuai jadwal",
        K("Jumlah hari piket yang dilaksanakan", "24 hari",
          "Jadwal dan daftar hadir piket {periode}"),
    ),
    _r(
        "Terlaksananya tugas sebagai operator aplikasi e-Kinerja unit kerja",
        K("Jumlah pegawai yang didampingi penginputan kinerja", "15 orang",
          "Rekap pendampingan e-Kinerja {periode}"),
    ),
    _r(
        "Terlaksananya tugas sebagai anggota tim pengendali gratifikasi",
        K("Jumlah sosialisasi pengendalian gratifikasi", "2 kegiatan",
          "Daftar hadir dan bahan sosialisasi {tahun}"),
    ),
    _r(
        "Terlaksananya tugas tambahan sebagai anggota Tim Pengelola Kinerja Perangkat Daerah "
        "yang membantu pimpinan dalam perencanaan kinerja, pemantauan capaian, penyusunan "
        "bahan dialog kinerja, penghimpunan bukti dukung dari setiap bidang, serta penyiapan "
        "rekap evaluasi kinerja pegawai sebagai dasar penetapan predikat kinerja dan "
        "pemberian tambahan penghasilan pegawai di lingkungan {instansi}",
        K("Jumlah rekap evaluasi kinerja yang disiapkan", "4 rekap",
          "Rekap evaluasi kinerja triwulanan {periode}"),
    ),
)

# -- the Wali Kota's goals, linked to by the head of the agency ------------------------------

RHK_KEPALA_DAERAH = (
    "Meningkatnya kualitas tata kelola pemerintahan yang bersih, efektif dan melayani",
    "Meningkatnya kualitas pelayanan publik berbasis digital",
    "Meningkatnya akuntabilitas kinerja dan keuangan Pemerintah Kota Bandung",
    "Meningkatnya kualitas sumber daya aparatur Pemerintah Kota Bandung",
    "Terwujudnya Bandung sebagai kota cerdas yang terbuka dan partisipatif",
)

# -- expectations, feedback, recommendations -----------------------------------------------

# Ekspektasi khusus pimpinan per core value (kode of berakhlak.json).
EKSPEKTASI: dict[str, tuple[str, ...]] = {
    "berorientasi_pelayanan": (
        "Memberikan layanan yang ramah, cepat dan tuntas kepada pengguna layanan",
        "Menindaklanjuti setiap permintaan layanan pada hari yang sama",
        "Mencari solusi atas kendala pengguna layanan tanpa menunggu arahan",
    ),
    "akuntabel": (
        "Menyelesaikan pekerjaan dengan bukti dukung yang lengkap dan dapat diperiksa",
        "Disiplin terhadap jam kerja dan tenggat penyampaian laporan",
        "Menggunakan fasilitas kantor hanya untuk kepentingan dinas",
    ),
    "kompeten": (
        "Mengikuti paling sedikit 20 JP pengembangan kompetensi dalam setahun",
        "Berbagi pengetahuan kepada rekan kerja melalui diskusi rutin",
        "Menguasai aplikasi yang digunakan dalam pelaksanaan tugas",
    ),
    "harmonis": (
        "Menjaga suasana kerja yang saling menghargai di dalam tim",
        "Bersedia membantu rekan kerja yang mengalami kesulitan",
    ),
    "loyal": (
        "Menjaga kerahasiaan data dan informasi yang dikelola",
        "Menjaga nama baik instansi dalam interaksi di media sosial",
    ),
    "adaptif": (
        "Cepat menyesuaikan diri dengan perubahan aplikasi dan proses kerja",
        "Mengusulkan perbaikan cara kerja yang lebih efisien",
    ),
    "kolaboratif": (
        "Aktif berkoordinasi dengan unit lain dalam penyelesaian pekerjaan",
        "Terbuka menerima masukan dan bekerja sama dalam tim lintas bidang",
    ),
}

UMPAN_BALIK_RHK: dict[str, tuple[str, ...]] = {
    "di_atas": (
        "Capaian melampaui target dengan bukti dukung yang lengkap. Pertahankan dan bagikan "
        "cara kerja ini kepada rekan satu tim.",
        "Hasil kerja sangat baik dan diselesaikan lebih cepat dari jadwal; siap diberi "
        "tanggung jawab yang lebih besar.",
        "Kualitas hasil kerja di atas standar dan menjadi contoh bagi unit lain.",
    ),
    "sesuai": (
        "Target tercapai sesuai rencana. Tingkatkan kerapian dokumentasi bukti dukung.",
        "Hasil kerja sesuai ekspektasi; pertahankan konsistensi pelaporan setiap bulan.",
        "Pekerjaan selesai tepat waktu. Ke depan perlu lebih proaktif menyampaikan kendala.",
        "Capaian sesuai target. Perbaiki ketelitian agar tidak ada koreksi berulang.",
    ),
    "di_bawah": (
        "Realisasi belum mencapai target. Susun rencana tindak lanjut dan laporkan "
        "kemajuannya kepada atasan setiap dua minggu.",
        "Terdapat keterlambatan penyelesaian; perlu pengaturan prioritas kerja dan "
        "pendampingan dari atasan langsung.",
        "Bukti dukung belum lengkap dan beberapa keluaran belum selesai; segera lengkapi "
        "pada triwulan berikutnya.",
    ),
}

UMPAN_BALIK_PERILAKU: dict[str, tuple[str, ...]] = {
    "di_atas": (
        "Menunjukkan perilaku yang menjadi teladan bagi rekan kerja.",
        "Sangat konsisten menerapkan nilai ini dalam pekerjaan sehari-hari.",
    ),
    "sesuai": (
        "Perilaku sesuai dengan ekspektasi pimpinan.",
        "Sudah baik; pertahankan dan tingkatkan konsistensinya.",
        "Menerapkan nilai ini dengan baik dalam pelaksanaan tugas.",
    ),
    "di_bawah": (
        "Belum sesuai ekspektasi; perlu pembinaan dan contoh konkret dari atasan langsung.",
        "Beberapa kali tidak memenuhi ekspektasi; disepakati rencana perbaikan perilaku.",
    ),
}

CATATAN: dict[str, tuple[str, ...]] = {
    "sangat_baik": (
        "Direkomendasikan masuk kelompok rencana suksesi (talent pool) dan diikutsertakan "
        "dalam pengembangan kompetensi kepemimpinan.",
        "Dipertimbangkan untuk penghargaan pegawai berprestasi tingkat perangkat daerah.",
        "",
    ),
    "baik": (
        "Pertahankan capaian kinerja; ikuti pelatihan teknis sesuai bidang tugas.",
        "",
        "",
    ),
    "butuh_perbaikan": (
        "Perlu rencana peningkatan kinerja dengan pendampingan atasan langsung dan evaluasi "
        "bulanan.",
        "Direkomendasikan mengikuti pelatihan teknis untuk menutup kesenjangan kompetensi.",
    ),
    "kurang": (
        "Perlu pembinaan perilaku kerja oleh atasan langsung; pantau kehadiran dan "
        "kedisiplinan setiap bulan.",
    ),
    "sangat_kurang": (
        "Direkomendasikan pembinaan intensif dan peninjauan penempatan sesuai ketentuan "
        "manajemen kinerja.",
    ),
}

# fmt: on

# -- which pool a position draws from ------------------------------------------------------

TOPICS: dict[str, tuple[Rhk, ...]] = {
    "umum": _UMUM,
    "arsip": _ARSIP,
    "keuangan": _KEUANGAN,
    "kepegawaian": _KEPEGAWAIAN,
    "perencanaan": _PERENCANAAN,
    "data": _DATA,
    "ti": _TI,
    "informasi": _INFORMASI,
    "persandian": _PERSANDIAN,
    "kebijakan": _KEBIJAKAN,
    "pengadaan": _PENGADAAN,
    "aset": _ASET,
    "pengemudi": _PENGEMUDI,
    "layanan_operasional": _LAYANAN_OPERASIONAL,
    "kewilayahan": _KEWILAYAHAN,
    "pimpinan": _PIMPINAN,
    "sekretaris": _SEKRETARIS,
    "kabid": _KABID,
    "kasi": _KASI,
    "kasubbag_umum": _KASUBBAG_UMUM,
    "kasubbag_keuangan": _KASUBBAG_KEUANGAN,
    "kasubbag_program": _KASUBBAG_PROGRAM,
    "kepala_upt": _KEPALA_UPT,
    "kasubbag_tu_upt": _KASUBBAG_TU_UPT,
    "camat": _CAMAT,
    "sekcam": _SEKCAM,
    "kasi_kec": _KASI_KEC,
    "lurah": _LURAH,
}

# The head of a unit kind (units.HEAD_OF_KIND) draws from this pool.
HEAD_TOPIC = {
    "root": "pimpinan",
    "sekretariat": "sekretaris",
    "bidang": "kabid",
    "seksi": "kasi",
    "upt": "kepala_upt",
    "upt_tu": "kasubbag_tu_upt",
    "kecamatan": "camat",
    "sekcam": "sekcam",
    "seksi_kec": "kasi_kec",
    "kelurahan": "lurah",
}

# The head of the agency and the secretary have the long SKPs that span pages: their own
# pool, then the pools of the units they steer (formatted for each unit).
BESAR_KEPALA = ("pimpinan", "kabid", "kepala_upt")
BESAR_SEKRETARIS = (
    "sekretaris", "kasubbag_umum", "kasubbag_keuangan", "kasubbag_program",
    "perencanaan", "keuangan", "kepegawaian", "arsip", "aset", "pengadaan",
)  # fmt: skip

# (keyword in the position's name, pool): the first that matches.
_STAFF_KEYWORDS = (
    ("layanan operasional", "layanan_operasional"),
    ("keuangan", "keuangan"),
    ("bendahara", "keuangan"),
    ("verifikator", "keuangan"),
    ("persuratan", "arsip"),
    ("arsip", "arsip"),
    ("kepegawaian", "kepegawaian"),
    ("sumber daya manusia", "kepegawaian"),
    ("pengadaan", "pengadaan"),
    ("perencana", "perencanaan"),
    ("rencana", "perencanaan"),
    ("statistisi", "data"),
    ("data", "data"),
    ("sandiman", "persandian"),
    ("komputer", "ti"),
    ("sistem", "ti"),
    ("jaringan", "ti"),
    ("teknologi", "ti"),
    ("manggala informatika", "ti"),
    ("hubungan masyarakat", "informasi"),
    ("informasi", "informasi"),
    ("kebijakan", "kebijakan"),
    ("hukum", "kebijakan"),
    ("barang", "aset"),
    ("sarana", "aset"),
    ("pengemudi", "pengemudi"),
)


def staff_topic(jabatan_nama: str, *, general_unit: bool) -> str:
    """The pool of a pelaksana or fungsional position, by its name."""
    name = jabatan_nama.lower()
    for keyword, topic in _STAFF_KEYWORDS:
        if keyword in name:
            return topic
    return "kewilayahan" if general_unit else "umum"
