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
        <source>Kode instansi menandai setiap data yang dibuat di basis data ini saat dikirim ke BKPSDM. Gunakan kode yang diberikan BKPSDM.</source>
        <translation>The agency code marks every record created in this database when it is sent to BKPSDM. Use the code BKPSDM gave you.</translation>
    </message>
    <message>
        <source>Kode instansi</source>
        <translation>Agency code</translation>
    </message>
    <message>
        <source>contoh: DISKOMINFO</source>
        <translation>example: DISKOMINFO</translation>
    </message>
    <message>
        <source>contoh: Dinas Komunikasi dan Informatika Kota Bandung</source>
        <translation>example: Dinas Komunikasi dan Informatika Kota Bandung</translation>
    </message>
    <message>
        <source>2-40 huruf, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka (contoh: DISKOMINFO atau 1.03.01). Diberikan oleh BKPSDM.</source>
        <translation>2-40 letters, digits, dots, underscores or hyphens, starting with a letter or digit (example: DISKOMINFO or 1.03.01). Given by the BKPSDM.</translation>
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
    <name>ApprovalDialog</name>
    <message>
        <source>Penetapan rencana {0}</source>
        <translation>Adoption of the {0} plan</translation>
    </message>
    <message>
        <source>Persetujuan rencana {0}</source>
        <translation>Approval of the {0} plan</translation>
    </message>
    <message>
        <source>Catat persetujuan {0} atas rencana pengembangan kompetensi {1} ({2} butir, didanai {3} dari anggaran {4}).</source>
        <translation>Record the approval by the {0} of the {1} competency development plan ({2} items, {3} funded out of a budget of {4}).</translation>
    </message>
    <message>
        <source>Nama dan gelar pejabat</source>
        <translation>Official&apos;s name and titles</translation>
    </message>
    <message>
        <source>&amp;Disetujui oleh:</source>
        <translation>&amp;Approved by:</translation>
    </message>
    <message>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Tetapkan</source>
        <translation>Adopt</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Tanggal persetujuan wajib diisi.</source>
        <translation>The approval date is required.</translation>
    </message>
</context>
<context>
    <name>AsesmenDialog</name>
    <message>
        <source>Tambah hasil asesmen — {0}</source>
        <translation>Add assessment result — {0}</translation>
    </message>
    <message>
        <source>Hasil asesmen — {0}</source>
        <translation>Assessment result — {0}</translation>
    </message>
    <message>
        <source>Asesor atau assessment center</source>
        <translation>Assessor or assessment centre</translation>
    </message>
    <message>
        <source>Level {0}–{1}; — bila tidak dinilai.</source>
        <translation>Level {0}–{1}; — if not assessed.</translation>
    </message>
    <message>
        <source>standar {0}</source>
        <translation>standard {0}</translation>
    </message>
    <message>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Asesor:</source>
        <translation>&amp;Assessor:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Level per kompetensi (— bila tidak dinilai)</source>
        <translation>Level per competency (— if not assessed)</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AssessmentImport</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama di berkas</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <source>Pegawai terdaftar</source>
        <translation>Registered employee</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Kompetensi</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Peringatan: {0}</source>
        <translation>Warning: {0}</translation>
    </message>
    <message>
        <source>Benar</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
</context>
<context>
    <name>AssessmentImportDialog</name>
    <message>
        <source>Impor hasil asesmen</source>
        <translation>Import assessment results</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>Pilih &amp;berkas…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Lembar:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Untuk baris tanpa asesor</source>
        <translation>For rows without an assessor</translation>
    </message>
    <message>
        <source>Kolom berkas</source>
        <translation>File columns</translation>
    </message>
    <message>
        <source>&amp;Asesor bawaan:</source>
        <translation>Default &amp;assessor:</translation>
    </message>
    <message>
        <source>Semua baris</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Baris yang salah</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <source>Baris dengan peringatan</source>
        <translation>Rows with warnings</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Tampilkan:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tanggal asesmen</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Pilih berkas hasil asesmen</source>
        <translation>Choose the assessment results file</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Membaca {0}…</source>
        <translation>Reading {0}…</translation>
    </message>
    <message>
        <source>Judul kolom di baris {0}; {1} baris data di bawahnya.</source>
        <translation>Column headings in row {0}; {1} data rows below them.</translation>
    </message>
    <message>
        <source>Kolom tanpa pasangan: {0}.</source>
        <translation>Unmatched columns: {0}.</translation>
    </message>
    <message>
        <source>Memeriksa baris…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>Pasangan kolom belum dapat dipakai:</source>
        <translation>The column matching cannot be used yet:</translation>
    </message>
    <message>
        <source>Perbaiki pilihan kolom di sebelah kiri.</source>
        <translation>Correct the column choices on the left.</translation>
    </message>
    <message>
        <source>{0} baris: {1} benar, {2} salah, {3} dengan peringatan.</source>
        <translation>{0} rows: {1} valid, {2} with errors, {3} with warnings.</translation>
    </message>
    <message>
        <source>Baris {0}:</source>
        <translation>Row {0}:</translation>
    </message>
    <message>
        <source>Pilih berkas dan pastikan pasangan kolomnya benar dahulu.</source>
        <translation>Choose a file and make sure its columns are matched correctly first.</translation>
    </message>
    <message>
        <source>&amp;Impor {0} baris yang benar</source>
        <translation>&amp;Import {0} valid rows</translation>
    </message>
    <message>
        <source>{0} baris yang salah dilewati dan tidak disimpan.</source>
        <translation>{0} rows with errors are skipped and not saved.</translation>
    </message>
    <message>
        <source>&amp;Impor {0} baris</source>
        <translation>&amp;Import {0} rows</translation>
    </message>
    <message>
        <source>Simpan semua baris sebagai hasil asesmen, sekaligus.</source>
        <translation>Save all rows as assessment results, in one go.</translation>
    </message>
    <message>
        <source>Tidak ada baris yang benar untuk diimpor.</source>
        <translation>There are no valid rows to import.</translation>
    </message>
    <message>
        <source>{0} baris salah akan dilewati; hanya {1} baris yang benar diimpor. Lanjutkan?</source>
        <translation>{0} rows with errors will be skipped; only the {1} valid rows are imported. Continue?</translation>
    </message>
    <message>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>{0} hasil asesmen diimpor dari {1}.</source>
        <translation>{0} assessment results imported from {1}.</translation>
    </message>
    <message>
        <source>{0} baris dilewati:</source>
        <translation>{0} rows skipped:</translation>
    </message>
    <message>
        <source>Baris {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <source>… dan {0} lainnya.</source>
        <translation>… and {0} more.</translation>
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
    <name>BudgetDialog</name>
    <message>
        <source>Ubah anggaran {0}</source>
        <translation>Edit {0} budget</translation>
    </message>
    <message>
        <source>Tambah anggaran {0}</source>
        <translation>Add {0} budget</translation>
    </message>
    <message>
        <source>Sumber &amp;dana:</source>
        <translation>Funding &amp;source:</translation>
    </message>
    <message>
        <source>&amp;Jumlah:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Keterangan:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Jumlah anggaran wajib diisi (0 bila tidak ada).</source>
        <translation>The budget amount is required (0 if there is none).</translation>
    </message>
    <message>
        <source>Jumlah anggaran {0} melebihi batas {1}; periksa digitnya.</source>
        <translation>The budget amount {0} exceeds the limit of {1}; check the digits.</translation>
    </message>
    <message>
        <source>Semua sumber dana sudah punya anggaran.</source>
        <translation>Every funding source has a budget already.</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Jumlah rupiah tidak boleh negatif; yang diisi &apos;{0}&apos;.</source>
        <translation>A rupiah amount cannot be negative; &apos;{0}&apos; was entered.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; bukan jumlah rupiah bulat; tulis mis. 12.500.000.</source>
        <translation>&apos;{0}&apos; is not a whole rupiah amount; write e.g. 12.500.000.</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Diubah oleh</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>{0} kegiatan, {1} belum ada realisasi biayanya.</source>
        <translation>{0} activities, {1} without an actual cost yet.</translation>
    </message>
    <message>
        <source>Belum ada anggaran untuk sumber dana ini tahun ini.</source>
        <translation>There is no budget from this funding source for this year yet.</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>(tanpa anggaran)</source>
        <translation>(no budget)</translation>
    </message>
    <message>
        <source>Rencana</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Realisasi</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Anggaran dikurangi realisasi.</source>
        <translation>Budget minus actual costs.</translation>
    </message>
    <message>
        <source>Sisa setelah rencana</source>
        <translation>Remaining after plans</translation>
    </message>
    <message>
        <source>Anggaran dikurangi rencana biaya; negatif: rencana melebihi.</source>
        <translation>Budget minus planned costs; negative: the plans exceed it.</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>{0} peserta terdaftar, {1} mendapat JP-nya.</source>
        <translation>{0} participants enrolled, {1} credited with its JP.</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>JP total</source>
        <translation>Total JP</translation>
    </message>
    <message>
        <source>JP kegiatan kali peserta yang mendapat JP-nya.</source>
        <translation>The activity&apos;s JP times the participants credited with it.</translation>
    </message>
    <message>
        <source>Rencana biaya</source>
        <translation>Planned cost</translation>
    </message>
    <message>
        <source>Belum dicatat.</source>
        <translation>Not recorded yet.</translation>
    </message>
    <message>
        <source>Biaya per JP</source>
        <translation>Cost per JP</translation>
    </message>
    <message>
        <source>Biaya (realisasi, atau rencana bila belum ada) dibagi JP total yang dikreditkan.</source>
        <translation>Cost (actual, or planned if there is none yet) divided by the total JP credited.</translation>
    </message>
    <message>
        <source>Biaya per peserta</source>
        <translation>Cost per participant</translation>
    </message>
    <message>
        <source>(tanpa penyelenggara)</source>
        <translation>(no provider)</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Indeks reaksi</source>
        <translation>Reaction index</translation>
    </message>
    <message>
        <source>Rata-rata penilaian peserta (penyelenggara, fasilitas, pengajar; skala 1–4) dari {0} kegiatan yang dinilai.</source>
        <translation>Average of the participants&apos; ratings (provider, facilities, trainers; scale 1–4) over {0} rated activities.</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Tahun anggaran:</source>
        <translation>Budget &amp;year:</translation>
    </message>
    <message>
        <source>Tambah s&amp;umber dana…</source>
        <translation>&amp;Add funding source…</translation>
    </message>
    <message>
        <source>U&amp;bah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Anggaran per sumber dana</source>
        <translation>Budget by funding source</translation>
    </message>
    <message>
        <source>Anggaran, rencana dan realisasi biaya kegiatan</source>
        <translation>Budget, planned and actual activity costs</translation>
    </message>
    <message>
        <source>Biaya kegiatan dihitung pada tahun kegiatan itu selesai. Tugas belajar dibiayai terpisah dan tidak termasuk.</source>
        <translation>An activity&apos;s cost counts in the year the activity ends. Degree study is funded separately and not included.</translation>
    </message>
    <message>
        <source>Semua tahu&amp;n</source>
        <translation>A&amp;ll years</translation>
    </message>
    <message>
        <source>Bandingkan penyelenggara atas seluruh kegiatan, bukan setahun.</source>
        <translation>Compare providers over all activities, not one year.</translation>
    </message>
    <message>
        <source>Biaya per JP yang rendah dengan indeks reaksi yang tinggi: penyelenggara yang sepadan dengan biayanya. Klik judul kolom untuk mengurutkan.</source>
        <translation>A low cost per JP with a high reaction index: a provider worth its cost. Click a column heading to sort.</translation>
    </message>
    <message>
        <source>Anggaran dan rea&amp;lisasi</source>
        <translation>Budget and ac&amp;tuals</translation>
    </message>
    <message>
        <source>Biaya per ke&amp;giatan</source>
        <translation>Cost per acti&amp;vity</translation>
    </message>
    <message>
        <source>&amp;Penyelenggara</source>
        <translation>Pr&amp;oviders</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Isi anggaran pelatihan tahun ini dari sumber dana lain.</source>
        <translation>Enter this year&apos;s training budget from another funding source.</translation>
    </message>
    <message>
        <source>Semua sumber dana sudah punya anggaran tahun ini.</source>
        <translation>Every funding source has a budget for this year already.</translation>
    </message>
    <message>
        <source>Pilih baris anggaran dahulu.</source>
        <translation>Select a budget row first.</translation>
    </message>
    <message>
        <source>Simpan anggaran, ringkasan, biaya kegiatan dan penyelenggara ke .xlsx.</source>
        <translation>Save the budget, summary, activity costs and providers to .xlsx.</translation>
    </message>
    <message>
        <source>Anggaran {0} · rencana {1} · realisasi {2} · sisa {3}</source>
        <translation>Budget {0} · planned {1} · actual {2} · remaining {3}</translation>
    </message>
    <message>
        <source>Hapus anggaran</source>
        <translation>Delete budget</translation>
    </message>
    <message>
        <source>Hapus anggaran {0} tahun {1} ({2})?</source>
        <translation>Delete the {1} budget from {0} ({2})?</translation>
    </message>
    <message>
        <source>Menghapus…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Anggaran pelatihan {0}</source>
        <translation>Training budget {0}</translation>
    </message>
    <message>
        <source>{0} baris diekspor ke {1}</source>
        <translation>{0} rows exported to {1}</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; berkas tidak dibuat.</source>
        <translation>Export cancelled; no file was made.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <source>Anggaran pelatihan {0} (dicetak {1})</source>
        <translation>Training budget {0} (printed {1})</translation>
    </message>
    <message>
        <source>Anggaran {0}</source>
        <translation>Budget {0}</translation>
    </message>
    <message>
        <source>Kode sumber</source>
        <translation>Source code</translation>
    </message>
    <message>
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <source>Rencana (Rp)</source>
        <translation>Planned (Rp)</translation>
    </message>
    <message>
        <source>Realisasi (Rp)</source>
        <translation>Actual (Rp)</translation>
    </message>
    <message>
        <source>Sisa (Rp)</source>
        <translation>Remaining (Rp)</translation>
    </message>
    <message>
        <source>Sisa setelah rencana (Rp)</source>
        <translation>Remaining after plans (Rp)</translation>
    </message>
    <message>
        <source>Belum realisasi</source>
        <translation>No actual cost yet</translation>
    </message>
    <message>
        <source>Ringkasan {0}</source>
        <translation>Summary {0}</translation>
    </message>
    <message>
        <source>Biaya kegiatan {0}</source>
        <translation>Activity costs {0}</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Peserta mendapat JP</source>
        <translation>Participants credited</translation>
    </message>
    <message>
        <source>Rencana biaya (Rp)</source>
        <translation>Planned cost (Rp)</translation>
    </message>
    <message>
        <source>Biaya per JP (Rp)</source>
        <translation>Cost per JP (Rp)</translation>
    </message>
    <message>
        <source>Biaya per peserta (Rp)</source>
        <translation>Cost per participant (Rp)</translation>
    </message>
    <message>
        <source>Penyelenggara, semua tahun (dicetak {0})</source>
        <translation>Providers, all years (printed {0})</translation>
    </message>
    <message>
        <source>Penyelenggara {0} (dicetak {1})</source>
        <translation>Providers {0} (printed {1})</translation>
    </message>
    <message>
        <source>Biaya (Rp)</source>
        <translation>Cost (Rp)</translation>
    </message>
    <message>
        <source>Kegiatan dinilai</source>
        <translation>Activities rated</translation>
    </message>
</context>
<context>
    <name>CandidateTable</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
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
    <message>
        <source>{0} sudah terdaftar sebagai peserta kegiatan ini.</source>
        <translation>{0} is already enrolled as a participant in this activity.</translation>
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
    <name>CertificatePathDialog</name>
    <message>
        <source>Buka sertifikat</source>
        <translation>Open certificate</translation>
    </message>
    <message>
        <source>Tidak ada program yang membuka berkas sertifikat ini. Berkasnya sudah ditulis di sini; salin alamatnya untuk membukanya sendiri:</source>
        <translation>No program opens this certificate file. The file has been written here; copy its path to open it yourself:</translation>
    </message>
    <message>
        <source>&amp;Salin alamat</source>
        <translation>&amp;Copy path</translation>
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
    <name>CompetencyPage</name>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <source>Sta&amp;ndar jabatan</source>
        <translation>Position sta&amp;ndards</translation>
    </message>
    <message>
        <source>&amp;Pemetaan dan asesmen</source>
        <translation>&amp;Mapping and assessments</translation>
    </message>
    <message>
        <source>&amp;Impor hasil asesmen…</source>
        <translation>Impor&amp;t assessment results…</translation>
    </message>
    <message>
        <source>Impor hasil asesmen dari berkas .xlsx kiriman assessment center.</source>
        <translation>Import assessment results from an .xlsx file sent by an assessment centre.</translation>
    </message>
    <message>
        <source>{0} hasil asesmen diimpor, {1} baris dilewati.</source>
        <translation>{0} assessment results imported, {1} rows skipped.</translation>
    </message>
</context>
<context>
    <name>CompetencyTable</name>
    <message>
        <source>bawaan</source>
        <translation>built-in default</translation>
    </message>
    <message>
        <source>default instansi</source>
        <translation>agency default</translation>
    </message>
    <message>
        <source>jabatan ini</source>
        <translation>this position</translation>
    </message>
    <message>
        <source>belum dinilai</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kesenjangan</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Asesmen terakhir</source>
        <translation>Last assessment</translation>
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
        <source>(dihapus)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>{0} kompetensi di bawah standar jabatannya</source>
        <translation>{0} competencies below the position&apos;s standard</translation>
    </message>
    <message>
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Standar khusus</source>
        <translation>Own standard</translation>
    </message>
    <message>
        <source>Jabatan ini memiliki standar kompetensi sendiri.</source>
        <translation>This position has its own competency standard.</translation>
    </message>
    <message>
        <source>Belum ada standar khusus: berlaku default instansi atau bawaan jenis jabatannya.</source>
        <translation>No own standard yet: the agency default or the built-in default of its position type applies.</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Deskripsi</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Standar</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Aktual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Sumber standar</source>
        <translation>Source of standard</translation>
    </message>
    <message>
        <source>Dinilai, tetapi tidak termasuk standar jabatannya: tidak dihitung dalam JPM.</source>
        <translation>Assessed, but not part of the position&apos;s standard: not counted in the JPM.</translation>
    </message>
    <message>
        <source>Kurang {0} level dari standar.</source>
        <translation>{0} levels below the standard.</translation>
    </message>
    <message>
        <source>Memenuhi standar.</source>
        <translation>Meets the standard.</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Asesor</source>
        <translation>Assessor</translation>
    </message>
    <message>
        <source>Kompetensi dinilai</source>
        <translation>Competencies assessed</translation>
    </message>
    <message>
        <source>Diubah oleh</source>
        <translation>Changed by</translation>
    </message>
</context>
<context>
    <name>CompetencyWindow</name>
    <message>
        <source>&amp;Kegiatan</source>
        <translation>A&amp;ctivities</translation>
    </message>
    <message>
        <source>Kepatuhan &amp;JP</source>
        <translation>&amp;JP compliance</translation>
    </message>
    <message>
        <source>&amp;Anggaran</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>&amp;Standar dan asesmen</source>
        <translation>&amp;Standards and assessments</translation>
    </message>
    <message>
        <source>&amp;Rencana (AKPK)</source>
        <translation>&amp;Plan (AKPK)</translation>
    </message>
    <message>
        <source>&amp;Dampak layanan (SKM)</source>
        <translation>Service &amp;impact (SKM)</translation>
    </message>
    <message>
        <source>Pengembangan kompetensi</source>
        <translation>Competency development</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Memenuhi target</source>
        <translation>Meeting the target</translation>
    </message>
    <message>
        <source>Di bawah target</source>
        <translation>Below the target</translation>
    </message>
    <message>
        <source>Tanpa kegiatan tahun ini</source>
        <translation>No activity this year</translation>
    </message>
    <message>
        <source>1 tahun atau lebih</source>
        <translation>1 year or more</translation>
    </message>
    <message>
        <source>2 tahun atau lebih</source>
        <translation>2 years or more</translation>
    </message>
    <message>
        <source>3 tahun atau lebih</source>
        <translation>3 years or more</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kepatuhan JP {0}</source>
        <translation>JP compliance {0}</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kode unit</source>
        <translation>Unit code</translation>
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
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Target JP</source>
        <translation>JP target</translation>
    </message>
    <message>
        <source>Kekurangan JP</source>
        <translation>JP shortfall</translation>
    </message>
    <message>
        <source>Memenuhi</source>
        <translation>Meets target</translation>
    </message>
    <message>
        <source>Keterangan target</source>
        <translation>Target notes</translation>
    </message>
    <message>
        <source>Per unit {0}</source>
        <translation>By unit {0}</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Persentase memenuhi</source>
        <translation>Percentage meeting</translation>
    </message>
    <message>
        <source>Tanpa kegiatan</source>
        <translation>No activity</translation>
    </message>
    <message>
        <source>Rata-rata JP</source>
        <translation>Average JP</translation>
    </message>
    <message>
        <source>Tanpa pengembangan {0}</source>
        <translation>No development {0}</translation>
    </message>
    <message>
        <source>Terakhir mengikuti</source>
        <translation>Last took part</translation>
    </message>
    <message>
        <source>Tahun tanpa pengembangan</source>
        <translation>Years without development</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Unit yang dipilih termasuk unit di bawahnya.</source>
        <translation>The unit chosen includes the units below it.</translation>
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
        <source>Cari NIP atau nama…</source>
        <translation>Search NIP or name…</translation>
    </message>
    <message>
        <source>Ta&amp;hun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Tam&amp;pilkan:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>Klik dua kali untuk membuka data pegawai.</source>
        <translation>Double-click to open the employee&apos;s record.</translation>
    </message>
    <message>
        <source>* target belum dikonfirmasi peraturan (PPPK); arahkan penunjuk ke targetnya untuk keterangan. Target pegawai yang mulai bekerja atau pensiun di tengah tahun sebanding bulan masa kerjanya.</source>
        <translation>* target not yet confirmed by regulation (PPPK); point at the target for details. The target of an employee who starts or retires during the year is in proportion to their months of service.</translation>
    </message>
    <message>
        <source>Klik dua kali untuk menampilkan pegawai unit itu (dan unit di bawahnya).</source>
        <translation>Double-click to show that unit&apos;s employees (and those of the units below it).</translation>
    </message>
    <message>
        <source>Setiap unit menghitung pegawainya sendiri dan pegawai unit di bawahnya; persentase adalah bagian pegawai yang memenuhi target JP.</source>
        <translation>Each unit counts its own employees and those of the units below it; the percentage is the share of employees meeting the JP target.</translation>
    </message>
    <message>
        <source>Tanpa pengembangan selama:</source>
        <translation>Without development for:</translation>
    </message>
    <message>
        <source>Pe&amp;gawai</source>
        <translation>&amp;Employees</translation>
    </message>
    <message>
        <source>Per u&amp;nit</source>
        <translation>By u&amp;nit</translation>
    </message>
    <message>
        <source>Tanpa pengem&amp;bangan</source>
        <translation>With&amp;out development</translation>
    </message>
    <message>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Simpan tabel yang tampil ke buku kerja Excel (.xlsx).</source>
        <translation>Save the table shown to an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>semua unit</source>
        <translation>all units</translation>
    </message>
    <message>
        <source>Kepatuhan JP {0} — {1}:</source>
        <translation>JP compliance {0} — {1}:</translation>
    </message>
    <message>
        <source>{0} pegawai</source>
        <translation>{0} employees</translation>
    </message>
    <message>
        <source>{0} memenuhi target</source>
        <translation>{0} meeting the target</translation>
    </message>
    <message>
        <source>Bagian pegawai yang memenuhi target JP.</source>
        <translation>Share of employees meeting the JP target.</translation>
    </message>
    <message>
        <source>{0} di bawah target</source>
        <translation>{0} below the target</translation>
    </message>
    <message>
        <source>{0} tanpa kegiatan</source>
        <translation>{0} with no activity</translation>
    </message>
    <message>
        <source>Pegawai tanpa JP sama sekali tahun {0} (termasuk di bawah target).</source>
        <translation>Employees with no JP at all in {0} (included in below the target).</translation>
    </message>
    <message>
        <source>{0} unit</source>
        <translation>{0} units</translation>
    </message>
    <message>
        <source>{0} pegawai ditampilkan</source>
        <translation>{0} employees shown</translation>
    </message>
    <message>
        <source>{0} pegawai, {1} belum pernah</source>
        <translation>{0} employees, {1} never</translation>
    </message>
    <message>
        <source>Pegawai {0} yang tidak mendapat JP pengembangan kompetensi selama {1} tahun atau lebih sampai tahun {2}, terlama di atas. Yang belum pernah dihitung dari awal masa kerjanya.</source>
        <translation>Employees of {0} with no competency development JP for {1} years or more up to {2}, longest first. For those who never had any, it is counted from the start of their service.</translation>
    </message>
    <message>
        <source>Kepatuhan JP {0} per unit — {1} (dicetak {2})</source>
        <translation>JP compliance {0} by unit — {1} (printed {2})</translation>
    </message>
    <message>
        <source>Kepatuhan JP {0} per unit</source>
        <translation>JP compliance {0} by unit</translation>
    </message>
    <message>
        <source>Tanpa pengembangan {0} tahun atau lebih sampai {1} — {2} (dicetak {3})</source>
        <translation>Without development for {0} years or more up to {1} — {2} (printed {3})</translation>
    </message>
    <message>
        <source>Kepatuhan JP {0} — {1}, {2} (dicetak {3})</source>
        <translation>JP compliance {0} — {1}, {2} (printed {3})</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; berkas tidak dibuat.</source>
        <translation>Export cancelled; no file was made.</translation>
    </message>
    <message>
        <source>{0} baris diekspor ke {1}</source>
        <translation>{0} rows exported to {1}</translation>
    </message>
</context>
<context>
    <name>ComplianceResistant</name>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>{0} tahun</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <source>Belum pernah tercatat mengikuti pengembangan kompetensi selama {0} tahun masa kerja.</source>
        <translation>No competency development recorded in {0} years of service.</translation>
    </message>
    <message>
        <source>Belum pernah tercatat mengikuti pengembangan kompetensi; awal masa kerja tidak tercatat (TMT CPNS atau riwayat pangkat kosong).</source>
        <translation>No competency development ever recorded; the start of service is not recorded (TMT CPNS or rank history empty).</translation>
    </message>
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
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terakhir</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Tanpa pengembangan</source>
        <translation>Without development</translation>
    </message>
</context>
<context>
    <name>ComplianceTable</name>
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
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Kekurangan</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <source>Memenuhi</source>
        <translation>Meets target</translation>
    </message>
    <message>
        <source>Target sebanding masa kerja tahun ini: {0} s.d. {1}.</source>
        <translation>Target in proportion to this year&apos;s service: {0} to {1}.</translation>
    </message>
    <message>
        <source>awal tahun</source>
        <translation>start of the year</translation>
    </message>
    <message>
        <source>akhir tahun</source>
        <translation>end of the year</translation>
    </message>
    <message>
        <source>Target {0} belum dikonfirmasi.</source>
        <translation>The {0} target is not confirmed yet.</translation>
    </message>
    <message>
        <source>(dihapus)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>{0} JP, target {1}: memenuhi.</source>
        <translation>{0} JP, target {1}: met.</translation>
    </message>
    <message>
        <source>{0} JP, target {1}: kurang {2} JP.</source>
        <translation>{0} JP, target {1}: {2} JP short.</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ComplianceUnits</name>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Memenuhi</source>
        <translation>Meeting target</translation>
    </message>
    <message>
        <source>Persentase</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <source>Di bawah target</source>
        <translation>Below target</translation>
    </message>
    <message>
        <source>Tanpa kegiatan</source>
        <translation>No activity</translation>
    </message>
    <message>
        <source>Rata-rata JP</source>
        <translation>Average JP</translation>
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
    <name>DegreeStudyDialog</name>
    <message>
        <source>Tugas belajar (dibebaskan dari tugas)</source>
        <translation>Study assignment (released from duties)</translation>
    </message>
    <message>
        <source>Izin belajar (di luar jam kerja)</source>
        <translation>Study permit (outside working hours)</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Lulus</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Berhenti</source>
        <translation>Discontinued</translation>
    </message>
    <message>
        <source>Tugas belajar baru</source>
        <translation>New degree study</translation>
    </message>
    <message>
        <source>Tugas belajar</source>
        <translation>Degree study</translation>
    </message>
    <message>
        <source>Di luar negeri</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <source>Rencana selesai selama masih berjalan; tanggal selesainya bila lulus atau berhenti.</source>
        <translation>The planned end while still ongoing; the actual end date once passed or discontinued.</translation>
    </message>
    <message>
        <source>(tidak dicatat)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Je&amp;njang:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Program studi:</source>
        <translation>Study &amp;programme:</translation>
    </message>
    <message>
        <source>&amp;Institusi:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Mulai:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>S&amp;elesai:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Nomor S&amp;K:</source>
        <translation>Decree (S&amp;K) number:</translation>
    </message>
    <message>
        <source>&amp;Biaya:</source>
        <translation>&amp;Cost:</translation>
    </message>
    <message>
        <source>Sumber &amp;dana:</source>
        <translation>&amp;Funding source:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>JP dihitung 20 untuk setiap semester yang selesai, pada tahun semesternya.</source>
        <translation>20 JP are counted for each completed semester, in the semester&apos;s year.</translation>
    </message>
    <message>
        <source>JP dihitung sampai hari ini: {0} ({1}).</source>
        <translation>JP counted up to today: {0} ({1}).</translation>
    </message>
    <message>
        <source>belum ada semester yang selesai</source>
        <translation>no semester completed yet</translation>
    </message>
    <message>
        <source>{0} (hanya baca)</source>
        <translation>{0} (read only)</translation>
    </message>
    <message>
        <source>Tanggal mulai wajib diisi.</source>
        <translation>The start date is required.</translation>
    </message>
    <message>
        <source>Belum disimpan: {0} isian perlu diperbaiki.</source>
        <translation>Not saved: {0} field(s) need correcting.</translation>
    </message>
</context>
<context>
    <name>DevelopmentTab</name>
    <message>
        <source>Mengikuti</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>Lulus</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Tidak lulus</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Berjalan</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Berhenti</source>
        <translation>Discontinued</translation>
    </message>
    <message>
        <source>sejak {0}</source>
        <translation>since {0}</translation>
    </message>
    <message>
        <source>Tugas belajar: 20 JP setiap semester yang selesai, di tahun semesternya.</source>
        <translation>Degree study: 20 JP for each completed semester, in the semester&apos;s year.</translation>
    </message>
    <message>
        <source>Belum atau tidak dihitung: kegiatan belum selesai, tidak lulus, atau kehadiran di bawah batas minimal kegiatan.</source>
        <translation>Not counted (yet): the activity has not ended, was not passed, or attendance is below the activity&apos;s minimum.</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Hasil / status</source>
        <translation>Result / status</translation>
    </message>
    <message>
        <source>JP pengembangan kompetensi {0}–{1}</source>
        <translation>Competency development JP {0}–{1}</translation>
    </message>
    <message>
        <source>Klik dua kali pada tugas belajar untuk membukanya.</source>
        <translation>Double-click a degree study to open it.</translation>
    </message>
    <message>
        <source>Tambah tugas &amp;belajar…</source>
        <translation>Add degree &amp;study…</translation>
    </message>
    <message>
        <source>Ubah tugas belaja&amp;r…</source>
        <translation>Edit degree stud&amp;y…</translation>
    </message>
    <message>
        <source>Hapus tugas belajar</source>
        <translation>Delete degree study</translation>
    </message>
    <message>
        <source>Kegiatan pelatihan dicatat di Pengembangan → Kegiatan; di sini tugas belajar dan izin belajar.</source>
        <translation>Training activities are recorded in Development → Activities; degree study (study assignments and study permits) is recorded here.</translation>
    </message>
    <message>
        <source>Catat tugas belajar atau izin belajar baru.</source>
        <translation>Record a new study assignment or study permit.</translation>
    </message>
    <message>
        <source>Pilih baris tugas belajar di daftar dahulu.</source>
        <translation>Select a degree study row in the list first.</translation>
    </message>
    <message>
        <source>{0} kegiatan, {1} tugas belajar</source>
        <translation>{0} activities, {1} degree studies</translation>
    </message>
    <message>
        <source>Riwayat pengembangan tidak dapat dibaca.</source>
        <translation>The development history cannot be read.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <source>Hapus {0} {1} {2} di {3}? JP semesternya tidak dihitung lagi.</source>
        <translation>Delete {0} {1} {2} at {3}? Its semesters&apos; JP are no longer counted.</translation>
    </message>
    <message>
        <source>Menghapus…</source>
        <translation>Deleting…</translation>
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
        <source>Keluar dari instansi…</source>
        <translation>Leave the agency…</translation>
    </message>
    <message>
        <source>Catat pensiun, mutasi keluar, meninggal, atau berhenti; data tetap tersimpan.</source>
        <translation>Record retirement, transfer out, death or resignation; the record is kept.</translation>
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
        <source>Pengembangan</source>
        <translation>Development</translation>
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
        <source>{0} ke {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <source>Keluar: {0}, {1}</source>
        <translation>Left: {0}, {1}</translation>
    </message>
    <message>
        <source>{0} (SK {1})</source>
        <translation>{0} (decree {1})</translation>
    </message>
    <message>
        <source>Simpan perubahan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Perubahan data pegawai ini belum disimpan. Simpan perubahan?</source>
        <translation>The changes to this employee have not been saved. Save the changes?</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Belum disimpan: {0} isian perlu diperbaiki.</source>
        <translation>Not saved: {0} field(s) need correcting.</translation>
    </message>
    <message>
        <source>Tersimpan {0}. Lengkapi riwayat pangkat, jabatan, dan unit kerja.</source>
        <translation>Saved {0}. Complete the rank, position and work unit histories.</translation>
    </message>
    <message>
        <source>Tersimpan {0}.</source>
        <translation>Saved {0}.</translation>
    </message>
    <message>
        <source>Tersimpan {0}: {1}</source>
        <translation>Saved {0}: {1}</translation>
    </message>
    <message>
        <source>Riwayat tersimpan {0}.</source>
        <translation>History saved {0}.</translation>
    </message>
    <message>
        <source>Keluar dari instansi</source>
        <translation>Leave the agency</translation>
    </message>
    <message>
        <source>Simpan atau buang dahulu perubahan data pegawai ini, lalu catat keluarnya.</source>
        <translation>First save or discard the changes to this employee, then record the leaving.</translation>
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
        <source>Pegawai nonaktif: yang pensiun, mutasi keluar, meninggal atau berhenti</source>
        <translation>Inactive staff: those who retired, transferred out, died or left</translation>
    </message>
    <message>
        <source>Pegawai aktif</source>
        <translation>Active staff</translation>
    </message>
    <message>
        <source>Pegawai nonaktif</source>
        <translation>Inactive staff</translation>
    </message>
    <message>
        <source>Aktif dan nonaktif</source>
        <translation>Active and inactive</translation>
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
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>TMT golongan</source>
        <translation>Grade since</translation>
    </message>
    <message>
        <source>Masa kerja</source>
        <translation>Years of service</translation>
    </message>
    <message>
        <source>Tanggal pensiun (BUP)</source>
        <translation>Retirement date (BUP)</translation>
    </message>
    <message>
        <source>Kedudukan hukum</source>
        <translation>Legal status</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>(dihapus)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>Tidak ada pegawai yang cocok dengan pencarian dan filter ini.</source>
        <translation>No employee matches this search and these filters.</translation>
    </message>
    <message>
        <source>Atur ulang filter</source>
        <translation>Reset filters</translation>
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
    <name>FileNotice</name>
    <message>
        <source>{0}: {1} di {2}</source>
        <translation>{0}: {1} in {2}</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Tutup pesan ini</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <source>Berkas {0} ada di folder ini:</source>
        <translation>The file {0} is in this folder:</translation>
    </message>
</context>
<context>
    <name>FolderDialog</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Buka folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Jalur folder disalin.</source>
        <translation>Folder path copied.</translation>
    </message>
    <message>
        <source>Folder tidak bisa dibuka di komputer ini (tidak ada pengelola berkas). Jalurnya ada di atas: salin, lalu buka sendiri.</source>
        <translation>The folder cannot be opened on this computer (there is no file manager). Its path is above: copy it and open it yourself.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Perubahan riwayat langsung tersimpan.</source>
        <translation>History changes are saved at once.</translation>
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
    <message>
        <source>Belum berlaku: mulai {0}</source>
        <translation>Not yet in force: from {0}</translation>
    </message>
    <message>
        <source>{0} (belum berlaku)</source>
        <translation>{0} (not yet in force)</translation>
    </message>
</context>
<context>
    <name>ImpactPage</name>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <source>Unit layanan</source>
        <translation>Service unit</translation>
    </message>
    <message>
        <source>Indeks SKM</source>
        <translation>SKM index</translation>
    </message>
    <message>
        <source>Mutu</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Memenuhi target JP</source>
        <translation>Meeting JP target</translation>
    </message>
    <message>
        <source>Rata-rata JP</source>
        <translation>Average JP</translation>
    </message>
    <message>
        <source>Biaya pelatihan</source>
        <translation>Training cost</translation>
    </message>
    <message>
        <source>Biaya per pegawai</source>
        <translation>Cost per employee</translation>
    </message>
    <message>
        <source>{0} dari {1} pegawai unit ini dan sub-unitnya memenuhi target JP.</source>
        <translation>{0} of {1} employees of this unit and its sub-units meet the JP target.</translation>
    </message>
    <message>
        <source>Biaya kegiatan tahun ini (realisasi, atau rencana bila belum ada) dibagi rata kepada pesertanya, untuk pegawai unit ini dan sub-unitnya.</source>
        <translation>This year&apos;s activity costs (actual, or planned if there is none yet) shared equally among their participants, for the employees of this unit and its sub-units.</translation>
    </message>
    <message>
        <source>&amp;Tahun:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Indeks SKM per unit layanan (PermenPANRB 14/2017) di samping pengembangan pegawainya tahun yang sama: pegawai unit dan sub-unitnya yang bertugas tahun itu, bagian yang memenuhi target JP, rata-rata JP, dan biaya pelatihan. Unit dengan mutu rendah dan kepatuhan JP rendah patut didahulukan.</source>
        <translation>The SKM index of each service unit (PermenPANRB 14/2017) beside its employees&apos; development in the same year: the employees of the unit and its sub-units serving that year, the share meeting the JP target, the average JP and the training cost. Units with low quality and low JP compliance deserve priority.</translation>
    </message>
    <message>
        <source>&amp;Isi SKM unit…</source>
        <translation>&amp;Add unit SKM…</translation>
    </message>
    <message>
        <source>&amp;Ubah SKM…</source>
        <translation>&amp;Edit SKM…</translation>
    </message>
    <message>
        <source>&amp;Hapus SKM</source>
        <translation>&amp;Delete SKM</translation>
    </message>
    <message>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Catat hasil survei kepuasan masyarakat sebuah unit untuk tahun ini.</source>
        <translation>Record a unit&apos;s public satisfaction survey (SKM) results for this year.</translation>
    </message>
    <message>
        <source>Ubah SKM unit terpilih.</source>
        <translation>Edit the selected unit&apos;s SKM.</translation>
    </message>
    <message>
        <source>Hapus SKM unit terpilih.</source>
        <translation>Delete the selected unit&apos;s SKM.</translation>
    </message>
    <message>
        <source>Simpan tabel ini ke berkas .xlsx.</source>
        <translation>Save this table to an .xlsx file.</translation>
    </message>
    <message>
        <source>{0} unit layanan dengan SKM tahun {1}; rata-rata indeks {2}, mutu {3}.</source>
        <translation>{0} service units with an SKM for {1}; average index {2}, quality {3}.</translation>
    </message>
    <message>
        <source>Belum ada SKM tahun {0}.</source>
        <translation>No SKM for {0} yet.</translation>
    </message>
    <message>
        <source>Belum ada hasil SKM unit mana pun untuk tahun {0}. Isi dengan &quot;Isi SKM unit…&quot;, atau pilih tahun lain.</source>
        <translation>No unit has SKM results for {0} yet. Enter them with &quot;Add unit SKM…&quot;, or choose another year.</translation>
    </message>
    <message>
        <source>SKM {0} tahun {1} disimpan.</source>
        <translation>SKM of {0} for {1} saved.</translation>
    </message>
    <message>
        <source>Hapus SKM</source>
        <translation>Delete SKM</translation>
    </message>
    <message>
        <source>Hapus SKM {0} tahun {1}?</source>
        <translation>Delete the SKM of {0} for {1}?</translation>
    </message>
    <message>
        <source>SKM {0} tahun {1} dihapus.</source>
        <translation>SKM of {0} for {1} deleted.</translation>
    </message>
    <message>
        <source>Menghapus…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>Ekspor dampak layanan</source>
        <translation>Export service impact</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Dampak pengembangan kompetensi pada layanan (SKM) {0}</source>
        <translation>Impact of competency development on public service (SKM) {0}</translation>
    </message>
    <message>
        <source>Kode unit</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <source>Mutu (keterangan)</source>
        <translation>Quality (description)</translation>
    </message>
    <message>
        <source>Memenuhi target JP (%)</source>
        <translation>Meeting JP target (%)</translation>
    </message>
    <message>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>{0} baris diekspor ke {1}.</source>
        <translation>{0} rows exported to {1}.</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; berkas tidak dibuat.</source>
        <translation>Export cancelled; no file was made.</translation>
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
    <name>JpBars</name>
    <message>
        <source>{0}: {1} JP (belum ada kewajiban JP tahun itu)</source>
        <translation>{0}: {1} JP (no JP obligation that year yet)</translation>
    </message>
    <message>
        <source>{0}: {1} JP (tidak dalam masa kerja tahun itu)</source>
        <translation>{0}: {1} JP (not in service that year)</translation>
    </message>
    <message>
        <source>{0}: {1} JP dari target {2}, memenuhi</source>
        <translation>{0}: {1} JP of a {2} target, met</translation>
    </message>
    <message>
        <source>{0}: {1} JP dari target {2}, kurang {3} JP</source>
        <translation>{0}: {1} JP of a {2} target, {3} JP short</translation>
    </message>
    <message>
        <source>(target belum dikonfirmasi)</source>
        <translation>(target not confirmed yet)</translation>
    </message>
    <message>
        <source>JP pengembangan kompetensi per tahun</source>
        <translation>Competency development JP per year</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Garis putus-putus: target JP tahun itu</source>
        <translation>Dashed line: that year&apos;s JP target</translation>
    </message>
    <message>
        <source>{0} target belum dikonfirmasi</source>
        <translation>{0} target not confirmed yet</translation>
    </message>
</context>
<context>
    <name>Keluar</name>
    <message>
        <source>Pensiun</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Mutasi keluar</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Berhenti atas permintaan sendiri</source>
        <translation>Resigned at own request</translation>
    </message>
    <message>
        <source>Diberhentikan</source>
        <translation>Dismissed</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>id</source>
        <comment>code of the interface language</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>LeavingDialog</name>
    <message>
        <source>Catat keluar dari instansi</source>
        <translation>Record leaving the agency</translation>
    </message>
    <message>
        <source>{0} tetap tersimpan beserta riwayatnya dan tampil di daftar &quot;Pegawai nonaktif&quot;. Hapus pegawai hanya untuk data yang salah dibuat.</source>
        <translation>{0} stays on record with all histories and is listed under &quot;Inactive staff&quot;. Delete an employee only for a record made in error.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tanggal (TMT)</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <source>Instansi tujuan</source>
        <translation>Destination agency</translation>
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
        <source>(boleh kosong)</source>
        <translation>(may be empty)</translation>
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
        <source>Basis data &amp;terakhir</source>
        <translation>Recen&amp;t databases</translation>
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
        <source>Catat &amp;keluar dari instansi…</source>
        <translation>Record &amp;leaving the agency…</translation>
    </message>
    <message>
        <source>&amp;Batalkan catatan keluar…</source>
        <translation>&amp;Cancel the leaving record…</translation>
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
        <source>Pen&amp;gembangan</source>
        <translation>&amp;Development</translation>
    </message>
    <message>
        <source>&amp;Kegiatan pengembangan kompetensi…</source>
        <translation>Competency development &amp;activities…</translation>
    </message>
    <message>
        <source>Kepatuhan &amp;JP…</source>
        <translation>&amp;JP compliance…</translation>
    </message>
    <message>
        <source>&amp;Anggaran pelatihan…</source>
        <translation>Training &amp;budget…</translation>
    </message>
    <message>
        <source>&amp;Standar dan asesmen kompetensi…</source>
        <translation>Competency &amp;standards and assessments…</translation>
    </message>
    <message>
        <source>&amp;Rencana pengembangan (AKPK)…</source>
        <translation>Development &amp;plan (AKPK)…</translation>
    </message>
    <message>
        <source>&amp;Dampak layanan (SKM)…</source>
        <translation>Service &amp;impact (SKM)…</translation>
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
        <source>Riwayat {0} pegawai yang TMT-nya tiba kini berlaku.</source>
        <translation>History entries whose TMT has come now apply for {0} employee(s).</translation>
    </message>
    <message>
        <source>Riwayat yang TMT-nya tiba belum bisa diberlakukan: {0}</source>
        <translation>History entries whose TMT has come could not be applied yet: {0}</translation>
    </message>
    <message>
        <source>Cadangan harian gagal dibuat: {0}</source>
        <translation>The daily backup could not be made: {0}</translation>
    </message>
    <message>
        <source>Hapus {0} ({1}) dari daftar pegawai?

Hapus hanya data yang salah dibuat. Pegawai yang pensiun, mutasi keluar, meninggal atau berhenti dicatat dengan Pegawai → Catat keluar dari instansi, dan datanya tetap tersimpan.</source>
        <translation>Delete {0} ({1}) from the register?

Delete only records made in error. Staff who retire, transfer out, die or leave are recorded with Employees → Record leaving the agency, and their data is kept.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Skema diperbarui dari {0}; cadangan: {1}</source>
        <translation>Schema upgraded from {0}; backup: {1}</translation>
    </message>
    <message>
        <source>Basis data ba&amp;ru…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>&amp;Export to Excel…</translation>
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
        <source>{0} tidak ada lagi.</source>
        <translation>{0} is no longer there.</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>&amp;Kosongkan daftar</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>Berkas basis data tidak ditemukan: {0}</source>
        <translation>Database file not found: {0}</translation>
    </message>
    <message>
        <source>Mungkin berkasnya dipindahkan, diganti namanya, atau berada di drive yang tidak terpasang. Buat basis data baru di tempat ini, atau buka yang lain.</source>
        <translation>The file may have been moved or renamed, or be on a drive that is not connected. Create a new database at this place, or open another one.</translation>
    </message>
    <message>
        <source>Basis data tidak ditemukan</source>
        <translation>Database not found</translation>
    </message>
    <message>
        <source>Buat basis data baru di sini…</source>
        <translation>Create a new database here…</translation>
    </message>
    <message>
        <source>Buka yang lain…</source>
        <translation>Open another…</translation>
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
        <source>{0} pegawai nonaktif; {1} pegawai aktif</source>
        <translation>{0} inactive staff; {1} active staff</translation>
    </message>
    <message>
        <source>{0} pegawai aktif dan nonaktif; {1} pegawai aktif</source>
        <translation>{0} active and inactive staff; {1} active staff</translation>
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
        <source>{0} dihapus dari daftar pegawai.</source>
        <translation>{0} was removed from the employee register.</translation>
    </message>
    <message>
        <source>Menghapus…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>{0} dicatat keluar; ada di daftar Pegawai nonaktif.</source>
        <translation>{0} recorded as having left; listed under Inactive staff.</translation>
    </message>
    <message>
        <source>{0} tidak tercatat keluar.</source>
        <translation>{0} is not recorded as having left.</translation>
    </message>
    <message>
        <source>Batalkan catatan keluar</source>
        <translation>Cancel the leaving record</translation>
    </message>
    <message>
        <source>Batalkan catatan keluar {0} ({1}, {2})? {0} kembali menjadi pegawai aktif.</source>
        <translation>Cancel the leaving record of {0} ({1}, {2})? {0} becomes active staff again.</translation>
    </message>
    <message>
        <source>Catatan keluar {0} dibatalkan; kembali aktif.</source>
        <translation>Leaving record of {0} cancelled; active again.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Creating backup…</translation>
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
        <source>Folder log</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>Catatan kerja ASN Desktop (log) ada di folder ini. Kirim berkasnya ke pengelola bila diminta.</source>
        <translation>ASN Desktop&apos;s work log is in this folder. Send its files to the administrator when asked.</translation>
    </message>
    <message>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
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
    <name>NewDatabaseDialog</name>
    <message>
        <source>Basis data baru</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Basis data baru berisi katalog SIASN, identitas instansi dan satu akun administrator. Tidak ada kata sandi bawaan: pilih kata sandi paling sedikit 8 karakter dan simpan baik-baik.</source>
        <translation>A new database holds the SIASN catalogues, the agency&apos;s identity and one administrator account. There is no default password: choose a password of at least 8 characters and keep it safe.</translation>
    </message>
    <message>
        <source>contoh: D:\Kepegawaian\asn-diskominfo.sqlite</source>
        <translation>example: D:\Kepegawaian\asn-diskominfo.sqlite</translation>
    </message>
    <message>
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>contoh: Kepala Subbagian Kepegawaian</source>
        <translation>example: Head of the Personnel Subdivision</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Administrator pertama</source>
        <translation>First administrator</translation>
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
        <source>Administrator menambahkan akun operator dan pimpinan (menu Berkas → Pengguna). Tanpa kata sandinya, pengguna tidak bisa dikelola.</source>
        <translation>The administrator adds the operator and management accounts (menu File → Users). Without their password, users cannot be managed.</translation>
    </message>
    <message>
        <source>&amp;Buat basis data</source>
        <translation>C&amp;reate database</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tempat basis data baru</source>
        <translation>Place of the new database</translation>
    </message>
    <message>
        <source>Basis data ASN Desktop (*.sqlite)</source>
        <translation>ASN Desktop databases (*.sqlite)</translation>
    </message>
    <message>
        <source>Berkas sudah ada</source>
        <translation>File exists</translation>
    </message>
    <message>
        <source>{0} sudah ada; basis data baru tidak pernah menimpa berkas. Buka berkas itu?</source>
        <translation>{0} exists already; a new database never overwrites a file. Open that file?</translation>
    </message>
    <message>
        <source>Berkas ini sudah ada: pilih nama lain.</source>
        <translation>This file exists already: choose another name.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Membuat basis data baru…</source>
        <translation>Creating the new database…</translation>
    </message>
    <message>
        <source>Basis data tidak bisa dibuat: {0}</source>
        <translation>The database could not be created: {0}</translation>
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
    <name>ParticipantDialog</name>
    <message>
        <source>Peserta — {0}</source>
        <translation>Participant — {0}</translation>
    </message>
    <message>
        <source>0–100, boleh kosong</source>
        <translation>0–100, may be left empty</translation>
    </message>
    <message>
        <source>&amp;Kehadiran:</source>
        <translation>&amp;Attendance:</translation>
    </message>
    <message>
        <source>Nilai &amp;pre-test:</source>
        <translation>&amp;Pre-test score:</translation>
    </message>
    <message>
        <source>Nilai p&amp;ost-test:</source>
        <translation>P&amp;ost-test score:</translation>
    </message>
    <message>
        <source>&amp;Hasil:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Nomor STTP:</source>
        <translation>STTP n&amp;umber:</translation>
    </message>
    <message>
        <source>&amp;Tanggal STTP:</source>
        <translation>STTP &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Perubahan disimpan bersama kegiatan (tombol Simpan).</source>
        <translation>Changes are saved with the activity (the Save button).</translation>
    </message>
    <message>
        <source>Nilai pre-test</source>
        <translation>Pre-test score</translation>
    </message>
    <message>
        <source>Nilai post-test</source>
        <translation>Post-test score</translation>
    </message>
    <message>
        <source>Tanggal STTP: {0}</source>
        <translation>STTP date: {0}</translation>
    </message>
    <message>
        <source>Nomor STTP</source>
        <translation>STTP number</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Mengikuti</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>Lulus</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Tidak lulus</source>
        <translation>Failed</translation>
    </message>
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
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hadir %</source>
        <translation>Attendance %</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>No. STTP</source>
        <translation>STTP no.</translation>
    </message>
    <message>
        <source>Tgl. STTP</source>
        <translation>STTP date</translation>
    </message>
    <message>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>JP diakui</source>
        <translation>JP credited</translation>
    </message>
    <message>
        <source>JP {0}/target</source>
        <translation>JP {0}/target</translation>
    </message>
    <message>
        <source>JP tahun/target</source>
        <translation>JP year/target</translation>
    </message>
    <message>
        <source>Ada</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Pegawai ini sudah dihapus dari daftar pegawai; keikutsertaannya tetap.</source>
        <translation>This employee has been removed from the employee register; their participation is kept.</translation>
    </message>
    <message>
        <source>Dihitung ulang setelah disimpan.</source>
        <translation>Recalculated once saved.</translation>
    </message>
    <message>
        <source>Tidak dikreditkan: belum selesai, tidak lulus, atau kehadiran di bawah minimal.</source>
        <translation>Not credited: not finished, not passed, or attendance below the minimum.</translation>
    </message>
    <message>
        <source>{0} dikreditkan dari kegiatan ini.</source>
        <translation>{0} credited from this activity.</translation>
    </message>
    <message>
        <source>{0} pada tahun {1}; target {2} terpenuhi.</source>
        <translation>{0} in {1}; target of {2} met.</translation>
    </message>
    <message>
        <source>{0} pada tahun {1}; kurang {2} dari target {3}.</source>
        <translation>{0} in {1}; {2} short of the {3} target.</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <source>Kehadiran (%)</source>
        <translation>Attendance (%)</translation>
    </message>
    <message>
        <source>Kehadiran (%) harus bilangan bulat 0 sampai 100.</source>
        <translation>Attendance (%) must be a whole number from 0 to 100.</translation>
    </message>
    <message>
        <source>Nilai pre-test</source>
        <translation>Pre-test score</translation>
    </message>
    <message>
        <source>Nilai post-test</source>
        <translation>Post-test score</translation>
    </message>
    <message>
        <source>{0} harus 0 sampai 100.</source>
        <translation>{0} must be from 0 to 100.</translation>
    </message>
    <message>
        <source>Hasil “{0}” tidak dikenal.</source>
        <translation>Unknown result “{0}”.</translation>
    </message>
    <message>
        <source>Nomor STTP</source>
        <translation>STTP number</translation>
    </message>
    <message>
        <source>Tanggal STTP: {0}</source>
        <translation>STTP date: {0}</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Tambah peserta — {0}</source>
        <translation>Add participants — {0}</translation>
    </message>
    <message>
        <source>Tambah peserta</source>
        <translation>Add participants</translation>
    </message>
    <message>
        <source>Cari nama atau NIP…</source>
        <translation>Search name or NIP…</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Pegawai unit ini dan unit-unit di bawahnya.</source>
        <translation>Employees of this unit and of the units below it.</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua jenis jabatan</source>
        <translation>All position types</translation>
    </message>
    <message>
        <source>&amp;Cari:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Unit (termasuk di bawahnya):</source>
        <translation>Unit (including those below it):</translation>
    </message>
    <message>
        <source>Pilih &amp;semua yang tampil</source>
        <translation>Select &amp;all shown</translation>
    </message>
    <message>
        <source>&amp;Kosongkan pilihan</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <source>{0} pegawai tampil · {1} dipilih</source>
        <translation>{0} employees shown · {1} selected</translation>
    </message>
    <message>
        <source>({0} tidak tampil karena saringan)</source>
        <translation>({0} hidden by the filters)</translation>
    </message>
    <message>
        <source>&amp;Daftarkan {0} peserta</source>
        <translation>&amp;Enrol {0} participants</translation>
    </message>
    <message>
        <source>&amp;Daftarkan</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>Mendaftarkan {0} peserta…</source>
        <translation>Enrolling {0} participants…</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
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
        <source>Rencana Pengembangan Kompetensi {0} — {1}</source>
        <translation>Competency Development Plan {0} — {1}</translation>
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
    <name>PemetaanPanel</name>
    <message>
        <source>Pegawai unit ini dan unit-unit di bawahnya.</source>
        <translation>Employees of this unit and of the units below it.</translation>
    </message>
    <message>
        <source>Semua unit</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Semua jenis jabatan</source>
        <translation>All position types</translation>
    </message>
    <message>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Belum dinilai</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Cari NIP atau nama…</source>
        <translation>Search NIP or name…</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Jenis:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Kategori:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>JPM = jumlah level aktual ÷ jumlah level standar × 100, paling tinggi 100%; kompetensi standar yang belum dinilai dihitung 0.</source>
        <translation>JPM = sum of actual levels ÷ sum of standard levels × 100, at most 100%; standard competencies not yet assessed count as 0.</translation>
    </message>
    <message>
        <source>&amp;Tambah asesmen…</source>
        <translation>&amp;Add assessment…</translation>
    </message>
    <message>
        <source>&amp;Buka…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Catat hasil asesmen pegawai terpilih: tanggal, asesor, level per kompetensi.</source>
        <translation>Record an assessment result of the selected employee: date, assessor, level per competency.</translation>
    </message>
    <message>
        <source>Hapus hasil asesmen terpilih.</source>
        <translation>Delete the selected assessment result.</translation>
    </message>
    <message>
        <source>Lihat atau ubah hasil asesmen terpilih.</source>
        <translation>View or edit the selected assessment result.</translation>
    </message>
    <message>
        <source>Hasil asesmen</source>
        <translation>Assessment results</translation>
    </message>
    <message>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Simpan daftar yang tampil (sesuai saringan dan urutan) ke berkas .xlsx.</source>
        <translation>Save the list shown (as filtered and sorted) to an .xlsx file.</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>{0} pegawai</source>
        <translation>{0} employees</translation>
    </message>
    <message>
        <source>Pilih pegawai di daftar.</source>
        <translation>Select an employee in the list.</translation>
    </message>
    <message>
        <source>(jabatan belum diisi)</source>
        <translation>(position not entered yet)</translation>
    </message>
    <message>
        <source>JPM: belum dinilai</source>
        <translation>JPM: not assessed</translation>
    </message>
    <message>
        <source>JPM {0} — {1}</source>
        <translation>JPM {0} — {1}</translation>
    </message>
    <message>
        <source>Belum ada hasil asesmen.</source>
        <translation>No assessment results yet.</translation>
    </message>
    <message>
        <source>&amp;Lihat…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <source>Hasil asesmen {0} disimpan.</source>
        <translation>Assessment result of {0} saved.</translation>
    </message>
    <message>
        <source>Hapus hasil asesmen</source>
        <translation>Delete assessment result</translation>
    </message>
    <message>
        <source>Hapus hasil asesmen {0} tanggal {1}?</source>
        <translation>Delete the assessment result of {0} dated {1}?</translation>
    </message>
    <message>
        <source>Hasil asesmen dihapus.</source>
        <translation>Assessment result deleted.</translation>
    </message>
    <message>
        <source>Menghapus…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>Ekspor pemetaan kompetensi</source>
        <translation>Export competency mapping</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Pemetaan kompetensi (JPM) — dicetak {0}</source>
        <translation>Competency mapping (JPM) — printed {0}</translation>
    </message>
    <message>
        <source>Jenis jabatan</source>
        <translation>Position type</translation>
    </message>
    <message>
        <source>Membaca daftar…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Menulis {0} dari {1} baris…</source>
        <translation>Writing {0} of {1} rows…</translation>
    </message>
    <message>
        <source>{0} baris diekspor ke {1}.</source>
        <translation>{0} rows exported to {1}.</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; berkas tidak dibuat.</source>
        <translation>Export cancelled; no file was made.</translation>
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
        <source>mengubah data pegawai, unit, penilaian dan pengembangan kompetensi</source>
        <translation>change employee, unit, appraisal and competency development data</translation>
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
    <name>PlanItemDialog</name>
    <message>
        <source>Tambah butir rencana {0}</source>
        <translation>Add {0} plan item</translation>
    </message>
    <message>
        <source>Butir rencana {0} — {1}</source>
        <translation>{0} plan item — {1}</translation>
    </message>
    <message>
        <source>Ketik nama atau NIP pegawai…</source>
        <translation>Type the employee&apos;s name or NIP…</translation>
    </message>
    <message>
        <source>&amp;Pegawai:</source>
        <translation>&amp;Employee:</translation>
    </message>
    <message>
        <source>Pemenuhan JP</source>
        <translation>Meeting the JP target</translation>
    </message>
    <message>
        <source>Pilih, atau ketik nama kompetensi teknis</source>
        <translation>Choose, or type the name of a technical competency</translation>
    </message>
    <message>
        <source>&amp;Kompetensi:</source>
        <translation>&amp;Competency:</translation>
    </message>
    <message>
        <source>klasikal</source>
        <translation>classroom</translation>
    </message>
    <message>
        <source>nonklasikal</source>
        <translation>non-classroom</translation>
    </message>
    <message>
        <source>&amp;Didanai dari anggaran tahun {0}</source>
        <translation>&amp;Funded from the {0} budget</translation>
    </message>
    <message>
        <source>&amp;Rute:</source>
        <translation>&amp;Route:</translation>
    </message>
    <message>
        <source>&amp;Jenis diklat:</source>
        <translation>Training &amp;type:</translation>
    </message>
    <message>
        <source>Pen&amp;yelenggara:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>&amp;Bulan:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Perkiraan J&amp;P:</source>
        <translation>Estimated &amp;JP:</translation>
    </message>
    <message>
        <source>B&amp;iaya:</source>
        <translation>C&amp;ost:</translation>
    </message>
    <message>
        <source>Pri&amp;oritas:</source>
        <translation>Pr&amp;iority:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — NIP {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — NIP {1}</translation>
    </message>
    <message>
        <source>Kompetensi: &lt;b&gt;{0}&lt;/b&gt; (standar {1}, aktual {2})</source>
        <translation>Competency: &lt;b&gt;{0}&lt;/b&gt; (standard {1}, actual {2})</translation>
    </message>
    <message>
        <source>Kompetensi: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>Competency: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Penyebab: {0}</source>
        <translation>Cause: {0}</translation>
    </message>
    <message>
        <source>Kesenjangan kinerja: {0}</source>
        <translation>Performance gap: {0}</translation>
    </message>
    <message>
        <source>Alokasi: {0}</source>
        <translation>Allocation: {0}</translation>
    </message>
    <message>
        <source>Rute yang dibutuhkan berbiaya {0}; belum didanai.</source>
        <translation>The route needed costs {0}; not funded yet.</translation>
    </message>
    <message>
        <source>tanpa biaya</source>
        <translation>no cost</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{0} (hanya baca)</source>
        <translation>{0} (read only)</translation>
    </message>
    <message>
        <source>Biaya wajib diisi (0 bila tanpa biaya).</source>
        <translation>The cost is required (0 if there is no cost).</translation>
    </message>
    <message>
        <source>Pilih pegawai dari daftar yang muncul saat nama diketik.</source>
        <translation>Choose the employee from the list that appears as the name is typed.</translation>
    </message>
    <message>
        <source>Kompetensi wajib diisi.</source>
        <translation>The competency is required.</translation>
    </message>
    <message>
        <source>Belum disimpan: {0} isian perlu diperbaiki.</source>
        <translation>Not saved: {0} field(s) need correcting.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Set&amp;ujui (atasan)…</source>
        <translation>&amp;Approve (superior)…</translation>
    </message>
    <message>
        <source>Set&amp;ujui (PyB)…</source>
        <translation>&amp;Approve (PyB)…</translation>
    </message>
    <message>
        <source>T&amp;etapkan (PPK)…</source>
        <translation>&amp;Adopt (PPK)…</translation>
    </message>
    <message>
        <source>atasan</source>
        <translation>superior</translation>
    </message>
    <message>
        <source>Pejabat yang Berwenang (PyB)</source>
        <translation>Authorised Official (PyB)</translation>
    </message>
    <message>
        <source>Pejabat Pembina Kepegawaian (PPK)</source>
        <translation>Civil Service Supervisory Official (PPK)</translation>
    </message>
    <message>
        <source>Rencana {0} berstatus {1}: butirnya tidak dapat diubah. Kembalikan ke draf dahulu.</source>
        <translation>The {0} plan has the status {1}: its items cannot be changed. Return it to draft first.</translation>
    </message>
    <message>
        <source>&amp;Tahun rencana:</source>
        <translation>Plan &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Buat rancangan…</source>
        <translation>&amp;Generate draft…</translation>
    </message>
    <message>
        <source>Muat ulan&amp;g</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Baca ulang rencana dari basis data (F5).</source>
        <translation>Read the plan from the database again (F5).</translation>
    </message>
    <message>
        <source>Kembalikan ke dra&amp;f…</source>
        <translation>R&amp;eturn to draft…</translation>
    </message>
    <message>
        <source>Semua unit (ketik sebagian nama)</source>
        <translation>All units (type part of a name)</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Pri&amp;oritas:</source>
        <translation>Pri&amp;ority:</translation>
    </message>
    <message>
        <source>Didanai</source>
        <translation>Funded</translation>
    </message>
    <message>
        <source>Tidak didanai</source>
        <translation>Not funded</translation>
    </message>
    <message>
        <source>Pembia&amp;yaan:</source>
        <translation>Fu&amp;nding:</translation>
    </message>
    <message>
        <source>Cari NIP, nama, jabatan, kompetensi, rute atau penyelenggara… (Ctrl+F)</source>
        <translation>Search NIP, name, position, competency, route or provider… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ta&amp;mbah butir…</source>
        <translation>Add ite&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Lihat / ubah butir…</source>
        <translation>&amp;View / edit item…</translation>
    </message>
    <message>
        <source>&amp;Hapus butir</source>
        <translation>&amp;Delete item</translation>
    </message>
    <message>
        <source>Kebutuhan yang tidak terdanai anggaran tahun ini, atau didanai dengan rute yang lebih murah daripada yang dibutuhkan, dengan biaya rute yang dibutuhkan; urut prioritas. Dasar usulan tambahan anggaran.</source>
        <translation>Needs not funded by this year&apos;s budget, or funded with a cheaper route than the one needed, with the cost of the route needed; by priority. The basis for requesting more budget.</translation>
    </message>
    <message>
        <source>Butir ren&amp;cana</source>
        <translation>Plan i&amp;tems</translation>
    </message>
    <message>
        <source>T&amp;idak didanai</source>
        <translation>Un&amp;funded</translation>
    </message>
    <message>
        <source>Ekspor ke E&amp;xcel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>&amp;Pratinjau / cetak PDF…</source>
        <translation>Previe&amp;w / print PDF…</translation>
    </message>
    <message>
        <source>Belum ada rencana tahun {0}; buat rancangan dahulu.</source>
        <translation>There is no plan for {0} yet; generate a draft first.</translation>
    </message>
    <message>
        <source>Rencana sedang dibaca…</source>
        <translation>Reading the plan…</translation>
    </message>
    <message>
        <source>Susun draf rencana {0} dari kesenjangan kompetensi, kinerja dan JP tahun sebelumnya, didanai sampai anggaran {0} habis.</source>
        <translation>Draw up a draft {0} plan from the previous year&apos;s competency, performance and JP gaps, funded until the {0} budget runs out.</translation>
    </message>
    <message>
        <source>Rencana {0} sudah ditetapkan PPK; kembalikan ke draf untuk mengubahnya.</source>
        <translation>The {0} plan has been adopted by the PPK; return it to draft to change it.</translation>
    </message>
    <message>
        <source>Catat persetujuan {0}.</source>
        <translation>Record the approval by the {0}.</translation>
    </message>
    <message>
        <source>Rencana {0} masih berupa draf.</source>
        <translation>The {0} plan is still a draft.</translation>
    </message>
    <message>
        <source>Batalkan semua persetujuan agar butirnya dapat diubah lagi.</source>
        <translation>Cancel all approvals so that its items can be changed again.</translation>
    </message>
    <message>
        <source>Tambahkan kebutuhan pengembangan yang tidak terlihat pada rancangan.</source>
        <translation>Add a development need that the draft does not show.</translation>
    </message>
    <message>
        <source>Pilih butir dahulu.</source>
        <translation>Select an item first.</translation>
    </message>
    <message>
        <source>Hapus butir terpilih dari rencana.</source>
        <translation>Delete the selected item from the plan.</translation>
    </message>
    <message>
        <source>Buka butir terpilih untuk mengubah rute, bulan, biaya atau pendanaannya.</source>
        <translation>Open the selected item to change its route, month, cost or funding.</translation>
    </message>
    <message>
        <source>Simpan rencana, jumlahnya dan daftar yang tidak didanai ke .xlsx.</source>
        <translation>Save the plan, its totals and the unfunded list to .xlsx.</translation>
    </message>
    <message>
        <source>Tampilkan rencana seperti akan dicetak, lalu cetak atau simpan PDF.</source>
        <translation>Show the plan as it will print, then print it or save a PDF.</translation>
    </message>
    <message>
        <source>Membaca rencana {0}…</source>
        <translation>Reading the {0} plan…</translation>
    </message>
    <message>
        <source>Belum ada rencana pengembangan kompetensi {0}.</source>
        <translation>There is no {0} competency development plan yet.</translation>
    </message>
    <message>
        <source>Anggaran pelatihan {0}: {1}. Buat rancangan: kebutuhan dari kesenjangan kompetensi, kinerja dan JP tahun {2} didanai sampai anggaran habis.</source>
        <translation>Training budget {0}: {1}. Generate a draft: needs from the competency, performance and JP gaps of {2}, funded until the budget runs out.</translation>
    </message>
    <message>
        <source>Anggaran pelatihan {0} belum diisi (tab Anggaran): rancangan hanya akan mendanai rute tanpa biaya.</source>
        <translation>The {0} training budget has not been entered (Budget tab): a draft will only fund routes without cost.</translation>
    </message>
    <message>
        <source>Rencana pengembangan kompetensi {0} — {1} · {2} butir untuk {3} pegawai</source>
        <translation>Competency development plan {0} — {1} · {2} items for {3} employees</translation>
    </message>
    <message>
        <source>Anggaran {0} · didanai {1} ({2} butir) · sisa {3} · kebutuhan belum didanai {4} ({5} butir)</source>
        <translation>Budget {0} · funded {1} ({2} items) · remaining {3} · unfunded needs {4} ({5} items)</translation>
    </message>
    <message>
        <source>Melebihi anggaran sebesar {0}: kurangi butir yang didanai atau tambah anggaran sebelum rencana disetujui.</source>
        <translation>Over budget by {0}: reduce the funded items or add to the budget before the plan is approved.</translation>
    </message>
    <message>
        <source>Anggaran berubah sejak rancangan dibuat ({0} saat itu); buat ulang rancangan atau sesuaikan butir yang didanai.</source>
        <translation>The budget has changed since the draft was made ({0} then); generate the draft again or adjust the funded items.</translation>
    </message>
    <message>
        <source>Di bawah target JP {0}: {1} pegawai, {2} di antaranya mendapat kegiatan yang didanai.</source>
        <translation>Below the {0} JP target: {1} employees, {2} of them with a funded activity.</translation>
    </message>
    <message>
        <source>Tidak ada pegawai dalam rencana yang di bawah target JP {0}.</source>
        <translation>No employee in the plan is below the {0} JP target.</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <source>Jumlah kebutuhan yang belum didanai: {0} ({1} butir)</source>
        <translation>Total unfunded needs: {0} ({1} items)</translation>
    </message>
    <message>
        <source>{0} butir</source>
        <translation>{0} items</translation>
    </message>
    <message>
        <source>{0} dari {1} butir</source>
        <translation>{0} of {1} items</translation>
    </message>
    <message>
        <source>Butir itu sudah dihapus; daftar dibaca ulang.</source>
        <translation>That item has been deleted; the list was read again.</translation>
    </message>
    <message>
        <source>Buat rancangan</source>
        <translation>Generate draft</translation>
    </message>
    <message>
        <source>Draf rencana {0} sudah ada ({1} butir). Buat ulang dari data terbaru? Draf itu, dengan semua perubahan padanya, diganti.</source>
        <translation>A draft {0} plan exists already ({1} items). Generate it again from the latest data? That draft, with all changes made to it, is replaced.</translation>
    </message>
    <message>
        <source>Menyusun rancangan rencana {0} dari kesenjangan dan anggaran…</source>
        <translation>Drawing up the draft {0} plan from the gaps and the budget…</translation>
    </message>
    <message>
        <source>Rancangan {0} disusun: {1} butir untuk {2} pegawai; didanai {3} dari anggaran {4}; kebutuhan yang belum didanai {5} (tab Tidak didanai).</source>
        <translation>Draft {0} drawn up: {1} items for {2} employees; {3} funded out of a budget of {4}; unfunded needs {5} (Unfunded tab).</translation>
    </message>
    <message>
        <source>Hapus butir</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>Hapus butir &quot;{0}&quot; untuk {1} dari rencana {2}?</source>
        <translation>Delete the item &quot;{0}&quot; for {1} from the {2} plan?</translation>
    </message>
    <message>
        <source>Butir {0} untuk {1} dihapus.</source>
        <translation>Item {0} for {1} deleted.</translation>
    </message>
    <message>
        <source>Menghapus butir…</source>
        <translation>Deleting the item…</translation>
    </message>
    <message>
        <source>Ekspor rencana ke Excel</source>
        <translation>Export the plan to Excel</translation>
    </message>
    <message>
        <source>{0} butir rencana {1} diekspor ke {2}</source>
        <translation>{0} items of the {1} plan exported to {2}</translation>
    </message>
    <message>
        <source>Mengekspor rencana {0} ke Excel…</source>
        <translation>Exporting the {0} plan to Excel…</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
</context>
<context>
    <name>PlanTable</name>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Disetujui atasan</source>
        <translation>Approved by superior</translation>
    </message>
    <message>
        <source>Disetujui PyB</source>
        <translation>Approved by PyB</translation>
    </message>
    <message>
        <source>Ditetapkan PPK</source>
        <translation>Adopted by PPK</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ya, rute lebih murah</source>
        <translation>Yes, cheaper route</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Belum ada hasil asesmen kompetensi ini.</source>
        <translation>No assessment result for this competency yet.</translation>
    </message>
    <message>
        <source>Standar {0}, aktual {1}.</source>
        <translation>Standard {0}, actual {1}.</translation>
    </message>
    <message>
        <source>klasikal</source>
        <translation>classroom</translation>
    </message>
    <message>
        <source>nonklasikal</source>
        <translation>non-classroom</translation>
    </message>
    <message>
        <source>{0} ({1}, jenis diklat {2})</source>
        <translation>{0} ({1}, training type {2})</translation>
    </message>
    <message>
        <source>Kebutuhan yang belum didanai: {0}.</source>
        <translation>Unfunded need: {0}.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
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
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>Std</translation>
    </message>
    <message>
        <source>Akt</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Penyebab</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Rute</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Didanai</source>
        <translation>Funded</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(dihapus)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Dengan rute lebih murah</source>
        <translation>With a cheaper route</translation>
    </message>
    <message>
        <source>Rute dalam rencana</source>
        <translation>Route in the plan</translation>
    </message>
    <message>
        <source>Biaya kebutuhan</source>
        <translation>Cost of the need</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>PositionEntryDialog</name>
    <message>
        <source>Tambah riwayat jabatan</source>
        <translation>Add position history entry</translation>
    </message>
    <message>
        <source>Ubah riwayat jabatan</source>
        <translation>Edit position history</translation>
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
        <source>Ubah riwayat pangkat</source>
        <translation>Edit rank history</translation>
    </message>
    <message>
        <source>(pilih golongan)</source>
        <translation>(choose a grade)</translation>
    </message>
    <message>
        <source>(pengangkatan pertama)</source>
        <translation>(first appointment)</translation>
    </message>
    <message>
        <source>Hukuman disiplin penurunan pangkat: dasar dan alasannya</source>
        <translation>Disciplinary demotion: its basis and reason</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Alasan penurunan</source>
        <translation>Reason for demotion</translation>
    </message>
    <message>
        <source>Jenis kenaikan</source>
        <translation>Promotion type</translation>
    </message>
    <message>
        <source>Pilih golongan.</source>
        <translation>Choose a grade.</translation>
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
    <message>
        <source>Alasan (wajib diisi)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Alasan:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>RegisterExportFlow</name>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>{0} baris diekspor ke {1}</source>
        <translation>{0} rows exported to {1}</translation>
    </message>
    <message>
        <source>{0} baris diekspor ke:
{1}</source>
        <translation>{0} rows exported to:
{1}</translation>
    </message>
    <message>
        <source>Berkas ini berisi data pribadi: simpan dan serahkan dengan aman.</source>
        <translation>This file contains personal data: store and hand it over securely.</translation>
    </message>
    <message>
        <source>Buka &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Folder tidak bisa dibuka otomatis di komputer ini. Foldernya:
{0}</source>
        <translation>The folder cannot be opened automatically on this computer. The folder is:
{0}</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; berkas tidak dibuat.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
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
    <name>ReturnToDraftDialog</name>
    <message>
        <source>Kembalikan rencana {0} ke draf</source>
        <translation>Return the {0} plan to draft</translation>
    </message>
    <message>
        <source>Rencana {0} berstatus {1}. Dikembalikan ke draf, semua persetujuannya dibatalkan dan butirnya dapat diubah lagi; alasannya dicatat pada rencana.</source>
        <translation>The {0} plan has the status {1}. Returned to draft, all its approvals are cancelled and its items can be changed again; the reason is recorded with the plan.</translation>
    </message>
    <message>
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Kembalikan ke draf</source>
        <translation>Return to draft</translation>
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
    <name>RupiahEdit</name>
    <message>
        <source>mis. 12.500.000</source>
        <translation>e.g. 12.500.000</translation>
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
    <name>SkmDialog</name>
    <message>
        <source>Isi SKM {0}</source>
        <translation>Enter SKM {0}</translation>
    </message>
    <message>
        <source>SKM {0} — {1}</source>
        <translation>SKM {0} — {1}</translation>
    </message>
    <message>
        <source>Nilai rata-rata &amp;sembilan unsur</source>
        <translation>Average &amp;scores of the nine elements</translation>
    </message>
    <message>
        <source>&amp;Indeks saja</source>
        <translation>&amp;Index only</translation>
    </message>
    <message>
        <source>Indeks = rata-rata sembilan nilai unsur (skala {0}–{1}) × 25. Mutu: A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik (PermenPANRB 14/2017).</source>
        <translation>Index = mean of the nine element scores (scale {0}–{1}) × 25. Quality: A Sangat Baik (very good), B Baik (good), C Kurang Baik (fair), D Tidak Baik (poor) (PermenPANRB 14/2017).</translation>
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
        <source>&amp;Unit layanan:</source>
        <translation>Service &amp;unit:</translation>
    </message>
    <message>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Inde&amp;ks:</source>
        <translation>Inde&amp;x:</translation>
    </message>
    <message>
        <source>&amp;Responden:</source>
        <translation>&amp;Respondents:</translation>
    </message>
    <message>
        <source>&amp;Catatan:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Indeks {0} — mutu {1}</source>
        <translation>Index {0} — quality {1}</translation>
    </message>
    <message>
        <source>Pilih unit layanan.</source>
        <translation>Choose a service unit.</translation>
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
    <name>StandarPanel</name>
    <message>
        <source>Standar yang berlaku bagi semua jabatan {0} yang tidak memiliki standar khusus.</source>
        <translation>The standard that applies to every {0} position without its own standard.</translation>
    </message>
    <message>
        <source>Saring nama jabatan…</source>
        <translation>Filter position titles…</translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Tambahkan kompetensi teknis yang ditetapkan instansi.</source>
        <translation>Add a technical competency set by the agency.</translation>
    </message>
    <message>
        <source>Ubah kode, nama atau deskripsi kompetensi teknis terpilih.</source>
        <translation>Change the code, name or description of the selected technical competency.</translation>
    </message>
    <message>
        <source>Hapus kompetensi teknis terpilih (hanya bila belum dipakai).</source>
        <translation>Delete the selected technical competency (only if not used yet).</translation>
    </message>
    <message>
        <source>Kompetensi teknis instansi</source>
        <translation>The agency&apos;s technical competencies</translation>
    </message>
    <message>
        <source>Default instansi per jenis jabatan</source>
        <translation>Agency defaults by position type</translation>
    </message>
    <message>
        <source>Jabatan di daftar pegawai</source>
        <translation>Positions in the employee register</translation>
    </message>
    <message>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Level 1–5 (PermenPANRB 38/2017). Yang tidak diatur untuk jabatan ini mengikuti default instansi jenis jabatannya, lalu nilai bawaan.</source>
        <translation>Levels 1–5 (PermenPANRB 38/2017). What is not set for this position follows the agency default of its position type, then the built-in default.</translation>
    </message>
    <message>
        <source>Si&amp;mpan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Batalkan perubahan</source>
        <translation>&amp;Revert changes</translation>
    </message>
    <message>
        <source>Simpan standar kompetensi ini.</source>
        <translation>Save this competency standard.</translation>
    </message>
    <message>
        <source>Kembalikan isian ke standar yang tersimpan.</source>
        <translation>Put the fields back to the saved standard.</translation>
    </message>
    <message>
        <source>Standar belum disimpan</source>
        <translation>Standard not saved</translation>
    </message>
    <message>
        <source>Perubahan standar {0} belum disimpan. Buang perubahan itu?</source>
        <translation>The changes to the standard of {0} are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Pilih jenis jabatan atau jabatan di sebelah kiri.</source>
        <translation>Select a position type or a position on the left.</translation>
    </message>
    <message>
        <source>Standar kompetensi jabatan {0}</source>
        <translation>Competency standard of the position {0}</translation>
    </message>
    <message>
        <source>{0}. Level yang diatur di sini hanya berlaku untuk jabatan ini.</source>
        <translation>{0}. Levels set here apply to this position only.</translation>
    </message>
    <message>
        <source>Default instansi: {0}</source>
        <translation>Agency default: {0}</translation>
    </message>
    <message>
        <source>Berlaku bagi setiap jabatan {0} yang tidak memiliki standar khusus.</source>
        <translation>Applies to every {0} position without its own standard.</translation>
    </message>
    <message>
        <source>Nilai bawaan belum dikonfirmasi: {0}</source>
        <translation>Built-in defaults not confirmed yet: {0}</translation>
    </message>
    <message>
        <source>Kembalikan ke bawaan</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <source>belum disimpan</source>
        <translation>not saved</translation>
    </message>
    <message>
        <source>belum dikonfirmasi</source>
        <translation>not confirmed</translation>
    </message>
    <message>
        <source>tidak dipersyaratkan</source>
        <translation>not required</translation>
    </message>
    <message>
        <source>Hapus level yang diatur di sini: berlaku lagi level {0} ({1}).</source>
        <translation>Remove the level set here: level {0} ({1}) applies again.</translation>
    </message>
    <message>
        <source>Hapus level yang diatur di sini: kompetensi ini tidak dipersyaratkan.</source>
        <translation>Remove the level set here: this competency is not required.</translation>
    </message>
    <message>
        <source>Tersimpan: {0}.</source>
        <translation>Saved: {0}.</translation>
    </message>
    <message>
        <source>Hanya dapat dilihat: {0}</source>
        <translation>View only: {0}</translation>
    </message>
    <message>
        <source>Kompetensi teknis {0} disimpan.</source>
        <translation>Technical competency {0} saved.</translation>
    </message>
    <message>
        <source>Kompetensi teknis {0} ditambahkan.</source>
        <translation>Technical competency {0} added.</translation>
    </message>
    <message>
        <source>Hapus kompetensi teknis</source>
        <translation>Delete technical competency</translation>
    </message>
    <message>
        <source>Hapus kompetensi teknis {0} ({1})?</source>
        <translation>Delete the technical competency {0} ({1})?</translation>
    </message>
    <message>
        <source>Kompetensi teknis {0} dihapus.</source>
        <translation>Technical competency {0} deleted.</translation>
    </message>
    <message>
        <source>Menghapus…</source>
        <translation>Deleting…</translation>
    </message>
</context>
<context>
    <name>TeknisDialog</name>
    <message>
        <source>Ubah kompetensi teknis</source>
        <translation>Edit technical competency</translation>
    </message>
    <message>
        <source>Tambah kompetensi teknis</source>
        <translation>Add technical competency</translation>
    </message>
    <message>
        <source>mis. tk_arsip</source>
        <translation>e.g. tk_arsip</translation>
    </message>
    <message>
        <source>Kode dipakai standar dan berkas impor untuk merujuk kompetensi ini: huruf kecil, angka, titik, garis bawah atau tanda hubung. Kode tidak dapat diganti lagi setelah dipakai; namanya selalu dapat diubah.</source>
        <translation>Standards and import files refer to this competency by its code: lower-case letters, digits, full stops, underscores or hyphens. The code cannot be changed once used; the name can always be changed.</translation>
    </message>
    <message>
        <source>&amp;Kode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Deskripsi:</source>
        <translation>&amp;Description:</translation>
    </message>
</context>
<context>
    <name>TrainingEditorDialog</name>
    <message>
        <source>Jumlah JP</source>
        <translation>Number of JP</translation>
    </message>
    <message>
        <source>Jumlah hari</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <source>Jumlah sesi</source>
        <translation>Number of sessions</translation>
    </message>
    <message>
        <source>Jumlah kunjungan</source>
        <translation>Number of visits</translation>
    </message>
    <message>
        <source>Jumlah penempatan</source>
        <translation>Number of placements</translation>
    </message>
    <message>
        <source>Jumlah semester</source>
        <translation>Number of semesters</translation>
    </message>
    <message>
        <source>tercantum pada STTP/jadwal</source>
        <translation>as stated on the STTP/timetable</translation>
    </message>
    <message>
        <source>terisi dari tanggal</source>
        <translation>filled in from the dates</translation>
    </message>
    <message>
        <source>sesi yang diikuti</source>
        <translation>sessions attended</translation>
    </message>
    <message>
        <source>kunjungan</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>penempatan</source>
        <translation>placements</translation>
    </message>
    <message>
        <source>semester yang selesai</source>
        <translation>semesters completed</translation>
    </message>
    <message>
        <source>{0} harus berupa angka; yang diisi “{1}”.</source>
        <translation>{0} must be a number; “{1}” was entered.</translation>
    </message>
    <message>
        <source>{0} harus berupa angka.</source>
        <translation>{0} must be a number.</translation>
    </message>
    <message>
        <source>{0} harus bilangan bulat rupiah (contoh 1.500.000); yang diisi “{1}”.</source>
        <translation>{0} must be a whole rupiah amount (e.g. 1.500.000); “{1}” was entered.</translation>
    </message>
    <message>
        <source>Kegiatan baru</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>T&amp;utup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Membaca kegiatan…</source>
        <translation>Reading the activity…</translation>
    </message>
    <message>
        <source>mis. Workshop Digitalisasi Layanan Publik</source>
        <translation>e.g. Workshop Digitalisasi Layanan Publik</translation>
    </message>
    <message>
        <source>Pilih jenis kegiatan…</source>
        <translation>Choose the type of activity…</translation>
    </message>
    <message>
        <source>mis. BPSDM Provinsi Jawa Barat</source>
        <translation>e.g. BPSDM Provinsi Jawa Barat</translation>
    </message>
    <message>
        <source>&amp;Nasional</source>
        <translation>&amp;National</translation>
    </message>
    <message>
        <source>&amp;Internasional</source>
        <translation>&amp;International</translation>
    </message>
    <message>
        <source>Nama kegiatan:</source>
        <translation>Activity name:</translation>
    </message>
    <message>
        <source>&amp;Jenis:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Latihan struktural:</source>
        <translation>Leadership training:</translation>
    </message>
    <message>
        <source>Penyelenggara:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Tempat:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>Lingkup:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Kompetensi:</source>
        <translation>Competency:</translation>
    </message>
    <message>
        <source>&amp;Mulai:</source>
        <translation>Sta&amp;rt:</translation>
    </message>
    <message>
        <source>S&amp;elesai:</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <source>Waktu dan JP</source>
        <translation>Time and JP</translation>
    </message>
    <message>
        <source>belum diketahui</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>tanpa batas nilai</source>
        <translation>no pass mark</translation>
    </message>
    <message>
        <source>1–4</source>
        <translation>1–4</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Fasilitas</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Pengajar</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <source>Biaya rencana (Rp):</source>
        <translation>Planned cost (Rp):</translation>
    </message>
    <message>
        <source>Biaya realisasi (Rp):</source>
        <translation>Actual cost (Rp):</translation>
    </message>
    <message>
        <source>Sumber dana:</source>
        <translation>Funding source:</translation>
    </message>
    <message>
        <source>Kehadiran minimal:</source>
        <translation>Minimum attendance:</translation>
    </message>
    <message>
        <source>Nilai lulus:</source>
        <translation>Pass mark:</translation>
    </message>
    <message>
        <source>Reaksi peserta:</source>
        <translation>Participant reaction:</translation>
    </message>
    <message>
        <source>Biaya dan evaluasi</source>
        <translation>Cost and evaluation</translation>
    </message>
    <message>
        <source>Catatan:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tambah &amp;peserta…</source>
        <translation>Add &amp;participants…</translation>
    </message>
    <message>
        <source>Ubah pese&amp;rta…</source>
        <translation>Edit p&amp;articipant…</translation>
    </message>
    <message>
        <source>Tandai &amp;lulus</source>
        <translation>Mark as passe&amp;d</translation>
    </message>
    <message>
        <source>&amp;Hapus peserta</source>
        <translation>Remo&amp;ve participants</translation>
    </message>
    <message>
        <source>Lampirkan sertifi&amp;kat…</source>
        <translation>Attach certi&amp;ficate…</translation>
    </message>
    <message>
        <source>&amp;Buka sertifikat</source>
        <translation>&amp;Open certificate</translation>
    </message>
    <message>
        <source>Lepas sertifikat</source>
        <translation>Detach certificate</translation>
    </message>
    <message>
        <source>Pilih banyak pegawai sekaligus dari daftar pegawai, lalu daftarkan.</source>
        <translation>Choose several employees at once from the employee register, then enrol them.</translation>
    </message>
    <message>
        <source>Hasil baris terpilih menjadi Lulus (disimpan dengan Simpan).</source>
        <translation>The result of the selected rows becomes Passed (saved with Save).</translation>
    </message>
    <message>
        <source>Dihitung dari JP yang tercantum pada STTP</source>
        <translation>Counted from the JP stated on the STTP</translation>
    </message>
    <message>
        <source>Dihitung per {0}</source>
        <translation>Counted per {0}</translation>
    </message>
    <message>
        <source>nilai konversi belum dikonfirmasi</source>
        <translation>conversion value not confirmed yet</translation>
    </message>
    <message>
        <source>(belum dipilih)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>(tidak disebut)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>{0} wajib diisi.</source>
        <translation>{0} is required.</translation>
    </message>
    <message>
        <source>Nilai lulus</source>
        <translation>Pass mark</translation>
    </message>
    <message>
        <source>Nilai reaksi penyelenggara</source>
        <translation>Provider reaction score</translation>
    </message>
    <message>
        <source>Nilai reaksi fasilitas</source>
        <translation>Facilities reaction score</translation>
    </message>
    <message>
        <source>Nilai reaksi pengajar</source>
        <translation>Trainers reaction score</translation>
    </message>
    <message>
        <source>Biaya rencana</source>
        <translation>Planned cost</translation>
    </message>
    <message>
        <source>Biaya realisasi</source>
        <translation>Actual cost</translation>
    </message>
    <message>
        <source>isi jenis, tanggal dan jumlahnya.</source>
        <translation>enter the type, the dates and the amount.</translation>
    </message>
    <message>
        <source>isi tanggal dan jumlahnya.</source>
        <translation>enter the dates and the amount.</translation>
    </message>
    <message>
        <source>JP dihitung: belum dapat dihitung — {0}</source>
        <translation>JP counted: cannot be counted yet — {0}</translation>
    </message>
    <message>
        <source>JP dihitung: &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>JP counted: &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <source>Skala 1–4; indeks reaksi {0} dari 100.</source>
        <translation>Scale 1–4; reaction index {0} out of 100.</translation>
    </message>
    <message>
        <source>Skala 1–4 (rata-rata survei peserta); boleh kosong.</source>
        <translation>Scale 1–4 (mean of the participant survey); may be left empty.</translation>
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
        <source>Tidak ada perubahan untuk disimpan.</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Sudah diubah di tempat lain</source>
        <translation>Changed elsewhere</translation>
    </message>
    <message>
        <source>Muat ulang kegiatan ini dari basis data? Perubahan Anda yang belum disimpan dibuang.</source>
        <translation>Reload this activity from the database? Your unsaved changes are discarded.</translation>
    </message>
    <message>
        <source>Lihat pese&amp;rta…</source>
        <translation>View p&amp;articipant…</translation>
    </message>
    <message>
        <source>{0} peserta · {1} dikreditkan JP</source>
        <translation>{0} participants · {1} credited with JP</translation>
    </message>
    <message>
        <source>{0} masih di bawah target JP {1}</source>
        <translation>{0} still below the {1} JP target</translation>
    </message>
    <message>
        <source>{0} perubahan peserta belum disimpan</source>
        <translation>{0} participant changes not saved yet</translation>
    </message>
    <message>
        <source>Peserta ({0})</source>
        <translation>Participants ({0})</translation>
    </message>
    <message>
        <source>{0} peserta didaftarkan.</source>
        <translation>{0} participants enrolled.</translation>
    </message>
    <message>
        <source>Hapus {0} dari peserta kegiatan ini?</source>
        <translation>Remove {0} from the participants of this activity?</translation>
    </message>
    <message>
        <source>Hapus {0} peserta terpilih dari kegiatan ini?</source>
        <translation>Remove the {0} selected participants from this activity?</translation>
    </message>
    <message>
        <source>JP kegiatan ini tidak lagi dihitung bagi mereka.</source>
        <translation>This activity&apos;s JP will no longer count for them.</translation>
    </message>
    <message>
        <source>Hapus peserta</source>
        <translation>Remove participants</translation>
    </message>
    <message>
        <source>{0} peserta dihapus.</source>
        <translation>{0} participants removed.</translation>
    </message>
    <message>
        <source>Lampirkan sertifikat — {0}</source>
        <translation>Attach certificate — {0}</translation>
    </message>
    <message>
        <source>Sertifikat (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Certificates (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Sertifikat {0} dilampirkan.</source>
        <translation>Certificate of {0} attached.</translation>
    </message>
    <message>
        <source>Lepas berkas sertifikat {0}?</source>
        <translation>Detach the certificate file of {0}?</translation>
    </message>
    <message>
        <source>Berkas sertifikat tidak dapat ditulis: {0}</source>
        <translation>The certificate file cannot be written: {0}</translation>
    </message>
    <message>
        <source>{0} (hanya baca)</source>
        <translation>{0} (read only)</translation>
    </message>
    <message>
        <source>Perubahan kegiatan ini belum disimpan.</source>
        <translation>The changes to this activity are not saved.</translation>
    </message>
    <message>
        <source>Perubahan kegiatan ini dan {0} pesertanya belum disimpan.</source>
        <translation>The changes to this activity and to {0} of its participants are not saved.</translation>
    </message>
    <message>
        <source>Simpan perubahan?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>Simpan sekarang?</source>
        <translation>Save now?</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Terjadi kesalahan yang tidak terduga: {0}</source>
        <translation>An unexpected error occurred: {0}</translation>
    </message>
    <message>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>Tahun JP dihitung: tahun kegiatan selesai.</source>
        <translation>JP count in the year the activity ends.</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Klasikal dan nonklasikal</source>
        <translation>Classroom and non-classroom</translation>
    </message>
    <message>
        <source>Semua penyelenggara</source>
        <translation>All providers</translation>
    </message>
    <message>
        <source>Cari nama kegiatan, penyelenggara, tempat…</source>
        <translation>Search activity name, provider, venue…</translation>
    </message>
    <message>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Jenis:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Penyelenggara:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Hapus saringan</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Tampilkan semua kegiatan dari semua tahun.</source>
        <translation>Show all activities of all years.</translation>
    </message>
    <message>
        <source>Tambah kegiatan…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <source>&amp;Tambah kegiatan…</source>
        <translation>&amp;Add activity…</translation>
    </message>
    <message>
        <source>Catat kegiatan pengembangan kompetensi baru beserta pesertanya.</source>
        <translation>Record a new competency development activity and its participants.</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Buka kegiatan terpilih: isian, JP, dan pesertanya.</source>
        <translation>Open the selected activity: its details, JP and participants.</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Hapus kegiatan terpilih beserta pesertanya.</source>
        <translation>Delete the selected activity and its participants.</translation>
    </message>
    <message>
        <source>&amp;Ekspor ke Excel…</source>
        <translation>E&amp;xport to Excel…</translation>
    </message>
    <message>
        <source>Simpan daftar kegiatan yang tampil ke berkas .xlsx.</source>
        <translation>Save the list of activities shown to an .xlsx file.</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Baca ulang daftar dari basis data.</source>
        <translation>Read the list from the database again.</translation>
    </message>
    <message>
        <source>Tindakan kegiatan</source>
        <translation>Activity actions</translation>
    </message>
    <message>
        <source>&amp;Lihat…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <source>{0} kegiatan</source>
        <translation>{0} activities</translation>
    </message>
    <message>
        <source>Belum ada kegiatan pengembangan kompetensi yang dicatat.</source>
        <translation>No competency development activities have been recorded yet.</translation>
    </message>
    <message>
        <source>Tidak ada kegiatan yang selesai pada tahun {0}.</source>
        <translation>No activities ended in {0}.</translation>
    </message>
    <message>
        <source>Tidak ada kegiatan yang cocok dengan saringan ini.</source>
        <translation>No activities match these filters.</translation>
    </message>
    <message>
        <source>Hapus kegiatan “{0}” ({1})?</source>
        <translation>Delete the activity “{0}” ({1})?</translation>
    </message>
    <message>
        <source>{0} pesertanya ikut dihapus, dan JP kegiatan ini tidak lagi dihitung bagi mereka.</source>
        <translation>Its {0} participants are removed as well, and this activity&apos;s JP will no longer count for them.</translation>
    </message>
    <message>
        <source>Hapus kegiatan</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Kegiatan “{0}” dihapus.</source>
        <translation>Activity “{0}” deleted.</translation>
    </message>
    <message>
        <source>Menghapus…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>Ekspor daftar kegiatan</source>
        <translation>Export the list of activities</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>{0} kegiatan diekspor ke {1}</source>
        <translation>{0} activities exported to {1}</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; berkas tidak dibuat.</source>
        <translation>Export cancelled; no file was made.</translation>
    </message>
</context>
<context>
    <name>TrainingTable</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nama kegiatan</source>
        <translation>Activity name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bentuk</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Penyelenggara</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Peserta</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Indeks reaksi</source>
        <translation>Reaction index</translation>
    </message>
    <message>
        <source>{0} JP</source>
        <translation>{0} JP</translation>
    </message>
    <message>
        <source>Klasikal</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <source>Nonklasikal</source>
        <translation>Non-classroom</translation>
    </message>
    <message>
        <source>(dihapus)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>(luar negeri)</source>
        <translation>(abroad)</translation>
    </message>
    <message>
        <source>{0} (internasional)</source>
        <translation>{0} (international)</translation>
    </message>
    <message>
        <source>{0} dari {1}; nilai konversi JP jenis ini belum dikonfirmasi.</source>
        <translation>{0} from {1}; the JP conversion value of this type is not confirmed yet.</translation>
    </message>
    <message>
        <source>{0} dari {1}</source>
        <translation>{0} from {1}</translation>
    </message>
    <message>
        <source>Rencana {0}; realisasi belum diisi.</source>
        <translation>Planned {0}; actual not entered yet.</translation>
    </message>
    <message>
        <source>Rencana {0}; realisasi {1}.</source>
        <translation>Planned {0}; actual {1}.</translation>
    </message>
    <message>
        <source>Belum ada survei reaksi peserta.</source>
        <translation>No participant reaction survey yet.</translation>
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
        <source>Tampilkan unit tidak aktif</source>
        <translation>Show retired units</translation>
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
        <source>Pindahkan…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Nonaktifkan…</source>
        <translation>Retire…</translation>
    </message>
    <message>
        <source>Aktifkan kembali</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Unit baru ditambahkan di bawah unit yang dipilih (tanpa pilihan: unit teratas).</source>
        <translation>A new unit is added under the selected unit (with nothing selected: a top-level unit).</translation>
    </message>
    <message>
        <source>{0} (tidak aktif)</source>
        <translation>{0} (retired)</translation>
    </message>
    <message>
        <source>Tidak aktif sejak {0}.</source>
        <translation>Retired since {0}.</translation>
    </message>
    <message>
        <source>Nama sebelumnya:</source>
        <translation>Former names:</translation>
    </message>
    <message>
        <source>• {0} ({1}), sampai {2}</source>
        <translation>• {0} ({1}), until {2}</translation>
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
    <message>
        <source>Nonaktifkan unit kerja</source>
        <translation>Retire unit</translation>
    </message>
    <message>
        <source>Nonaktifkan {0}? Unit ini tetap tercatat di riwayat dan ekspor, tetapi tidak lagi ditawarkan di filter dan pilihan unit. Unit dapat diaktifkan kembali.</source>
        <translation>Retire {0}? The unit stays in the histories and exports but is no longer offered in filters and unit choices. It can be reactivated.</translation>
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
        <source>Ubah riwayat unit kerja</source>
        <translation>Edit work unit history</translation>
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
    <name>UnitMoveDialog</name>
    <message>
        <source>Pindahkan {0}</source>
        <translation>Move {0}</translation>
    </message>
    <message>
        <source>(unit teratas)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>Unit ini dipindahkan bersama semua unit di bawahnya.</source>
        <translation>The unit is moved together with all units below it.</translation>
    </message>
    <message>
        <source>Unit induk baru</source>
        <translation>New parent unit</translation>
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
    <name>XlsxExport</name>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Menulis {0} dari {1} baris…</source>
        <translation>Writing {0} of {1} rows…</translation>
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
<context>
    <name>_FormDialog</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
