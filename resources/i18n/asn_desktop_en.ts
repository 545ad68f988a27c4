<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Sampaikan kata sandi sementara kepada pemilik akun; ia wajib menggantinya saat pertama kali masuk.</source>
        <translation>Give the temporary password to the account&apos;s owner; they must change it when they first sign in.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
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
    <name>AuditPage</name>
    <message>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Semua aksi</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Semua jenis data</source>
        <translation>All kinds of data</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Semua tanggal</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Pengguna:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Aksi:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Jenis data:</source>
        <translation>Kind of data:</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Periksa rantai</source>
        <translation>Check chain</translation>
    </message>
    <message>
        <source>Periksa bahwa tidak ada catatan yang diubah, dihapus atau disisipkan di luar program.</source>
        <translation>Check that no entry was changed, deleted or inserted outside the program.</translation>
    </message>
    <message>
        <source>Ekspor…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Simpan catatan yang tampil (sesuai saringan) ke .xlsx atau .csv.</source>
        <translation>Save the entries shown (as filtered) to .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{0} catatan</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <source>Pilih catatan untuk melihat perubahannya.</source>
        <translation>Select an entry to see its changes.</translation>
    </message>
    <message>
        <source>Catatan #{0} · {1} · {2} · {3}</source>
        <translation>Entry #{0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <source>(tanpa perubahan kolom)</source>
        <translation>(no field changes)</translation>
    </message>
    <message>
        <source>Memeriksa rantai…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message>
        <source>Rantai utuh ({0} catatan)</source>
        <translation>Chain intact ({0} entries)</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Ekspor jejak audit</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>{0} catatan diekspor ke {1}</source>
        <translation>{0} entries exported to {1}</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Jenis data</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(missing)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi {0} disetel ulang administrator. Pilih kata sandi baru yang hanya Anda ketahui (paling sedikit 8 karakter).</source>
        <translation>The administrator reset the password of {0}. Choose a new password that only you know (at least 8 characters).</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {0}: paling sedikit 8 karakter, berbeda dari nama pengguna dan dari kata sandi lama.</source>
        <translation>New password for {0}: at least 8 characters, different from the user name and from the old password.</translation>
    </message>
    <message>
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isi kata sandi lama.</source>
        <translation>Enter the old password.</translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords differ.</translation>
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
        <source>{0} (hanya baca)</source>
        <translation>{0} (read only)</translation>
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
    <name>LoginDialog</name>
    <message>
        <source>ASN Desktop terkunci</source>
        <translation>ASN Desktop is locked</translation>
    </message>
    <message>
        <source>Masuk ke ASN Desktop</source>
        <translation>Sign in to ASN Desktop</translation>
    </message>
    <message>
        <source>Masukkan nama pengguna dan kata sandi Anda.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <source>Isi kata sandi.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>Kata sandi harus diganti dahulu sebelum Anda bisa bekerja. Masuk lagi.</source>
        <translation>The password must be changed before you can work. Sign in again.</translation>
    </message>
</context>
<context>
    <name>LoginMessages</name>
    <message>
        <source>Nama pengguna atau kata sandi salah. Sisa {0} kali percobaan sebelum akun dikunci.</source>
        <translation>Wrong user name or password. {0} more attempts before the account is locked.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah. Akun {0} kini dikunci setelah {1} kali gagal; minta administrator membukanya.</source>
        <translation>Wrong user name or password. Account {0} is now locked after {1} failed attempts; ask the administrator to unlock it.</translation>
    </message>
    <message>
        <source>Akun {0} terkunci; minta administrator membukanya (menu Pengguna).</source>
        <translation>Account {0} is locked; ask the administrator to unlock it (menu Users).</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
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
        <source>&amp;Ganti pengguna…</source>
        <translation>&amp;Switch user…</translation>
    </message>
    <message>
        <source>Ganti kata &amp;sandi…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Kunci &amp;layar sekarang</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Pengg&amp;una…</source>
        <translation>&amp;Users…</translation>
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
        <source>&amp;Jejak audit…</source>
        <translation>Audit &amp;trail…</translation>
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
        <source>Kunci &amp;otomatis</source>
        <translation>Auto&amp;matic lock</translation>
    </message>
    <message>
        <source>Tidak pernah</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Setelah {0} menit tanpa aktivitas</source>
        <translation>After {0} minutes without activity</translation>
    </message>
    <message>
        <source>Cadangan hanya untuk berkas SQLite lokal.</source>
        <translation>Backups are only for local SQLite files.</translation>
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
        <source>Masuk untuk membuka basis data {0}.</source>
        <translation>Sign in to open the database {0}.</translation>
    </message>
    <message>
        <source>Basis data {0} tidak dibuka: belum ada yang masuk.</source>
        <translation>Database {0} was not opened: nobody signed in.</translation>
    </message>
    <message>
        <source>Pengguna: {0} — {1}</source>
        <translation>User: {0} — {1}</translation>
    </message>
    <message>
        <source>DEMO — masuk sebagai {0}</source>
        <translation>DEMO — signed in as {0}</translation>
    </message>
    <message>
        <source>Masuk sebagai {0}.</source>
        <translation>Signed in as {0}.</translation>
    </message>
    <message>
        <source>Basis data ditutup karena tidak ada yang masuk.</source>
        <translation>The database was closed because nobody signed in.</translation>
    </message>
    <message>
        <source>Ganti pengguna: masuk dahulu untuk melihat data.</source>
        <translation>Switching user: sign in to see the data.</translation>
    </message>
    <message>
        <source>Masuk sebagai pengguna lain. Batal menutup basis data.</source>
        <translation>Sign in as another user. Cancel closes the database.</translation>
    </message>
    <message>
        <source>ASN Desktop terkunci.</source>
        <translation>ASN Desktop is locked.</translation>
    </message>
    <message>
        <source>ASN Desktop dikunci. Masukkan kata sandi {0} untuk melanjutkan.</source>
        <translation>ASN Desktop is locked. Enter the password of {0} to continue.</translation>
    </message>
    <message>
        <source>Tutup basis data</source>
        <translation>Close database</translation>
    </message>
    <message>
        <source>Dikunci setelah {0} menit tanpa aktivitas. Masukkan kata sandi {1} untuk melanjutkan.</source>
        <translation>Locked after {0} minutes without activity. Enter the password of {1} to continue.</translation>
    </message>
    <message>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
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
        <source>{0} dihapus dari daftar pegawai.</source>
        <translation>{0} was removed from the employee register.</translation>
    </message>
    <message>
        <source>Menghapus…</source>
        <translation>Deleting…</translation>
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
        <source>Cadangan {0} dipulihkan; keadaan sebelumnya di {1}.</source>
        <translation>Backup {0} restored; the previous state is in {1}.</translation>
    </message>
    <message>
        <source>Catatan audit tidak dibuat: {0}</source>
        <translation>No audit entry was made: {0}</translation>
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
    <name>Operation</name>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Menunggu basis data yang sedang dipakai program lain…</source>
        <translation>Waiting for the database, which another program is using…</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada yang diubah.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>melihat data</source>
        <translation>view data</translation>
    </message>
    <message>
        <source>mencetak dokumen</source>
        <translation>print documents</translation>
    </message>
    <message>
        <source>mengubah data pegawai dan unit kerja</source>
        <translation>change employee and work unit data</translation>
    </message>
    <message>
        <source>mengimpor data</source>
        <translation>import data</translation>
    </message>
    <message>
        <source>mengekspor data</source>
        <translation>export data</translation>
    </message>
    <message>
        <source>membuat cadangan</source>
        <translation>make backups</translation>
    </message>
    <message>
        <source>mengubah identitas instansi</source>
        <translation>change the agency&apos;s identity</translation>
    </message>
    <message>
        <source>mengelola pengguna</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>memulihkan basis data dari cadangan</source>
        <translation>restore the database from a backup</translation>
    </message>
    <message>
        <source>Pengguna {0} (peran {1}) tidak berhak {2}. Tidak ada yang diubah.</source>
        <translation>User {0} (role {1}) may not {2}. Nothing was changed.</translation>
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
    <name>ResetPasswordDialog</name>
    <message>
        <source>Setel ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Kata sandi sementara untuk {0}. Akun juga dibuka kuncinya; saat masuk berikutnya {0} wajib memilih kata sandi baru.</source>
        <translation>Temporary password for {0}. The account is unlocked as well; at the next sign-in {0} must choose a new password.</translation>
    </message>
    <message>
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Setel ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Pilih cadangan yang akan dipulihkan. Isi basis data sekarang akan diganti dengan isi cadangan itu; sebelumnya keadaan sekarang disimpan sebagai cadangan keamanan.</source>
        <translation>Choose the backup to restore. The database&apos;s contents will be replaced by that backup&apos;s; the current state is saved as a safety backup first.</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Skema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Memuat daftar cadangan…</source>
        <translation>Loading the backups…</translation>
    </message>
    <message>
        <source>Pilih berkas lain…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Belum ada cadangan di {0}. Pilih berkas lain bila cadangan disimpan di tempat lain.</source>
        <translation>No backups in {0} yet. Choose another file if the backup is kept elsewhere.</translation>
    </message>
    <message>
        <source>{0} (diperbarui saat dibuka)</source>
        <translation>{0} (upgraded when opened)</translation>
    </message>
    <message>
        <source>memeriksa…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <source>Sedang diperiksa.</source>
        <translation>Being checked.</translation>
    </message>
    <message>
        <source>Diperiksa utuh sekarang.</source>
        <translation>Fully checked just now.</translation>
    </message>
    <message>
        <source>Diverifikasi saat dibuat; diperiksa ulang sebelum dipulihkan.</source>
        <translation>Verified when made; checked again before it is restored.</translation>
    </message>
    <message>
        <source>Tidak bisa dipulihkan: {0}</source>
        <translation>Cannot be restored: {0}</translation>
    </message>
    <message>
        <source>{0}: sedang diperiksa…</source>
        <translation>{0}: being checked…</translation>
    </message>
    <message>
        <source>Pilih cadangan yang akan dipulihkan</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Cadangan ASN Desktop (*.sqlite *.db);;Semua berkas (*)</source>
        <translation>ASN Desktop backups (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>{0}: diperiksa sebelum dipulihkan…</source>
        <translation>{0}: checking before restoring…</translation>
    </message>
    <message>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Isi basis data sekarang akan diganti dengan isi cadangan {0} ({1}, dibuat {2}, {3} pegawai).

Sebelumnya dibuat dulu cadangan keamanan dari keadaan sekarang (&quot;sebelum pemulihan&quot;), jadi pemulihan ini bisa dibatalkan dengan memulihkan cadangan itu. Lanjutkan?</source>
        <translation>The database&apos;s contents will be replaced by those of backup {0} ({1}, made {2}, {3} employees).

A safety backup of the current state (&quot;before restore&quot;) is made first, so this restore can be undone by restoring that backup. Continue?</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <source>Daftar cadangan tidak bisa dimuat.</source>
        <translation>The list of backups could not be loaded.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Ubah peran {0}</source>
        <translation>Change the role of {0}</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operator (pengelola kepegawaian)</source>
        <translation>Operator (HR clerk)</translation>
    </message>
    <message>
        <source>Pimpinan (lihat dan cetak)</source>
        <translation>Head of agency (view and print)</translation>
    </message>
</context>
<context>
    <name>SetupAdminDialog</name>
    <message>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>Basis data {0} belum punya pengguna. Buat akun administrator: ia yang menambahkan akun operator dan pimpinan (menu Berkas → Pengguna).</source>
        <translation>Database {0} has no users yet. Create the administrator&apos;s account: the administrator adds the accounts of operators and heads of agency (menu File → Users).</translation>
    </message>
    <message>
        <source>Tidak ada kata sandi bawaan. Pilih kata sandi paling sedikit 8 karakter dan simpan baik-baik: tanpa kata sandi administrator, pengguna tidak bisa dikelola.</source>
        <translation>There is no default password. Choose a password of at least 8 characters and keep it safe: without the administrator&apos;s password, users cannot be managed.</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Buat administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
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
    <name>UsersDialog</name>
    <message>
        <source>Buat acak</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Wajib ganti kata sandi</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Terakhir masuk</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Kunci</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Setel ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Ubah peran…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>{0}× salah</source>
        <translation>{0}× wrong</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <source>Akun {0} dikunci; ia tidak bisa masuk sampai dibuka kembali.</source>
        <translation>Account {0} is locked; it cannot sign in until unlocked.</translation>
    </message>
    <message>
        <source>Akun {0} dibuka kuncinya.</source>
        <translation>Account {0} is unlocked.</translation>
    </message>
    <message>
        <source>Pengguna {0} ditambahkan. Ia wajib mengganti kata sandi sementara saat pertama kali masuk.</source>
        <translation>User {0} added. They must change the temporary password when they first sign in.</translation>
    </message>
    <message>
        <source>Kata sandi {0} disetel ulang; {0} wajib menggantinya saat masuk berikutnya.</source>
        <translation>The password of {0} was reset; {0} must change it at the next sign-in.</translation>
    </message>
    <message>
        <source>Peran {0} diubah.</source>
        <translation>The role of {0} was changed.</translation>
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
