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
    <name>AppraisalPage</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <source>Penilaian kinerja</source>
        <translation>Performance appraisals</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua predikat</source>
        <translation>All ratings</translation>
    </message>
    <message>
        <source>Cari NIP atau nama… (Ctrl+F)</source>
        <translation>Search NIP or name… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Predikat:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <source>Buka SKP</source>
        <translation>Open SKP</translation>
    </message>
    <message>
        <source>Buka SKP pegawai terpilih (rencana hasil kerja, pejabat penilai).</source>
        <translation>Open the selected employee&apos;s SKP (work plan, appraiser).</translation>
    </message>
    <message>
        <source>Evaluasi akhir</source>
        <translation>Year-end evaluation</translation>
    </message>
    <message>
        <source>Isi atau lihat evaluasi akhir tahun pegawai terpilih.</source>
        <translation>Fill in or view the selected employee&apos;s year-end evaluation.</translation>
    </message>
    <message>
        <source>Evaluasi periode…</source>
        <translation>Period evaluation…</translation>
    </message>
    <message>
        <source>Isi atau lihat evaluasi bulanan, triwulan atau semester pegawai terpilih.</source>
        <translation>Fill in or view the selected employee&apos;s monthly, quarterly or half-yearly evaluation.</translation>
    </message>
    <message>
        <source>Pratinjau dokumen</source>
        <translation>Preview document</translation>
    </message>
    <message>
        <source>Tampilkan dokumen evaluasi pegawai terpilih seperti akan dicetak.</source>
        <translation>Show the selected employee&apos;s evaluation document as it will print.</translation>
    </message>
    <message>
        <source>Buat SKP unit…</source>
        <translation>Create unit SKPs…</translation>
    </message>
    <message>
        <source>Buat SKP seluruh pegawai sebuah unit untuk satu tahun sekaligus.</source>
        <translation>Create the SKPs of all employees of a unit for one year at once.</translation>
    </message>
    <message>
        <source>Capaian organisasi…</source>
        <translation>Organisational performance…</translation>
    </message>
    <message>
        <source>Tetapkan capaian kinerja organisasi yang menentukan pola distribusi.</source>
        <translation>Set the organisational performance that determines the distribution rule.</translation>
    </message>
    <message>
        <source>Finalkan terpilih</source>
        <translation>Finalise selected</translation>
    </message>
    <message>
        <source>Bekukan dokumen evaluasi akhir baris terpilih dan beri kode dokumen.</source>
        <translation>Freeze the year-end evaluation documents of the selected rows and give them document codes.</translation>
    </message>
    <message>
        <source>Cetak massal…</source>
        <translation>Batch print…</translation>
    </message>
    <message>
        <source>Cetak dokumen evaluasi final banyak pegawai ke satu berkas PDF.</source>
        <translation>Print the final evaluation documents of many employees into one PDF file.</translation>
    </message>
    <message>
        <source>Verifikasi kode…</source>
        <translation>Verify code…</translation>
    </message>
    <message>
        <source>Periksa keaslian dokumen tercetak dari kodenya atau kode QR-nya.</source>
        <translation>Check that a printed document is genuine from its code or its QR code.</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Baca ulang daftar dari basis data.</source>
        <translation>Read the list from the database again.</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>{0} SKP</source>
        <translation>{0} SKPs</translation>
    </message>
    <message>
        <source>{0} terpilih</source>
        <translation>{0} selected</translation>
    </message>
    <message>
        <source>Distribusi predikat {0}</source>
        <translation>Rating distribution {0}</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Distribusi predikat {0} — {1}</source>
        <translation>Rating distribution {0} — {1}</translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi belum ditetapkan (perlu sebelum finalisasi).</source>
        <translation>Organisational performance not set yet (needed before finalising).</translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi: {0}</source>
        <translation>Organisational performance: {0}</translation>
    </message>
    <message>
        <source>({0} final)</source>
        <translation>({0} final)</translation>
    </message>
    <message>
        <source>Pola distribusi tidak terpenuhi oleh evaluasi final:</source>
        <translation>The final evaluations break the distribution rule:</translation>
    </message>
    <message>
        <source>Evaluasi periode</source>
        <translation>Period evaluation</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Belum ada unit kerja. Isi unit kerja dahulu (menu Instansi → Unit kerja).</source>
        <translation>There are no units yet. Enter the units first (Agency → Units).</translation>
    </message>
    <message>
        <source>{0} SKP tahun {1} dibuat untuk {2}: {3} disalin dari SKP tahun sebelumnya, {4} baru dengan pejabat penilai usulan.</source>
        <translation>{0} SKPs for {1} created for {2}: {3} copied from the previous year&apos;s SKP, {4} new with the proposed appraisers.</translation>
    </message>
    <message>
        <source>{0} pegawai dilewati:</source>
        <translation>{0} employees skipped:</translation>
    </message>
    <message>
        <source>… dan {0} lainnya.</source>
        <translation>… and {0} more.</translation>
    </message>
    <message>
        <source>Buat SKP unit</source>
        <translation>Create unit SKPs</translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi disimpan: {0}.</source>
        <translation>Organisational performance saved: {0}.</translation>
    </message>
    <message>
        <source>Finalkan evaluasi</source>
        <translation>Finalise evaluations</translation>
    </message>
    <message>
        <source>Tidak ada evaluasi akhir yang dapat difinalkan di antara baris terpilih: semuanya belum dievaluasi atau sudah final.</source>
        <translation>None of the selected rows has a year-end evaluation that can be finalised: all are not evaluated yet or final already.</translation>
    </message>
    <message>
        <source>Finalkan {0} evaluasi akhir? Dokumennya dibekukan dan diberi kode; mengubahnya sesudah itu harus dengan membuka kembali beserta alasannya.</source>
        <translation>Finalise {0} year-end evaluations? Their documents are frozen and given codes; changing them afterwards requires reopening with a reason.</translation>
    </message>
    <message>
        <source>{0} baris terpilih dilewati (belum dievaluasi atau sudah final).</source>
        <translation>{0} selected rows skipped (not evaluated yet or final already).</translation>
    </message>
    <message>
        <source>{0} evaluasi difinalkan.</source>
        <translation>{0} evaluations finalised.</translation>
    </message>
    <message>
        <source>Memfinalkan…</source>
        <translation>Finalising…</translation>
    </message>
    <message>
        <source>Sesudah {0} evaluasi ini difinalkan, predikat tahun itu tidak memenuhi pola distribusi:</source>
        <translation>Once these {0} evaluations are finalised, the year&apos;s ratings break the distribution rule:</translation>
    </message>
    <message>
        <source>Tetap finalkan? Pelanggaran yang disetujui dicatat di jejak audit.</source>
        <translation>Finalise anyway? The accepted breach is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Pola distribusi tidak terpenuhi</source>
        <translation>Distribution rule not met</translation>
    </message>
    <message>
        <source>seluruh unit</source>
        <translation>all units</translation>
    </message>
    <message>
        <source>Simpan dokumen evaluasi</source>
        <translation>Save evaluation documents</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Menyiapkan dokumen…</source>
        <translation>Preparing documents…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cetak massal</source>
        <translation>Batch print</translation>
    </message>
    <message>
        <source>Mencetak {0} dari {1} dokumen…</source>
        <translation>Printing {0} of {1} documents…</translation>
    </message>
    <message>
        <source>Tidak ada evaluasi final untuk dicetak; tidak ada berkas yang dibuat.</source>
        <translation>There are no final evaluations to print; no file was made.</translation>
    </message>
    <message>
        <source>Mencatat pencetakan…</source>
        <translation>Recording the print…</translation>
    </message>
    <message>
        <source>Dicetak ke {0}</source>
        <translation>Printed to {0}</translation>
    </message>
    <message>
        <source>{0} dokumen ({1} halaman) dicetak ke:
{2}</source>
        <translation>{0} documents ({1} pages) printed to:
{2}</translation>
    </message>
    <message>
        <source>Pencetakan dibatalkan; tidak ada berkas yang dibuat.</source>
        <translation>Printing cancelled; no file was made.</translation>
    </message>
    <message>
        <source>Berkas PDF tidak dapat ditulis: {0}</source>
        <translation>The PDF file cannot be written: {0}</translation>
    </message>
</context>
<context>
    <name>AppraisalTable</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pejabat penilai</source>
        <translation>Appraiser</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Belum dievaluasi</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Dibuka kembali</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Final (diubah)</source>
        <translation>Final (amended)</translation>
    </message>
    <message>
        <source>(dihapus)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Belum ada predikat</source>
        <translation>No rating yet</translation>
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
    <name>BatchPrintDialog</name>
    <message>
        <source>Cetak massal dokumen evaluasi</source>
        <translation>Batch print evaluation documents</translation>
    </message>
    <message>
        <source>Evaluasi final dari baris terpilih ({0} baris)</source>
        <translation>Final evaluations of the selected rows ({0} rows)</translation>
    </message>
    <message>
        <source>Semua evaluasi final tahun {0}, {1} (urut unit kerja dan nama)</source>
        <translation>All final evaluations of {0}, {1} (by unit and name)</translation>
    </message>
    <message>
        <source>Dokumen yang belum final tidak ikut dicetak: cetak drafnya satu per satu dari Pratinjau dokumen.</source>
        <translation>Documents that are not final are left out: print drafts one at a time from Preview document.</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Kertas:</source>
        <translation>Paper:</translation>
    </message>
</context>
<context>
    <name>CapaianDialog</name>
    <message>
        <source>Capaian kinerja organisasi</source>
        <translation>Organisational performance</translation>
    </message>
    <message>
        <source>Instansi (seluruh unit)</source>
        <translation>Agency (all units)</translation>
    </message>
    <message>
        <source>Capaian sebuah unit berlaku juga bagi unit di bawahnya yang tidak memiliki capaian sendiri; unit tanpa capaian mengikuti capaian instansi.</source>
        <translation>A unit&apos;s performance also applies to the units below it that have none of their own; units without one follow the agency&apos;s.</translation>
    </message>
    <message>
        <source>Berlaku untuk:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Capaian:</source>
        <translation>Performance:</translation>
    </message>
    <message>
        <source>Keterangan:</source>
        <translation>Remarks:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
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
    <name>EvaluationEditorDialog</name>
    <message>
        <source>Akhir tahun</source>
        <translation>Year-end</translation>
    </message>
    <message>
        <source>Evaluasi kinerja</source>
        <translation>Performance evaluation</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Finalkan</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Pratinjau/Cetak…</source>
        <translation>Preview/Print…</translation>
    </message>
    <message>
        <source>Catat dokumen bertanda tangan…</source>
        <translation>Record signed document…</translation>
    </message>
    <message>
        <source>Membaca evaluasi…</source>
        <translation>Reading the evaluation…</translation>
    </message>
    <message>
        <source>Evaluasi ini sudah final. Untuk mengubahnya, buka kembali dengan alasan; versi yang sudah dicetak tetap tersimpan.</source>
        <translation>This evaluation is final. To change it, reopen it with a reason; the version already printed is kept.</translation>
    </message>
    <message>
        <source>Penilaian PP 46/2011 adalah riwayat yang diimpor; tidak diubah di sini.</source>
        <translation>PP 46/2011 appraisals are imported history; they are not changed here.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;SKP tahun {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;SKP for {1}</translation>
    </message>
    <message>
        <source>Capaian kinerja organisasi: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Organisational performance: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Evaluasi {0} {1} — {2}</source>
        <translation>{0} {1} evaluation — {2}</translation>
    </message>
    <message>
        <source>belum dievaluasi</source>
        <translation>not evaluated</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>dibuka kembali</source>
        <translation>reopened</translation>
    </message>
    <message>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>&lt;b&gt;FINAL&lt;/b&gt; — versi {0}, kode dokumen &lt;b&gt;{1}&lt;/b&gt;; difinalkan {2} oleh {3}.</source>
        <translation>&lt;b&gt;FINAL&lt;/b&gt; — version {0}, document code &lt;b&gt;{1}&lt;/b&gt;; finalised {2} by {3}.</translation>
    </message>
    <message>
        <source>Ditandatangani {0}.</source>
        <translation>Signed {0}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;DIBUKA KEMBALI&lt;/b&gt; {0} oleh {1}: {2}&lt;br&gt;Versi {3} (kode {4}) tetap tersimpan; finalkan lagi setelah diperbaiki.</source>
        <translation>&lt;b&gt;REOPENED&lt;/b&gt; {0} by {1}: {2}&lt;br&gt;Version {3} (code {4}) is kept; finalise again once corrected.</translation>
    </message>
    <message>
        <source>&lt;b&gt;DRAF&lt;/b&gt; — belum difinalkan.</source>
        <translation>&lt;b&gt;DRAFT&lt;/b&gt; — not finalised yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;BELUM DIEVALUASI&lt;/b&gt; — isi lalu simpan atau finalkan.</source>
        <translation>&lt;b&gt;NOT EVALUATED&lt;/b&gt; — fill in, then save or finalise.</translation>
    </message>
    <message>
        <source>Hasil kerja</source>
        <translation>Work results</translation>
    </message>
    <message>
        <source>Perilaku kerja</source>
        <translation>Work behaviour</translation>
    </message>
    <message>
        <source>Catatan dan tanggal</source>
        <translation>Notes and date</translation>
    </message>
    <message>
        <source>Setiap finalisasi membekukan satu versi dokumen dengan kodenya. Versi yang dibuka kembali tetap tersimpan dan kodenya tetap dapat diverifikasi.</source>
        <translation>Each finalisation freezes one version of the document with its code. Reopened versions are kept and their codes can still be verified.</translation>
    </message>
    <message>
        <source>Pratinjau versi ini…</source>
        <translation>Preview this version…</translation>
    </message>
    <message>
        <source>Versi dokumen ({0})</source>
        <translation>Document versions ({0})</translation>
    </message>
    <message>
        <source>SKP ini belum memiliki rencana hasil kerja. Isi SKP-nya dahulu (Ubah SKP).</source>
        <translation>This SKP has no work plan items yet. Fill in the SKP first (Edit SKP).</translation>
    </message>
    <message>
        <source>RHK Utama {0}</source>
        <translation>Main RHK {0}</translation>
    </message>
    <message>
        <source>RHK Tambahan {0}</source>
        <translation>Additional RHK {0}</translation>
    </message>
    <message>
        <source>Mengintervensi RHK atasan: {0}</source>
        <translation>Supports the superior&apos;s RHK: {0}</translation>
    </message>
    <message>
        <source>Indikator dan target</source>
        <translation>Indicators and targets</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Bukti dukung</source>
        <translation>Supporting evidence</translation>
    </message>
    <message>
        <source>(belum ada target)</source>
        <translation>(no target yet)</translation>
    </message>
    <message>
        <source>&lt;i&gt;{0}&lt;/i&gt; — {1}&lt;br&gt;Target: &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>&lt;i&gt;{0}&lt;/i&gt; — {1}&lt;br&gt;Target: &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Isi target pada SKP dahulu.</source>
        <translation>Enter the target in the SKP first.</translation>
    </message>
    <message>
        <source>Umpan balik berkelanjutan berdasarkan bukti dukung</source>
        <translation>Continuous feedback based on supporting evidence</translation>
    </message>
    <message>
        <source>(tanpa rating)</source>
        <translation>(no rating)</translation>
    </message>
    <message>
        <source>Umpan balik</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan: {0}</source>
        <translation>Leader&apos;s specific expectations: {0}</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Catatan dan rekomendasi pejabat penilai</source>
        <translation>Appraiser&apos;s notes and recommendations</translation>
    </message>
    <message>
        <source>Tanggal penilaian dicetak di atas tanda tangan (“Bandung, …”).</source>
        <translation>The appraisal date is printed above the signatures (“Bandung, …”).</translation>
    </message>
    <message>
        <source>Catatan/rekomendasi</source>
        <translation>Notes/recommendations</translation>
    </message>
    <message>
        <source>Tanggal penilaian</source>
        <translation>Appraisal date</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Kode dokumen</source>
        <translation>Document code</translation>
    </message>
    <message>
        <source>Predikat</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Difinalkan</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>Dibuka kembali</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Ditandatangani</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>{0} oleh {1}: {2}</source>
        <translation>{0} by {1}: {2}</translation>
    </message>
    <message>
        <source>{0} oleh {1}</source>
        <translation>{0} by {1}</translation>
    </message>
    <message>
        <source>(belum dinilai)</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <source>PREDIKAT KINERJA PEGAWAI</source>
        <translation>EMPLOYEE PERFORMANCE RATING</translation>
    </message>
    <message>
        <source>Rating hasil kerja</source>
        <translation>Work results rating</translation>
    </message>
    <message>
        <source>Rating perilaku kerja</source>
        <translation>Work behaviour rating</translation>
    </message>
    <message>
        <source>BELUM DAPAT DITENTUKAN</source>
        <translation>CANNOT BE DETERMINED YET</translation>
    </message>
    <message>
        <source>Pilih rating hasil kerja dan rating perilaku.</source>
        <translation>Choose the work results rating and the behaviour rating.</translation>
    </message>
    <message>
        <source>Belum disimpan; perbaiki dahulu:</source>
        <translation>Not saved; correct these first:</translation>
    </message>
    <message>
        <source>Tersimpan sebagai draf.</source>
        <translation>Saved as a draft.</translation>
    </message>
    <message>
        <source>Pilih rating hasil kerja sebelum memfinalkan.</source>
        <translation>Choose the work results rating before finalising.</translation>
    </message>
    <message>
        <source>Pilih rating perilaku kerja sebelum memfinalkan.</source>
        <translation>Choose the work behaviour rating before finalising.</translation>
    </message>
    <message>
        <source>Belum dapat difinalkan:</source>
        <translation>Cannot be finalised yet:</translation>
    </message>
    <message>
        <source>Disimpan sebagai draf, tetapi belum dapat difinalkan:</source>
        <translation>Saved as a draft, but cannot be finalised yet:</translation>
    </message>
    <message>
        <source>Memfinalkan…</source>
        <translation>Finalising…</translation>
    </message>
    <message>
        <source>Pejabat penilai dan RHK diisi pada SKP pegawai (Ubah SKP).</source>
        <translation>The appraiser and the RHKs are entered in the employee&apos;s SKP (Edit SKP).</translation>
    </message>
    <message>
        <source>Pola distribusi predikat</source>
        <translation>Rating distribution rule</translation>
    </message>
    <message>
        <source>Setelah evaluasi ini difinalkan, pola distribusi predikat tidak terpenuhi:</source>
        <translation>Once this evaluation is finalised, the rating distribution rule is broken:</translation>
    </message>
    <message>
        <source>Tetap finalkan? Keputusan ini dicatat di jejak audit.</source>
        <translation>Finalise anyway? This decision is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Disimpan sebagai draf; belum difinalkan.</source>
        <translation>Saved as a draft; not finalised yet.</translation>
    </message>
    <message>
        <source>Difinalkan. Kode dokumen: {0}. Cetak lalu tandatangani.</source>
        <translation>Finalised. Document code: {0}. Print it, then sign it.</translation>
    </message>
    <message>
        <source>Alasan membuka kembali paling sedikit {0} huruf.</source>
        <translation>The reason for reopening must be at least {0} characters.</translation>
    </message>
    <message>
        <source>Dibuka kembali; versi yang sudah dicetak tetap tersimpan.</source>
        <translation>Reopened; the version already printed is kept.</translation>
    </message>
    <message>
        <source>Dokumen bertanda tangan versi {0} dicatat.</source>
        <translation>Signed document of version {0} recorded.</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Yang dicetak adalah evaluasi yang tersimpan. Simpan perubahan dahulu?</source>
        <translation>What is printed is the saved evaluation. Save the changes first?</translation>
    </message>
    <message>
        <source>{0} (hanya baca)</source>
        <translation>{0} (read only)</translation>
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
    <name>IndikatorRow</name>
    <message>
        <source>Kuantitas</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Kualitas</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Indikator kinerja individu</source>
        <translation>Individual performance indicator</translation>
    </message>
    <message>
        <source>Target, mis. 12 laporan</source>
        <translation>Target, e.g. 12 reports</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus indikator ini</source>
        <translation>Delete this indicator</translation>
    </message>
    <message>
        <source>Aspek</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
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
        <source>P&amp;enilaian</source>
        <translation>A&amp;ppraisal</translation>
    </message>
    <message>
        <source>&amp;Penilaian kinerja…</source>
        <translation>&amp;Performance appraisals…</translation>
    </message>
    <message>
        <source>&amp;Verifikasi dokumen…</source>
        <translation>&amp;Verify document…</translation>
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
    <name>PdfPreviewDialog</name>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Dokumen Evaluasi Kinerja — {0}, {1} {2}</source>
        <translation>Performance Evaluation Document — {0}, {1} {2}</translation>
    </message>
    <message>
        <source>Rencana SKP {0} — {1}</source>
        <translation>SKP plan {0} — {1}</translation>
    </message>
    <message>
        <source>Pratinjau dokumen</source>
        <translation>Preview document</translation>
    </message>
    <message>
        <source>‹ Sebelumnya</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <source>Berikutnya ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Satu halaman</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>DRAF — evaluasi ini belum final: dokumen bertanda DRAF dan tanpa kode dokumen. Finalkan dahulu untuk mencetak dokumen yang ditandatangani.</source>
        <translation>DRAFT — this evaluation is not final: the document is marked DRAFT and has no document code. Finalise it first to print the document for signing.</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Menyiapkan dokumen…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat ditampilkan.</source>
        <translation>The document cannot be shown.</translation>
    </message>
    <message>
        <source>Pencetakan dokumen ini belum tersedia pada versi program ini.</source>
        <translation>Printing this document is not available in this version of the program yet.</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat disiapkan: {0}</source>
        <translation>The document cannot be prepared: {0}</translation>
    </message>
    <message>
        <source>DRAF — {0}</source>
        <translation>DRAFT — {0}</translation>
    </message>
    <message>
        <source>Halaman {0} dari {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <source>{0} halaman dikirim ke pencetak.</source>
        <translation>{0} pages sent to the printer.</translation>
    </message>
    <message>
        <source>Mencetak…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Disimpan: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <source>Menyimpan PDF…</source>
        <translation>Saving PDF…</translation>
    </message>
    <message>
        <source>PDF tidak dapat disimpan: {0}</source>
        <translation>The PDF cannot be saved: {0}</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat dicetak: {0}</source>
        <translation>The document cannot be printed: {0}</translation>
    </message>
</context>
<context>
    <name>PenilaiBox</name>
    <message>
        <source>Dari daftar pegawai</source>
        <translation>From the employee list</translation>
    </message>
    <message>
        <source>ASN instansi lain</source>
        <translation>ASN of another agency</translation>
    </message>
    <message>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <source>Ketik nama atau NIP (minimal 3 huruf)…</source>
        <translation>Type a name or NIP (at least 3 characters)…</translation>
    </message>
    <message>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Pangkat/gol. ruang</source>
        <translation>Rank/grade</translation>
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
        <source>Belum dipilih.</source>
        <translation>Not chosen yet.</translation>
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
        <source>mengubah data pegawai, unit kerja dan penilaian kinerja</source>
        <translation>change employee, work unit and performance appraisal data</translation>
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
    <name>ReasonDialog</name>
    <message>
        <source>Buka kembali evaluasi</source>
        <translation>Reopen evaluation</translation>
    </message>
    <message>
        <source>Tuliskan alasan membuka kembali evaluasi yang sudah final. Versi yang sudah dicetak tetap tersimpan; alasan ini dicatat bersamanya.</source>
        <translation>Write the reason for reopening this final evaluation. The version already printed is kept; this reason is recorded with it.</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Paling sedikit {0} huruf; sudah {1}.</source>
        <translation>At least {0} characters; {1} so far.</translation>
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
    <name>RhkDetail</name>
    <message>
        <source>Rencana hasil kerja, mis. Tersusunnya laporan…</source>
        <translation>Work plan item, e.g. Report drawn up…</translation>
    </message>
    <message>
        <source>Pilih RHK pejabat penilai, atau ketik</source>
        <translation>Choose an RHK of the appraiser, or type one</translation>
    </message>
    <message>
        <source>Tambah indikator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Rencana hasil kerja</source>
        <translation>Work plan item</translation>
    </message>
    <message>
        <source>RHK atasan yang
diintervensi</source>
        <translation>Superior&apos;s RHK
supported</translation>
    </message>
    <message>
        <source>Indikator kinerja individu</source>
        <translation>Individual performance indicators</translation>
    </message>
    <message>
        <source>Pilih sebuah RHK di sebelah kiri, atau tambahkan RHK baru.</source>
        <translation>Select an RHK on the left, or add a new RHK.</translation>
    </message>
    <message>
        <source>Pejabat penilai belum dipilih dari daftar pegawai: ketik RHK-nya.</source>
        <translation>The appraiser was not chosen from the employee list: type their RHK.</translation>
    </message>
    <message>
        <source>Pejabat penilai belum memiliki SKP tahun ini: ketik RHK yang diintervensi.</source>
        <translation>The appraiser has no SKP for this year yet: type the RHK supported.</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>RhkPanel</name>
    <message>
        <source>Tambah RHK utama</source>
        <translation>Add main RHK</translation>
    </message>
    <message>
        <source>Tambah RHK tambahan</source>
        <translation>Add additional RHK</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Pindah ke tambahan</source>
        <translation>Move to additional</translation>
    </message>
    <message>
        <source>Hapus RHK</source>
        <translation>Delete RHK</translation>
    </message>
    <message>
        <source>(belum diisi)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>RHK Utama ({0})</source>
        <translation>Main RHKs ({0})</translation>
    </message>
    <message>
        <source>RHK Tambahan ({0})</source>
        <translation>Additional RHKs ({0})</translation>
    </message>
    <message>
        <source>Ada isian yang perlu diperbaiki.</source>
        <translation>Some fields need correcting.</translation>
    </message>
    <message>
        <source>RHK Utama {0}</source>
        <translation>Main RHK {0}</translation>
    </message>
    <message>
        <source>RHK Tambahan {0}</source>
        <translation>Additional RHK {0}</translation>
    </message>
    <message>
        <source>Pindah ke utama</source>
        <translation>Move to main</translation>
    </message>
    <message>
        <source>Hapus RHK “{0}”? Realisasi dan umpan balik evaluasinya ikut terhapus saat SKP disimpan.</source>
        <translation>Delete RHK “{0}”? Its achievements and evaluation feedback are deleted as well when the SKP is saved.</translation>
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
    <name>SignedCopyDialog</name>
    <message>
        <source>Catat dokumen bertanda tangan</source>
        <translation>Record signed document</translation>
    </message>
    <message>
        <source>Versi {0}, kode {1}, difinalkan {2}.</source>
        <translation>Version {0}, code {1}, finalised {2}.</translation>
    </message>
    <message>
        <source>(tanpa pindaian)</source>
        <translation>(no scan)</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Tanpa pindaian</source>
        <translation>No scan</translation>
    </message>
    <message>
        <source>Tanggal tanda tangan</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Pindaian (PDF/JPG/PNG/TIFF)</source>
        <translation>Scan (PDF/JPG/PNG/TIFF)</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pilih pindaian dokumen bertanda tangan</source>
        <translation>Choose the scan of the signed document</translation>
    </message>
    <message>
        <source>Pindaian ({0});;Semua berkas (*)</source>
        <translation>Scans ({0});;All files (*)</translation>
    </message>
</context>
<context>
    <name>SkpEditorDialog</name>
    <message>
        <source>Bulanan</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Triwulanan</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Semesteran</source>
        <translation>Half-yearly</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan. Simpan sekarang?</source>
        <translation>There are unsaved changes. Save them now?</translation>
    </message>
    <message>
        <source>NIP {0}</source>
        <translation>NIP {0}</translation>
    </message>
    <message>
        <source>SKP</source>
        <translation>SKP</translation>
    </message>
    <message>
        <source>Umum dan penilai</source>
        <translation>General and appraisers</translation>
    </message>
    <message>
        <source>Rencana hasil kerja</source>
        <translation>Work plan</translation>
    </message>
    <message>
        <source>Perilaku kerja (BerAKHLAK)</source>
        <translation>Work behaviour (BerAKHLAK)</translation>
    </message>
    <message>
        <source>Cetak rencana SKP…</source>
        <translation>Print SKP plan…</translation>
    </message>
    <message>
        <source>Membaca SKP…</source>
        <translation>Reading the SKP…</translation>
    </message>
    <message>
        <source>Pejabat Penilai Kinerja</source>
        <translation>Performance Appraiser</translation>
    </message>
    <message>
        <source>Atasan Pejabat Penilai Kinerja</source>
        <translation>Performance Appraiser&apos;s Superior</translation>
    </message>
    <message>
        <source>Pegawai yang dinilai</source>
        <translation>Employee appraised</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Skema penilaian</source>
        <translation>Appraisal scheme</translation>
    </message>
    <message>
        <source>Periode evaluasi</source>
        <translation>Evaluation period</translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan untuk setiap nilai dasar BerAKHLAK (boleh dikosongkan).</source>
        <translation>The leader&apos;s specific expectations for each BerAKHLAK core value (may be left empty).</translation>
    </message>
    <message>
        <source>Ekspektasi khusus pimpinan</source>
        <translation>Leader&apos;s specific expectations</translation>
    </message>
    <message>
        <source>Sudah ada evaluasi periodik; jenis periode tidak dapat diubah.</source>
        <translation>There are periodic evaluations already; the period type cannot be changed.</translation>
    </message>
    <message>
        <source>SKP {0} — {1}</source>
        <translation>SKP {0} — {1}</translation>
    </message>
    <message>
        <source>SKP baru {0} — {1}</source>
        <translation>New SKP {0} — {1}</translation>
    </message>
    <message>
        <source>Evaluasi akhir SKP {0} sudah final; SKP tidak dapat diubah lagi. Buka kembali evaluasi akhirnya dengan alasan bila SKP harus dikoreksi.</source>
        <translation>The year-end evaluation of SKP {0} is final; the SKP can no longer be changed. Reopen its year-end evaluation with a reason if the SKP must be corrected.</translation>
    </message>
    <message>
        <source>{0} belum memiliki SKP tahun {1}.</source>
        <translation>{0} has no SKP for {1} yet.</translation>
    </message>
    <message>
        <source>{0} sudah memiliki SKP tahun {1}: tutup lalu buka SKP itu, atau pilih tahun lain.</source>
        <translation>{0} already has an SKP for {1}: close this and open that SKP, or choose another year.</translation>
    </message>
    <message>
        <source>Salin SKP tahun {0} (RHK, indikator, target dan ekspektasi), atau isi rencana baru di bawah.</source>
        <translation>Copy the SKP for {0} (RHKs, indicators, targets and expectations), or fill in a new plan below.</translation>
    </message>
    <message>
        <source>Salin SKP tahun {0}</source>
        <translation>Copy the SKP for {0}</translation>
    </message>
    <message>
        <source>Belum ada SKP tahun sebelumnya untuk disalin; isi rencana baru.</source>
        <translation>There is no SKP from a previous year to copy; fill in a new plan.</translation>
    </message>
    <message>
        <source>Pejabat penilai diusulkan dari struktur unit kerja; periksa.</source>
        <translation>The appraiser is proposed from the unit structure; check it.</translation>
    </message>
    <message>
        <source>Pejabat penilai tidak ditemukan di struktur unit kerja: pilih dari daftar pegawai, atau isi sebagai ASN instansi lain / non-ASN.</source>
        <translation>The appraiser was not found in the unit structure: choose from the employee list, or enter them as an ASN of another agency / non-ASN.</translation>
    </message>
    <message>
        <source>Rencana hasil kerja belum diisi.</source>
        <translation>The work plan item is not filled in.</translation>
    </message>
    <message>
        <source>Tambahkan paling sedikit satu indikator.</source>
        <translation>Add at least one indicator.</translation>
    </message>
    <message>
        <source>Indikator belum diisi.</source>
        <translation>The indicator is not filled in.</translation>
    </message>
    <message>
        <source>{0}, indikator {1}: {2}</source>
        <translation>{0}, indicator {1}: {2}</translation>
    </message>
    <message>
        <source>Nama wajib diisi (atau kosongkan semua isian).</source>
        <translation>The name is required (or clear all the fields).</translation>
    </message>
    <message>
        <source>RHK Utama {0}</source>
        <translation>Main RHK {0}</translation>
    </message>
    <message>
        <source>RHK Tambahan {0}</source>
        <translation>Additional RHK {0}</translation>
    </message>
    <message>
        <source>… dan {0} lagi.</source>
        <translation>… and {0} more.</translation>
    </message>
    <message>
        <source>Belum disimpan; perbaiki dahulu:</source>
        <translation>Not saved; correct these first:</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Salin SKP</source>
        <translation>Copy SKP</translation>
    </message>
    <message>
        <source>Isian yang sudah diketik diganti dengan salinan SKP tahun {0}?</source>
        <translation>Replace what has been typed with a copy of the SKP for {0}?</translation>
    </message>
    <message>
        <source>SKP tahun {0} disalin dan disimpan; periksa lalu sesuaikan.</source>
        <translation>The SKP for {0} was copied and saved; check it, then adjust it.</translation>
    </message>
    <message>
        <source>Cetak rencana SKP</source>
        <translation>Print SKP plan</translation>
    </message>
    <message>
        <source>Yang dicetak adalah SKP yang tersimpan. Simpan perubahan dahulu?</source>
        <translation>What is printed is the saved SKP. Save the changes first?</translation>
    </message>
    <message>
        <source>{0} (hanya baca)</source>
        <translation>{0} (read only)</translation>
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
    <name>UnitSkpDialog</name>
    <message>
        <source>Buat SKP unit</source>
        <translation>Create unit SKPs</translation>
    </message>
    <message>
        <source>Termasuk unit di bawahnya</source>
        <translation>Include the units below it</translation>
    </message>
    <message>
        <source>Setiap pegawai unit ini yang belum memiliki SKP tahun itu mendapat salinan SKP tahun sebelumnya, atau SKP kosong dengan pejabat penilai yang diusulkan dari susunan unit kerja. SKP yang sudah ada tidak diubah.</source>
        <translation>Every employee of this unit without an SKP for that year gets a copy of the previous year&apos;s SKP, or an empty SKP with the appraisers proposed from the unit structure. Existing SKPs are not changed.</translation>
    </message>
    <message>
        <source>Unit kerja:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Buat SKP</source>
        <translation>Create SKPs</translation>
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
    <name>VerifyDialog</name>
    <message>
        <source>Verifikasi dokumen evaluasi</source>
        <translation>Verify evaluation document</translation>
    </message>
    <message>
        <source>Kode dokumen (mis. 7F3KQ-9XM2A) atau isi kode QR yang dipindai</source>
        <translation>Document code (e.g. 7F3KQ-9XM2A) or the scanned QR code text</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ketik kode yang tercetak di bawah dokumen, atau pindai kode QR-nya ke kolom ini.</source>
        <translation>Type the code printed at the bottom of the document, or scan its QR code into this field.</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>SAH — dokumen ini masih berlaku</source>
        <translation>VALID — this document is still in force</translation>
    </message>
    <message>
        <source>SAH, TETAPI SUDAH DIUBAH — ada versi yang lebih baru</source>
        <translation>VALID, BUT AMENDED — there is a newer version</translation>
    </message>
    <message>
        <source>TIDAK SAH</source>
        <translation>NOT VALID</translation>
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
