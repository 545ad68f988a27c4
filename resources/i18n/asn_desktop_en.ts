<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Identitas instansi</source>
        <translation>Agency identity</translation>
    </message>
    <message>
        <source>Dinas Komunikasi dan Informatika Kota Bandung</source>
        <translation>Dinas Komunikasi dan Informatika Kota Bandung</translation>
    </message>
    <message>
        <source>Kode instansi menandai setiap data yang dibuat di basis data ini saat dikirim ke BKPSDM. Gunakan kode yang diberikan BKPSDM.</source>
        <translation>The agency code marks every record created in this database when it is sent to BKPSDM. Use the code BKPSDM gave you.</translation>
    </message>
    <message>
        <source>Kode instansi</source>
        <translation>Agency code</translation>
    </message>
    <message>
        <source>Nama instansi</source>
        <translation>Agency name</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>HH-BB-TTTT</source>
        <translation>DD-MM-YYYY</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Riwayat pangkat</source>
        <translation>Rank history</translation>
    </message>
    <message>
        <source>Riwayat jabatan</source>
        <translation>Position history</translation>
    </message>
    <message>
        <source>Riwayat unit kerja</source>
        <translation>Work unit history</translation>
    </message>
    <message>
        <source>Pegawai baru</source>
        <translation>New employee</translation>
    </message>
    <message>
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>18 digit, mis. 19850315 201001 1 002</source>
        <translation>18 digits, e.g. 19850315 201001 1 002</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <source>Gelar depan</source>
        <translation>Title before name</translation>
    </message>
    <message>
        <source>Nama (tanpa gelar)</source>
        <translation>Name (without titles)</translation>
    </message>
    <message>
        <source>Gelar belakang</source>
        <translation>Title after name</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Kedudukan hukum</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>TMT CPNS</source>
        <translation>CPNS effective date (TMT)</translation>
    </message>
    <message>
        <source>TMT PNS</source>
        <translation>PNS effective date (TMT)</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK (national ID number)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Simpan identitas pegawai dahulu.</source>
        <translation>Save the employee&apos;s identity details first.</translation>
    </message>
    <message>
        <source>Belum disimpan: {0} isian perlu diperbaiki.</source>
        <translation>Not saved: {0} field(s) need correcting.</translation>
    </message>
    <message>
        <source>Tersimpan. Lengkapi riwayat pangkat, jabatan, dan unit kerja.</source>
        <translation>Saved. Now complete the rank, position and work unit history.</translation>
    </message>
    <message>
        <source>Hapus riwayat</source>
        <translation>Delete history entry</translation>
    </message>
    <message>
        <source>Hapus riwayat TMT {0}: {1}?</source>
        <translation>Delete the history entry with TMT {0}: {1}?</translation>
    </message>
</context>
<context>
    <name>EmployeeRegister</name>
    <message>
        <source>Cari NIP atau nama… (Ctrl+F)</source>
        <translation>Search by NIP or name… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Semua golongan</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
</context>
<context>
    <name>EmployeeTable</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(dihapus)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Terjadi masalah</source>
        <translation>A problem occurred</translation>
    </message>
    <message>
        <source>Tampilkan rincian</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Sembunyikan rincian</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan aman; langkah terakhir mungkin belum tersimpan. Kirim rincian ini ke pengelola.</source>
        <translation>An unexpected error occurred. Data already saved is safe; the last step may not have been saved. Please send these details to the administrator.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>TMT</source>
        <translation>Effective date (TMT)</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation>Decree (SK) number</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Decree (SK) date</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>JabatanCompleter</name>
    <message>
        <source>JF</source>
        <translation>Functional</translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Executive</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Buka basis data…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Cadangkan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>P&amp;eriksa basis data</source>
        <translation>&amp;Check database</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Pegawai</source>
        <translation>&amp;Employees</translation>
    </message>
    <message>
        <source>&amp;Tambah pegawai…</source>
        <translation>&amp;Add employee…</translation>
    </message>
    <message>
        <source>&amp;Ubah pegawai…</source>
        <translation>&amp;Edit employee…</translation>
    </message>
    <message>
        <source>&amp;Hapus pegawai</source>
        <translation>&amp;Delete employee</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Instansi</source>
        <translation>&amp;Agency</translation>
    </message>
    <message>
        <source>&amp;Identitas instansi…</source>
        <translation>Agency &amp;identity…</translation>
    </message>
    <message>
        <source>&amp;Unit kerja…</source>
        <translation>&amp;Work units…</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Buka folder &amp;log</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;Tentang ASN Desktop</source>
        <translation>&amp;About ASN Desktop</translation>
    </message>
    <message>
        <source>Membuka basis data…</source>
        <translation>Opening database…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Basis data di folder jaringan</source>
        <translation>Database in a network folder</translation>
    </message>
    <message>
        <source>Tetap buka?</source>
        <translation>Open it anyway?</translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>DATA CONTOH (sementara): </source>
        <translation>SAMPLE DATA (temporary): </translation>
    </message>
    <message>
        <source>Basis data baru. Isi identitas instansi dan unit kerja (menu Instansi), lalu tambahkan pegawai (Ctrl+N).</source>
        <translation>New database. Fill in the agency identity and work units (Agency menu), then add employees (Ctrl+N).</translation>
    </message>
    <message>
        <source>Cadangan harian gagal dibuat: {0}</source>
        <translation>The daily backup could not be made: {0}</translation>
    </message>
    <message>
        <source>Skema diperbarui dari {0}; cadangan: {1}</source>
        <translation>Schema upgraded from {0}; backup: {1}</translation>
    </message>
    <message>
        <source>Buka basis data</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Basis data ASN Desktop (*.sqlite *.db);;Semua berkas (*)</source>
        <translation>ASN Desktop databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>{0} dari {1} pegawai</source>
        <translation>{0} of {1} employees</translation>
    </message>
    <message>
        <source>Hapus pegawai</source>
        <translation>Delete employee</translation>
    </message>
    <message>
        <source>Hapus {0} ({1}) dari daftar pegawai?</source>
        <translation>Delete {0} ({1}) from the employee list?</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Creating backup…</translation>
    </message>
    <message>
        <source>Cadangan dibuat: {0}</source>
        <translation>Backup created: {0}</translation>
    </message>
    <message>
        <source>Pilih cadangan yang akan dipulihkan</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Cadangan ASN Desktop (*.sqlite);;Semua berkas (*)</source>
        <translation>ASN Desktop backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Isi basis data sekarang akan diganti dengan isi cadangan {0}. Salinan keadaan sekarang dibuat dulu. Lanjutkan?</source>
        <translation>The current contents of the database will be replaced with the contents of backup {0}. A copy of the current state is made first. Continue?</translation>
    </message>
    <message>
        <source>Cadangan dipulihkan.</source>
        <translation>Backup restored.</translation>
    </message>
    <message>
        <source>Basis data bermasalah ({0} temuan). Pulihkan dari cadangan.</source>
        <translation>The database has problems ({0} found). Restore it from a backup.</translation>
    </message>
    <message>
        <source>Basis data sehat.</source>
        <translation>The database is healthy.</translation>
    </message>
    <message>
        <source>Tentang ASN Desktop</source>
        <translation>About ASN Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;ASN Desktop {0}&lt;/b&gt;&lt;br&gt;Pengelolaan data kompetensi ASN perangkat daerah Pemerintah Kota Bandung.&lt;br&gt;&lt;br&gt;Katalog referensi SIASN dari black-coffee04/ws-siasn-php (MIT).</source>
        <translation>&lt;b&gt;ASN Desktop {0}&lt;/b&gt;&lt;br&gt;Management of ASN (civil service) competency data for the agencies of the Bandung City Government.&lt;br&gt;&lt;br&gt;SIASN reference catalogues from black-coffee04/ws-siasn-php (MIT).</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
</context>
<context>
    <name>PositionEntryDialog</name>
    <message>
        <source>Tambah riwayat jabatan</source>
        <translation>Add position history entry</translation>
    </message>
    <message>
        <source>Ketik minimal 3 huruf, mis. &apos;analis&apos;</source>
        <translation>Type at least 3 letters, e.g. &apos;analis&apos;</translation>
    </message>
    <message>
        <source>(tanpa eselon)</source>
        <translation>(no echelon)</translation>
    </message>
    <message>
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <source>Nama jabatan</source>
        <translation>Position title</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Echelon</translation>
    </message>
    <message>
        <source>Penugasan</source>
        <translation>Assignment</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Membuat data contoh</source>
        <translation>Creating demo data</translation>
    </message>
    <message>
        <source>Membuat cadangan sebelum pembaruan skema</source>
        <translation>Backing up before the schema upgrade</translation>
    </message>
    <message>
        <source>Memperbarui skema basis data</source>
        <translation>Upgrading the database schema</translation>
    </message>
    <message>
        <source>Membuat basis data baru</source>
        <translation>Creating a new database</translation>
    </message>
    <message>
        <source>Memuat katalog jabatan</source>
        <translation>Loading the position catalogue</translation>
    </message>
    <message>
        <source>Memuat katalog pendidikan</source>
        <translation>Loading the education catalogue</translation>
    </message>
    <message>
        <source>Memuat daftar kode SIASN</source>
        <translation>Loading the SIASN code lists</translation>
    </message>
</context>
<context>
    <name>RankEntryDialog</name>
    <message>
        <source>Tambah riwayat pangkat</source>
        <translation>Add rank history entry</translation>
    </message>
    <message>
        <source>(pengangkatan pertama)</source>
        <translation>(first appointment)</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Jenis kenaikan</source>
        <translation>Promotion type</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Unit kerja</source>
        <translation>Work units</translation>
    </message>
    <message>
        <source>Nama unit</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tambah unit…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Unit baru ditambahkan di bawah unit yang dipilih (tanpa pilihan: unit teratas).</source>
        <translation>A new unit is added under the selected unit (with nothing selected: a top-level unit).</translation>
    </message>
    <message>
        <source>Unit baru di bawah {0}</source>
        <translation>New unit under {0}</translation>
    </message>
    <message>
        <source>Unit teratas baru</source>
        <translation>New top-level unit</translation>
    </message>
    <message>
        <source>Ubah unit kerja</source>
        <translation>Edit work unit</translation>
    </message>
</context>
<context>
    <name>UnitEditDialog</name>
    <message>
        <source>mis. DISKOMINFO.02.01</source>
        <translation>e.g. DISKOMINFO.02.01</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama unit</source>
        <translation>Unit name</translation>
    </message>
</context>
<context>
    <name>UnitEntryDialog</name>
    <message>
        <source>Tambah riwayat unit kerja</source>
        <translation>Add work unit history entry</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Pilih unit kerja.</source>
        <translation>Choose a work unit.</translation>
    </message>
</context>
<context>
    <name>_DecreeDialog</name>
    <message>
        <source>TMT</source>
        <translation>Effective date (TMT)</translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation>Decree (SK) number</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Decree (SK) date</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>TMT wajib diisi.</source>
        <translation>The effective date (TMT) is required.</translation>
    </message>
</context>
</TS>
