"""The yearly development plan (AKPK): drafted within the budget, edited, approved, exported.

The agency of services/appraisal_helpers (8 people, appraisals of 2026) plans 2027. Its
competency data (assessments, position standards, the development history that gives the
JP of 2026 and the providers, the budget) is written through the bulk path, as an import
would write it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from openpyxl import load_workbook
from sqlalchemy import func, select

from asn_desktop.db.access_models import AuditEntry
from asn_desktop.db.backup import copy_database
from asn_desktop.db.competency_models import (
    AnggaranPelatihan,
    Asesmen,
    AsesmenNilai,
    Pelatihan,
    PesertaPelatihan,
    RencanaItem,
    RencanaPengembangan,
    StandarKompetensi,
)
from asn_desktop.domain import FieldProblem
from asn_desktop.domain.akpk import rute_bawaan
from asn_desktop.domain.tanggal import format_tanggal, format_tanggal_angka
from asn_desktop.services.akpk import (
    KODE_PEMENUHAN_JP,
    KODE_TEKNIS_JABATAN,
    PENYEBAB_JP,
    PENYEBAB_KINERJA,
    PENYEBAB_KOMPETENSI,
    SORT_KEYS,
    ItemDraft,
    ItemQuery,
    ItemRow,
    PlanService,
)
from asn_desktop.services.appraisals import AppraisalService, EvaluasiDraft, UmpanBalikInput
from asn_desktop.services.bulk import BulkService, BulkWriter
from asn_desktop.services.database import Database
from asn_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    ServiceError,
    StaleRecord,
    ValidationFailed,
)
from asn_desktop.services.jp_compliance import ComplianceService
from asn_desktop.services.profil_kompetensi import kunci_jabatan
from asn_desktop.services.training_budget import BudgetService

from .appraisal_helpers import (
    BY_KEY,
    TODAY,
    Tree,
    appraisal_template,
    fingerprint,
    full_evaluasi,
    make_skp,
    rated_evaluasi,
)

TAHUN = 2027
KLASIKAL = rute_bawaan("manajerial")[0]  # Pelatihan Manajerial, Rp 3.500.000, closes 2
MEETS = 40.0  # JP of 2026 comfortably above the target of 20
# Approvals are dated on or after the day the plan was generated: today.
SIGNED = date.today()


@dataclass
class Riwayat:
    """One development activity of the history."""

    peserta: Sequence[str]  # people's keys
    jp: float = 24.0
    kode: str = ""
    penyelenggara: str = "Lembaga Uji"
    biaya: int = 0
    reaksi: tuple[float, float, float] | None = None
    selesai: date = date(2026, 6, 30)
    klasikal: bool = True


@dataclass
class Data:
    budget: int | None = 0
    levels: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    standards: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # jabatan
    jp: Mapping[str, float] = field(default_factory=dict)  # default MEETS
    history: Sequence[Riwayat] = ()


def seed(db: Database, tree: Tree, data: Data) -> None:
    def fill(w: BulkWriter) -> None:
        if data.budget is not None:
            w.insert(
                AnggaranPelatihan,
                [{"tahun": TAHUN, "sumber_dana": "APBD", "jumlah": data.budget}],
            )
        w.insert(
            StandarKompetensi,
            [
                {
                    "jenis_jabatan": next(
                        p.jenis_jabatan for p in BY_KEY.values() if p.jabatan == j
                    ),
                    "jabatan_nama": j,
                    "jabatan_kunci": kunci_jabatan(j),
                    "kompetensi_kode": kode,
                    "level": level,
                }
                for j, levels in data.standards.items()
                for kode, level in levels.items()
            ],
        )
        assessed = list(data.levels.items())
        ids = w.reserve_ids(Asesmen, len(assessed))
        w.insert(
            Asesmen,
            [
                {"id": i, "employee_id": tree.people[key], "tanggal": date(2026, 3, 1)}
                for i, (key, _) in zip(ids, assessed, strict=True)
            ],
        )
        w.insert(
            AsesmenNilai,
            [
                {"asesmen_id": i, "kompetensi_kode": kode, "level": level}
                for i, (_, levels) in zip(ids, assessed, strict=True)
                for kode, level in levels.items()
            ],
        )
        activities = [
            Riwayat([key], jp=data.jp.get(key, MEETS))
            for key in tree.people
            if data.jp.get(key, MEETS)
        ]
        activities += list(data.history)
        act_ids = w.reserve_ids(Pelatihan, len(activities))
        rows = []
        for i, (act_id, a) in enumerate(zip(act_ids, activities, strict=True)):
            rows.append(
                {
                    "id": act_id,
                    "nama": f"Kegiatan {i}",
                    "jenis_diklat": "3" if a.klasikal else "14",
                    "klasikal": a.klasikal,
                    "penyelenggara": a.penyelenggara,
                    "mulai": date(a.selesai.year, a.selesai.month, 1),
                    "selesai": a.selesai,
                    "tahun": a.selesai.year,
                    "satuan": "jp",
                    "jumlah": a.jp,
                    "jp": a.jp,
                    "kompetensi_kode": a.kode,
                    "biaya_rencana": a.biaya,
                    "reaksi_penyelenggara": a.reaksi[0] if a.reaksi else None,
                    "reaksi_fasilitas": a.reaksi[1] if a.reaksi else None,
                    "reaksi_pengajar": a.reaksi[2] if a.reaksi else None,
                }
            )
        w.insert(Pelatihan, rows)
        w.insert(
            PesertaPelatihan,
            [
                {"pelatihan_id": act_id, "employee_id": tree.people[key], "hasil": "lulus"}
                for act_id, a in zip(act_ids, activities, strict=True)
                for key in a.peserta
            ],
        )

    BulkService(db).run(fill, action_detail="Uji AKPK")


# The common case: gaps that cost money (kadis, kabid) and gaps a free route closes (ahmad).
GAPS: dict[str, dict[str, int]] = {
    "kadis": {"integritas": 2, "kerjasama": 1, "komunikasi": 4},  # JPT standard 4
    "kabid": {"orientasi_hasil": 1, "pelayanan_publik": 2},  # administrator standard 3
    "kasi": {"integritas": 2, "kerjasama": 2},  # pengawas standard 2: no gap
    "ahmad": {"pengembangan_diri": 1},  # fungsional keahlian standard 2
}


@pytest.fixture(scope="session")
def template(lean_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Tree]:
    return appraisal_template(lean_template, tmp_path_factory)


@pytest.fixture
def db_path(template: tuple[Path, Tree], tmp_path: Path) -> Path:
    dest = tmp_path / "asn.sqlite"
    copy_database(template[0], dest)
    return dest


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_as(db_path)
    yield database
    database.close()


@pytest.fixture
def tree(template: tuple[Path, Tree]) -> Tree:
    return template[1]


@pytest.fixture
def plans(db: Database) -> PlanService:
    return PlanService(db)


def _all(plans: PlanService, tahun: int = TAHUN) -> list[ItemRow]:
    rows = plans.item_rows(plans.item_ids(tahun))
    return sorted(rows.values(), key=lambda r: r.urutan)


def _of(rows: Sequence[ItemRow], tree: Tree, key: str) -> dict[str, ItemRow]:
    return {r.kompetensi_kode: r for r in rows if r.employee_id == tree.people[key]}


def _generate(plans: PlanService, **kwargs: Any) -> Any:
    return plans.generate(TAHUN, today=TODAY, **kwargs)


# -- the budget ---------------------------------------------------------------------------------


@pytest.mark.parametrize("budget", [0, 3_400_000, 3_500_000, 7_000_000, 10_500_000, 10**10])
def test_the_plan_never_exceeds_the_budget(
    db: Database, plans: PlanService, tree: Tree, budget: int
) -> None:
    seed(db, tree, Data(budget=budget, levels=GAPS))
    result = _generate(plans)
    record = plans.rencana(TAHUN)
    assert record is not None and record.status == "draft"
    rows = _all(plans)
    funded = sum(r.biaya for r in rows if r.didanai)
    assert funded == result.biaya_didanai == record.biaya_didanai <= budget
    assert record.anggaran == result.anggaran == budget
    assert record.sisa_anggaran == budget - funded == result.sisa
    assert not record.melebihi_anggaran
    # Needs: kadis integritas (2) and kerjasama (3), kabid orientasi_hasil (2) at Rp 3.5 M
    # each; kabid pelayanan_publik and ahmad pengembangan_diri (1) closed by a free route.
    assert [(r.nip, r.kompetensi_kode) for r in rows] == [
        (BY_KEY["kadis"].nip, "integritas"),
        (BY_KEY["kadis"].nip, "kerjasama"),
        (BY_KEY["kabid"].nip, "orientasi_hasil"),
        (BY_KEY["kabid"].nip, "pelayanan_publik"),
        (BY_KEY["ahmad"].nip, "pengembangan_diri"),
    ]
    classroom = [r for r in rows if r.didanai and r.biaya == KLASIKAL.biaya]
    assert len(classroom) == min(3, budget // KLASIKAL.biaya)
    # What stays unfunded is listed with what it would cost, and adds up to the record.
    short = plans.tidak_didanai(TAHUN)
    assert len(short) == 3 - len(classroom)
    assert all(r.biaya_tidak_didanai == KLASIKAL.biaya for r in short)
    assert sum(r.biaya_tidak_didanai for r in short) == record.biaya_tidak_didanai
    assert record.biaya_tidak_didanai == result.biaya_tidak_didanai
    # Below the budget, a cost-bearing need gets a low-cost route rather than nothing.
    assert all(r.didanai and r.biaya < KLASIKAL.biaya and r.biaya_ideal > 0 for r in short)
    assert all(r.alasan.startswith("rute biaya rendah") for r in short)
    free = _of(rows, tree, "ahmad")["pengembangan_diri"]
    assert (free.didanai, free.biaya, free.jalur) == (True, 0, "nonklasikal")


def test_higher_gap_per_rupiah_is_funded_first(
    db: Database, plans: PlanService, tree: Tree
) -> None:
    """kadis' integritas has a provider at Rp 1 M in the history, komunikasi only the default
    Rp 3.5 M: with Rp 3 M, the gap closed per rupiah decides."""
    data = Data(
        budget=3_000_000,
        levels={"kadis": {"integritas": 2, "komunikasi": 2}},
        history=[
            Riwayat(["kasi"], kode="integritas", penyelenggara="Pusdiklat Murah", biaya=1_000_000)
        ],
    )
    seed(db, tree, data)
    _generate(plans)
    rows = _of(_all(plans), tree, "kadis")
    cheap, dear = rows["integritas"], rows["komunikasi"]
    assert (cheap.didanai, cheap.biaya, cheap.penyelenggara) == (True, 1_000_000, "Pusdiklat Murah")
    assert cheap.biaya_ideal == 0 and cheap.prioritas == 1
    assert dear.biaya < KLASIKAL.biaya and dear.biaya_ideal == KLASIKAL.biaya
    assert dear.penyelenggara != "Pusdiklat Murah"
    # Funded activities are spread over the months, the priority ones first.
    assert 1 <= cheap.bulan <= 12 and 1 <= dear.bulan <= 12


def test_the_best_provider_of_the_history_is_proposed(
    db: Database, plans: PlanService, tree: Tree
) -> None:
    """The highest mean reaction score wins; between equal scores the lower cost per JP; a
    provider nobody scored comes after; nonklasikal activities do not count."""
    history = [
        Riwayat(["kasi", "siti"], kode="kerjasama", penyelenggara="A", biaya=6_000_000,
                reaksi=(3.0, 3.0, 3.0)),
        Riwayat(["kasi"], kode="kerjasama", penyelenggara="B", biaya=2_000_000, jp=40,
                reaksi=(3.5, 3.5, 3.5)),
        Riwayat(["kasi"], kode="kerjasama", penyelenggara="C", biaya=2_000_000, jp=20,
                reaksi=(3.5, 3.5, 3.5)),
        Riwayat(["kasi"], kode="kerjasama", penyelenggara="D", biaya=10),
        Riwayat(["kasi"], kode="kerjasama", penyelenggara="E", klasikal=False,
                reaksi=(4.0, 4.0, 4.0)),
    ]  # fmt: skip
    seed(db, tree, Data(budget=10**9, levels={"kadis": {"kerjasama": 1}}, history=history))
    _generate(plans)
    item = _of(_all(plans), tree, "kadis")["kerjasama"]
    # B and C score alike; B's 40 JP for Rp 2 M is the cheaper JP. Its cost per participant.
    assert (item.penyelenggara, item.biaya, item.rute) == ("B", 2_000_000, KLASIKAL.nama)


def test_every_employee_below_target_gets_an_item(
    db: Database, plans: PlanService, tree: Tree
) -> None:
    """siti (no assessment) and dewi (PPPK) are below 20 JP in 2026, kadis too with a
    costly gap: even with no budget, each gets a funded activity, at no cost."""
    seed(db, tree, Data(budget=0, levels=GAPS, jp={"siti": 0, "dewi": 6, "kadis": 12}))
    result = _generate(plans)
    record = plans.rencana(TAHUN)
    assert record is not None
    assert (result.di_bawah_target, result.di_bawah_target_didanai) == (3, 3)
    assert (record.di_bawah_target, record.di_bawah_target_didanai) == (3, 3)
    # The same people the compliance report of 2026 lists below target.
    laporan = ComplianceService(db).laporan(2026, as_of=TODAY)
    below = {p.employee_id for p in laporan.pegawai if not p.memenuhi}
    assert below == {tree.people[k] for k in ("siti", "dewi", "kadis")}
    rows = _all(plans)
    for key, jp in (("siti", 0), ("dewi", 6)):
        mine = _of(rows, tree, key)
        assert list(mine) == [KODE_PEMENUHAN_JP], key
        item = mine[KODE_PEMENUHAN_JP]
        assert (item.kompetensi_nama, item.penyebab, item.prioritas) == (
            "Pemenuhan JP",
            f"{PENYEBAB_JP} ({jp} dari 20 JP 2026)",
            3,
        )
        assert item.didanai and item.biaya == 0 and item.jalur == "nonklasikal"
    kadis = _of(rows, tree, "kadis")
    assert {r.penyebab for r in kadis.values()} == {
        f"{PENYEBAB_KOMPETENSI}, {PENYEBAB_JP} (12 dari 20 JP 2026)"
    }
    assert any(r.didanai for r in kadis.values())
    # Those who meet the target get no "Pemenuhan JP" item and no JP cause.
    assert not any(PENYEBAB_JP in r.penyebab for r in _of(rows, tree, "kabid").values())
    assert sum(r.biaya for r in rows if r.didanai) == 0


def test_jp_of_the_year_before_counts_to_the_day_of_drafting(
    db: Database, plans: PlanService, tree: Tree
) -> None:
    """An activity ending in December 2026 counts for a plan drafted after it, not before."""
    late = Riwayat(["siti"], jp=30, selesai=date(2026, 12, 20))
    seed(db, tree, Data(budget=0, jp={"siti": 0}, history=[late]))
    assert plans.generate(TAHUN, today=date(2026, 12, 1)).di_bawah_target == 1
    assert plans.generate(TAHUN, today=date(2026, 12, 21), replace=True).di_bawah_target == 0


# -- performance gaps -----------------------------------------------------------------------------


def test_performance_gaps_appear_as_needs(db: Database, plans: PlanService, tree: Tree) -> None:
    appraisals = AppraisalService(db)
    ahmad_skp = make_skp(appraisals, tree.people["ahmad"])
    rhk = appraisals.skp(ahmad_skp).rhk
    draft = full_evaluasi(appraisals, ahmad_skp, "sesuai", "sesuai")
    ahmad = appraisals.save_evaluasi(
        ahmad_skp,
        "akhir",
        EvaluasiDraft(
            rating_hasil_kerja="sesuai",
            rating_perilaku="sesuai",
            realisasi=draft.realisasi,
            umpan_balik=(
                UmpanBalikInput("Aplikasi kedua belum selesai", "di_bawah", rhk_id=rhk[0].id),
                UmpanBalikInput("Lambat menanggapi", "di_bawah", kode="berorientasi_pelayanan"),
            ),
            tanggal_penetapan=TODAY,
        ),
    )
    # siti: overall rating below, never assessed; kasi: overall below, weakest assessed.
    siti = rated_evaluasi(appraisals, tree.people["siti"], "di_bawah", "sesuai")
    kasi = rated_evaluasi(appraisals, tree.people["kasi"], "sesuai", "di_bawah")
    appraisals.finalise([ahmad, siti, kasi], confirm_distribution=True)
    seed(db, tree, Data(budget=10**9, levels={"kasi": {"integritas": 2, "komunikasi": 3}}))

    _generate(plans)
    rows = _all(plans)
    mine = _of(rows, tree, "ahmad")
    assert set(mine) == {KODE_TEKNIS_JABATAN, "pelayanan_publik"}
    teknis = mine[KODE_TEKNIS_JABATAN]
    assert teknis.kompetensi_nama == f"Kompetensi teknis: {BY_KEY['ahmad'].jabatan}"
    assert teknis.kesenjangan_kinerja == (f"Hasil kerja 2026 di bawah ekspektasi: {rhk[0].rhk}")
    assert (teknis.penyebab, teknis.prioritas) == (PENYEBAB_KINERJA, 1)
    # One level to close: coaching closes it at no cost (the ideal route, funded).
    assert (teknis.rute, teknis.biaya, teknis.didanai) == ("Coaching", 0, True)
    pelayanan = mine["pelayanan_publik"]
    assert pelayanan.kompetensi_nama == "Pelayanan Publik"
    assert pelayanan.kesenjangan_kinerja == (
        "Perilaku kerja 2026 di bawah ekspektasi: Berorientasi Pelayanan"
    )
    assert (pelayanan.standar, pelayanan.aktual) == (2, None)
    siti_rows = _of(rows, tree, "siti")
    assert list(siti_rows) == [KODE_TEKNIS_JABATAN]
    assert siti_rows[KODE_TEKNIS_JABATAN].kesenjangan_kinerja == (
        "Rating hasil kerja 2026 di bawah ekspektasi"
    )
    # kasi meets the standard of 2 everywhere: integritas (2 of 2) is the weakest.
    kasi_rows = _of(rows, tree, "kasi")
    assert list(kasi_rows) == ["integritas"]
    assert kasi_rows["integritas"].kesenjangan_kinerja == (
        "Rating perilaku kerja 2026 di bawah ekspektasi"
    )
    assert (kasi_rows["integritas"].standar, kasi_rows["integritas"].aktual) == (2, 2)
    # Without appraisals of 2026 (a plan of 2026 reads 2025), the same people have no needs.
    plans.generate(2026, today=TODAY)
    assert not any(r.kesenjangan_kinerja for r in _all(plans, 2026))


def test_a_competency_gap_and_a_performance_gap_are_one_need(
    db: Database, plans: PlanService, tree: Tree
) -> None:
    appraisals = AppraisalService(db)
    skp = make_skp(appraisals, tree.people["siti"])
    draft = full_evaluasi(appraisals, skp)
    evaluasi = appraisals.save_evaluasi(
        skp,
        "akhir",
        EvaluasiDraft(
            rating_hasil_kerja="sesuai",
            rating_perilaku="sesuai",
            realisasi=draft.realisasi,
            umpan_balik=(UmpanBalikInput("Belum mandiri", "di_bawah", kode="kompeten"),),
            tanggal_penetapan=TODAY,
        ),
    )
    appraisals.finalise([evaluasi], confirm_distribution=True)
    seed(db, tree, Data(budget=0, levels={"siti": {"pengembangan_diri": 1}}))
    _generate(plans)
    (item,) = _of(_all(plans), tree, "siti").values()
    assert item.kompetensi_kode == "pengembangan_diri"
    assert item.penyebab == f"{PENYEBAB_KOMPETENSI}, {PENYEBAB_KINERJA}"
    assert (item.standar, item.aktual, item.prioritas) == (2, 1, 1)


# -- replacing --------------------------------------------------------------------------------


def test_an_approved_plan_is_never_replaced(db: Database, plans: PlanService, tree: Tree) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    _generate(plans)
    record = plans.rencana(TAHUN)
    assert record is not None
    plans.setujui(TAHUN, "atasan", oleh="Rina", tanggal=SIGNED, expected_revision=record.revision)
    before = _all(plans)
    with pytest.raises(ServiceError) as caught:
        _generate(plans, replace=True)
    assert "Disetujui atasan" in str(caught.value)
    assert "Kembalikan ke draf dahulu" in str(caught.value)
    assert _all(plans) == before
    approved = plans.rencana(TAHUN)
    assert approved is not None and approved.status == "disetujui_atasan"


def test_a_draft_is_replaced_only_when_asked(db: Database, plans: PlanService, tree: Tree) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    first = _generate(plans)
    assert not first.menggantikan
    with pytest.raises(ServiceError, match="sudah ada"):
        _generate(plans)
    second = _generate(plans, replace=True)
    assert second.menggantikan and second.plan_id != first.plan_id
    assert second.butir == first.butir == len(_all(plans))
    with db.reading() as session:
        old = session.get(RencanaPengembangan, first.plan_id)
        assert old is not None and old.deleted_at is not None
        tombstones = session.scalar(
            select(func.count())
            .select_from(RencanaItem)
            .where(RencanaItem.rencana_id == first.plan_id, RencanaItem.deleted_at.is_not(None))
        )
        assert tombstones == first.butir
        # One entry for all the items of each draft, plus the plans' own entries.
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.entity_type).where(
                AuditEntry.entity_type.in_(("rencana_item", "rencana_pengembangan"))
            )
        ).all()
    assert sorted(entries) == sorted(
        [
            ("create", "rencana_item"),
            ("create", "rencana_pengembangan"),
            ("create", "rencana_item"),
            ("delete", "rencana_pengembangan"),
            ("create", "rencana_pengembangan"),
        ]
    )


@pytest.mark.parametrize("replace", [False, True])
def test_a_plan_another_clerk_saved_while_drafting_stays(
    db: Database,
    db_path: Path,
    plans: PlanService,
    tree: Tree,
    monkeypatch: pytest.MonkeyPatch,
    replace: bool,
) -> None:
    """Both clerks saw the year without a plan (or with the same draft, both asking to
    replace it); the other one's draft is saved while this one's is computed. This one is
    refused naming who saved theirs, and theirs stays whole."""
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    first = _generate(plans) if replace else None
    other = open_as(db_path, "operator")
    theirs: list[Any] = []
    real = PlanService._inputs

    def inputs_then_the_other_clerk(self: PlanService, tahun: int, today: date) -> Any:
        found = real(self, tahun, today)
        if not theirs:
            theirs.append(None)  # first: the other clerk's drafting reads its inputs too
            theirs[0] = PlanService(other).generate(TAHUN, replace=replace, today=TODAY)
        return found

    monkeypatch.setattr(PlanService, "_inputs", inputs_then_the_other_clerk)
    try:
        with pytest.raises(StaleRecord) as caught:
            _generate(plans, replace=replace)
    finally:
        other.close()
    message = str(caught.value)
    assert message.startswith(
        f"Rencana pengembangan kompetensi {TAHUN} baru saja disimpan oleh operator ("
    ), message
    assert message.endswith("Rancangan Anda tidak disimpan."), message
    winner = theirs[0]
    assert winner.butir > 0 and winner.menggantikan is replace
    record = plans.rencana(TAHUN)
    assert record is not None and record.id == winner.plan_id
    items = _all(plans)
    assert len(items) == winner.butir == record.butir
    assert {i.rencana_id for i in items} == {winner.plan_id}
    with db.reading() as session:
        made = session.scalars(
            select(RencanaPengembangan.id)
            .where(RencanaPengembangan.tahun == TAHUN)
            .order_by(RencanaPengembangan.id)
        ).all()
    assert made == ([first.plan_id] if first else []) + [winner.plan_id]


def test_an_item_edited_while_redrafting_is_not_lost(
    db: Database,
    db_path: Path,
    plans: PlanService,
    tree: Tree,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    first = _generate(plans)
    row = _all(plans)[0]
    other = open_as(db_path, "operator")
    real = PlanService._inputs
    edited: list[bool] = []

    def inputs_then_an_edit(self: PlanService, tahun: int, today: date) -> Any:
        found = real(self, tahun, today)
        if not edited:
            edited.append(True)
            PlanService(other).update_item(
                row.id, replace_draft(row, catatan="Gelombang II"), expected_revision=row.revision
            )
        return found

    monkeypatch.setattr(PlanService, "_inputs", inputs_then_an_edit)
    try:
        with pytest.raises(StaleRecord, match="baru saja disimpan oleh operator"):
            _generate(plans, replace=True)
    finally:
        other.close()
    record = plans.rencana(TAHUN)
    assert record is not None and record.id == first.plan_id
    assert plans.item_rows([row.id])[row.id].catatan == "Gelombang II"
    assert len(_all(plans)) == first.butir


def test_generated_rows_are_stamped(db: Database, plans: PlanService, tree: Tree) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    _generate(plans)
    with db.reading() as session:
        rows = session.scalars(select(RencanaItem)).all()
        seqs = [r.change_seq for r in rows]
        assert len(set(seqs)) == len(rows) and min(seqs) > 0
        assert {(r.revision, r.updated_by) for r in rows} == {(1, "admin")}
        assert len({r.uuid for r in rows}) == len(rows)
        item = rows[0]
        assert item.nama == "Dr. Bambang Hermawan, M.Si." and item.unit


# -- approving ----------------------------------------------------------------------------------


def test_approval_goes_atasan_pyb_ppk_in_order(
    db: Database, plans: PlanService, tree: Tree
) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    _generate(plans)

    def revision() -> int:
        record = plans.rencana(TAHUN)
        assert record is not None
        return record.revision

    def refused(langkah: str, words: str) -> None:
        with pytest.raises(ServiceError) as caught:
            plans.setujui(TAHUN, langkah, oleh="X", tanggal=SIGNED, expected_revision=revision())
        assert words in str(caught.value), str(caught.value)

    refused("pyb", "berstatus Draf")
    refused("ppk", "berstatus Draf")
    plans.setujui(
        TAHUN, "atasan", oleh="Rina Kartika", tanggal=SIGNED, expected_revision=revision()
    )
    refused("atasan", "sudah berstatus Disetujui atasan; persetujuan atasan tidak dapat diulang")
    refused("ppk", "berstatus Disetujui atasan")
    plans.setujui(TAHUN, "pyb", oleh="Agus", tanggal=SIGNED, expected_revision=revision())
    plans.setujui(TAHUN, "ppk", oleh="Wali Kota", tanggal=SIGNED, expected_revision=revision())
    refused("ppk", "sudah berstatus Ditetapkan PPK")
    record = plans.rencana(TAHUN)
    assert record is not None and record.status == "ditetapkan_ppk"
    assert (
        record.disetujui_atasan_oleh,
        record.disetujui_pyb_oleh,
        record.ditetapkan_ppk_oleh,
    ) == (
        "Rina Kartika",
        "Agus",
        "Wali Kota",
    )
    assert record.persetujuan_text.startswith(
        f"Ditetapkan PPK (atasan: Rina Kartika, {format_tanggal_angka(SIGNED)}"
    )

    with pytest.raises(ValidationFailed) as caught:
        plans.kembali_ke_draft(TAHUN, "  ", expected_revision=revision())
    assert caught.value.problems[0].field == "alasan"
    plans.kembali_ke_draft(TAHUN, "Anggaran dipotong", expected_revision=revision())
    back = plans.rencana(TAHUN)
    assert back is not None and back.status == "draft"
    assert (back.disetujui_atasan_oleh, back.disetujui_atasan_pada) == ("", None)
    assert "Anggaran dipotong" in back.catatan and "Ditetapkan PPK" in back.catatan
    with pytest.raises(ServiceError, match="masih berstatus Draf"):
        plans.kembali_ke_draft(TAHUN, "lagi", expected_revision=revision())


def test_bad_approvals_are_refused(db: Database, plans: PlanService, tree: Tree) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    _generate(plans)
    record = plans.rencana(TAHUN)
    assert record is not None
    rev = record.revision
    for langkah, oleh, tanggal, field_name in (
        ("kepala", "Rina", SIGNED, "langkah"),
        ("atasan", " ", SIGNED, "oleh"),
        ("atasan", "Rina\x1b[2J", SIGNED, "oleh"),
        ("atasan", "Rina", date(2999, 1, 1), "tanggal"),
        ("atasan", "Rina", date(2020, 1, 1), "tanggal"),  # before the plan was made
    ):
        with pytest.raises(ValidationFailed) as caught:
            plans.setujui(TAHUN, langkah, oleh=oleh, tanggal=tanggal, expected_revision=rev)
        assert caught.value.problems[0].field == field_name
    after = plans.rencana(TAHUN)
    assert after is not None and (after.status, after.revision) == ("draft", rev)
    with pytest.raises(NotFound):
        plans.setujui(2030, "atasan", oleh="Rina", tanggal=SIGNED, expected_revision=1)


def test_editing_may_exceed_the_budget_but_approving_may_not(
    db: Database, plans: PlanService, tree: Tree
) -> None:
    seed(db, tree, Data(budget=7_000_000, levels=GAPS))
    _generate(plans)
    short = plans.tidak_didanai(TAHUN)[0]
    plans.update_item(
        short.id,
        replace_draft(short, rute=KLASIKAL.nama, jenis_diklat="5", biaya=KLASIKAL.biaya),
        expected_revision=short.revision,
    )
    record = plans.rencana(TAHUN)
    assert record is not None
    assert record.melebihi_anggaran and record.kelebihan == 3_500_000
    assert record.sisa_anggaran == -3_500_000
    with pytest.raises(ServiceError) as caught:
        plans.setujui(
            TAHUN, "atasan", oleh="Rina", tanggal=SIGNED, expected_revision=record.revision
        )
    message = str(caught.value)
    assert "Rp 10.500.000 melebihi anggaran Rp 7.000.000 sebesar Rp 3.500.000" in message
    # Funded at its ideal cost, the item no longer counts as unfunded.
    edited = plans.item_rows([short.id])[short.id]
    assert (edited.biaya_ideal, edited.biaya_tidak_didanai, edited.jalur) == (0, 0, "klasikal")
    assert record.biaya_tidak_didanai == sum(r.biaya_tidak_didanai for r in _all(plans))


def test_the_approval_reads_the_budget_in_its_own_transaction(
    db: Database,
    db_path: Path,
    plans: PlanService,
    tree: Tree,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A budget cut saved after the clerk pressed "approve" but before the approval's
    transaction began is what the approval is checked against."""
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    _generate(plans)
    record = plans.rencana(TAHUN)
    assert record is not None and record.biaya_didanai > 1_000_000
    other = open_as(db_path, "operator")
    real = db.unit_of_work
    cut: list[int] = []

    def cut_first() -> Any:
        if not cut:
            budgets = BudgetService(other)
            (line,) = budgets.anggaran(TAHUN)
            cut.append(
                budgets.set_anggaran(TAHUN, "APBD", 1_000_000, expected_revision=line.revision)
            )
        return real()

    monkeypatch.setattr(db, "unit_of_work", cut_first)
    try:
        with pytest.raises(ServiceError) as caught:
            plans.setujui(
                TAHUN, "atasan", oleh="Rina", tanggal=SIGNED, expected_revision=record.revision
            )
    finally:
        other.close()
    assert cut
    assert f"didanai {rupiah(record.biaya_didanai)} melebihi anggaran Rp 1.000.000" in str(
        caught.value
    ), str(caught.value)
    after = plans.rencana(TAHUN)
    assert after is not None
    assert (after.status, after.revision, after.anggaran) == ("draft", record.revision, 1_000_000)


def rupiah(amount: int) -> str:
    return f"Rp {amount:,}".replace(",", ".")


def replace_draft(row: ItemRow, **changes: Any) -> ItemDraft:
    from dataclasses import replace

    return replace(row.draft(), **changes)


# -- editing ------------------------------------------------------------------------------------


def test_an_item_is_edited_added_and_deleted(db: Database, plans: PlanService, tree: Tree) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    _generate(plans)
    row = _all(plans)[0]
    plans.update_item(
        row.id,
        replace_draft(
            row, bulan=9, penyelenggara="BPSDM Kota", catatan="Gelombang II", prioritas=2
        ),
        expected_revision=row.revision,
    )
    edited = plans.item_rows([row.id])[row.id]
    assert (edited.bulan, edited.bulan_label, edited.penyelenggara, edited.catatan) == (
        9,
        "September",
        "BPSDM Kota",
        "Gelombang II",
    )
    assert (edited.prioritas, edited.prioritas_label, edited.revision) == (2, "Sedang", 2)

    new_id = plans.add_item(
        TAHUN,
        tree.people["budi"],
        ItemDraft("Latsar CPNS", "1", "BPSDM Provinsi Jawa Barat", 3, 120, 4_000_000, 1, True),
        kompetensi_kode="integritas",
    )
    added = plans.item_rows([new_id])[new_id]
    assert (added.nip, added.kompetensi_nama, added.standar, added.jalur) == (
        BY_KEY["budi"].nip,
        "Integritas",
        2,
        "klasikal",
    )
    assert added.urutan == max(r.urutan for r in _all(plans))

    plans.delete_item(new_id, expected_revision=added.revision)
    assert new_id not in plans.item_rows([new_id])
    with pytest.raises(NotFound):
        plans.delete_item(new_id, expected_revision=added.revision + 1)


def test_stale_edits_are_refused(db: Database, plans: PlanService, tree: Tree) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    _generate(plans)
    record = plans.rencana(TAHUN)
    assert record is not None
    row = _all(plans)[0]
    plans.update_item(row.id, replace_draft(row, bulan=5), expected_revision=row.revision)
    with pytest.raises(StaleRecord, match="sudah diubah di tempat lain"):
        plans.update_item(row.id, replace_draft(row, bulan=6), expected_revision=row.revision)
    with pytest.raises(StaleRecord):
        plans.delete_item(row.id, expected_revision=row.revision)
    # The plan changed with its item: an approval of what was read before is stale.
    with pytest.raises(StaleRecord):
        plans.setujui(
            TAHUN, "atasan", oleh="Rina", tanggal=SIGNED, expected_revision=record.revision
        )
    assert plans.item_rows([row.id])[row.id].bulan == 5


def test_items_of_an_approved_plan_cannot_change(
    db: Database, plans: PlanService, tree: Tree
) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    _generate(plans)
    record = plans.rencana(TAHUN)
    assert record is not None
    plans.setujui(TAHUN, "atasan", oleh="Rina", tanggal=SIGNED, expected_revision=record.revision)
    before = _all(plans)
    row = before[0]
    attempts: list[Callable[[], object]] = [
        lambda: plans.update_item(
            row.id, replace_draft(row, bulan=3), expected_revision=row.revision
        ),
        lambda: plans.delete_item(row.id, expected_revision=row.revision),
        lambda: plans.add_item(TAHUN, tree.people["budi"], row.draft(), kompetensi_nama="X"),
    ]
    for attempt in attempts:
        with pytest.raises(ServiceError, match=r"berstatus Disetujui atasan.*Kembalikan ke draf"):
            attempt()
    assert _all(plans) == before


def test_bad_input_saves_nothing(
    db: Database, db_path: Path, plans: PlanService, tree: Tree
) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    _generate(plans)
    row = _all(plans)[0]
    before = fingerprint(db_path)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"rute": " "}, "rute"),
        ({"rute": "x" * 201}, "rute"),
        ({"penyelenggara": "BPSDM\u202e"}, "penyelenggara"),
        ({"jenis_diklat": "99"}, "jenis_diklat"),
        ({"bulan": 13}, "bulan"),
        ({"bulan": True}, "bulan"),
        ({"jp": -1.0}, "jp"),
        ({"jp": float("nan")}, "jp"),
        ({"biaya": -5}, "biaya"),
        ({"biaya": 1.5}, "biaya"),
        ({"prioritas": 4}, "prioritas"),
        ({"catatan": "x" * 4001}, "catatan"),
    ]
    for changes, field_name in cases:
        with pytest.raises(ValidationFailed) as caught:
            plans.update_item(row.id, replace_draft(row, **changes), expected_revision=row.revision)
        assert [p.field for p in caught.value.problems] == [field_name], changes
    with pytest.raises(ValidationFailed) as caught:
        plans.add_item(TAHUN, 999_999, row.draft())
    assert {p.field for p in caught.value.problems} == {"kompetensi_nama", "employee_id"}
    with pytest.raises(ValidationFailed):
        plans.generate(1800)
    assert fingerprint(db_path) == before


def test_the_plan_texts_have_their_own_input_rules(
    db: Database, db_path: Path, plans: PlanService, tree: Tree
) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    _generate(plans)
    row = _all(plans)[0]
    record = plans.rencana(TAHUN)
    assert record is not None
    before = fingerprint(db_path)
    huge = "x" * 100_000

    def refused(write: Callable[..., object], *args: Any, **kwargs: Any) -> FieldProblem:
        with pytest.raises(ValidationFailed) as caught:
            write(*args, **kwargs)
        (problem,) = caught.value.problems
        return problem

    def update(**changes: Any) -> Callable[[], object]:
        return lambda: plans.update_item(
            row.id, replace_draft(row, **changes), expected_revision=row.revision
        )

    for changes, field_name, message in (
        (
            {"rute": huge},
            "rute",
            "Rute pengembangan terlalu panjang: 100000 karakter; maksimal 200.",
        ),
        ({"rute": "Pelatihan\nManajerial"}, "rute", "Rute pengembangan harus satu baris"),
        (
            {"penyelenggara": "BPSDM\x1b[2J"},
            "penyelenggara",
            "Penyelenggara berisi karakter kendali U+001B (ESC) pada posisi 6",
        ),
        ({"penyelenggara": huge}, "penyelenggara", "Penyelenggara terlalu panjang: 100000"),
        (
            {"catatan": huge},
            "catatan",
            "Catatan butir rencana terlalu panjang: 100000 karakter; maksimal 4000.",
        ),
        ({"catatan": "a\x00b"}, "catatan", "Catatan butir rencana berisi karakter kendali U+0000"),
    ):
        problem = refused(update(**changes))
        assert problem.field == field_name, changes
        assert problem.message.startswith(message), problem.message
    for kode, nama, field_name, message in (
        ("tk\x1b01", "Analisis Data", "kompetensi_kode", "Kode kompetensi berisi karakter kendali"),
        ("x" * 41, "Analisis Data", "kompetensi_kode", "Kode kompetensi terlalu panjang: 41"),
        ("", huge, "kompetensi_nama", "Nama kompetensi terlalu panjang: 100000"),
        ("", "Analisis\u202eData", "kompetensi_nama", "Nama kompetensi berisi karakter pengatur"),
    ):
        problem = refused(
            plans.add_item,
            TAHUN,
            tree.people["budi"],
            row.draft(),
            kompetensi_kode=kode,
            kompetensi_nama=nama,
        )
        assert (problem.field, problem.message[: len(message)]) == (field_name, message)
    for oleh, message in (
        (huge, "Nama yang menyetujui terlalu panjang: 100000 karakter; maksimal 200."),
        ("Rina\tKartika", "Nama yang menyetujui berisi tab pada posisi 5"),
    ):
        problem = refused(
            plans.setujui,
            TAHUN,
            "atasan",
            oleh=oleh,
            tanggal=SIGNED,
            expected_revision=record.revision,
        )
        assert (problem.field, problem.message[: len(message)]) == ("oleh", message)
    for alasan, message in (
        (huge, "Alasan mengembalikan ke draf terlalu panjang: 100000 karakter; maksimal 1000."),
        ("dipotong\x07", "Alasan mengembalikan ke draf berisi karakter kendali U+0007 (BEL)"),
    ):
        problem = refused(plans.kembali_ke_draft, TAHUN, alasan, expected_revision=record.revision)
        assert (problem.field, problem.message[: len(message)]) == ("alasan", message)
    assert fingerprint(db_path) == before
    # The notes are free text over several lines.
    plans.update_item(
        row.id,
        replace_draft(row, catatan="Gelombang II\nbila kuota ada"),
        expected_revision=row.revision,
    )
    assert plans.item_rows([row.id])[row.id].catatan == "Gelombang II\nbila kuota ada"


def test_the_plan_text_rules_fit_their_columns() -> None:
    from sqlalchemy import String, Text

    from asn_desktop.domain import TEXT_FIELDS
    from asn_desktop.services import akpk

    columns = {
        **{c.name: c for c in RencanaItem.__table__.columns},
        "oleh": RencanaPengembangan.__table__.c.disetujui_atasan_oleh,
        "alasan": RencanaPengembangan.__table__.c.catatan,
    }
    for field_name, key in akpk._RULES.items():
        column, rule = columns[field_name], TEXT_FIELDS[key]
        if isinstance(column.type, Text):
            assert rule.multiline, field_name
        else:
            assert isinstance(column.type, String), field_name
            assert (rule.max_length, rule.multiline) == (column.type.length, False), field_name


def test_no_plan_yet(plans: PlanService) -> None:
    assert plans.rencana(TAHUN) is None
    assert plans.item_ids(TAHUN) == [] and plans.tidak_didanai(TAHUN) == []
    assert plans.years() == []
    with pytest.raises(NotFound, match="Belum ada rencana"):
        plans.export_xlsx(TAHUN, Path("/nonexistent/x.xlsx"))


def test_a_plan_without_budget_rows_or_needs(db: Database, plans: PlanService, tree: Tree) -> None:
    seed(db, tree, Data(budget=None))
    result = _generate(plans)
    assert (result.butir, result.anggaran, result.biaya_didanai) == (0, 0, 0)
    record = plans.rencana(TAHUN)
    assert record is not None and (record.butir, record.anggaran) == (0, 0)
    assert plans.years() == [TAHUN]


# -- the list -----------------------------------------------------------------------------------


def test_items_are_filtered_and_sorted_in_sql(db: Database, plans: PlanService, tree: Tree) -> None:
    seed(db, tree, Data(budget=7_000_000, levels=GAPS, jp={"siti": 0}))
    _generate(plans)
    rows = {r.id: r for r in _all(plans)}
    ordered = [r.id for r in sorted(rows.values(), key=lambda r: r.urutan)]
    assert plans.item_ids(TAHUN) == ordered
    for key in SORT_KEYS:
        ascending = plans.item_ids(TAHUN, sort=key)
        assert sorted(ascending) == sorted(ordered), key
        # Ties go by plan order both ways, so descending is ascending reversed.
        assert plans.item_ids(TAHUN, sort=key, descending=True) == ascending[::-1], key
    by_cost = plans.item_ids(TAHUN, sort="biaya", descending=True)
    expected = sorted(rows.values(), key=lambda r: (-r.biaya, -r.urutan))
    assert by_cost == [r.id for r in expected]
    # ties by plan order
    by_priority = plans.item_ids(TAHUN, sort="prioritas")
    assert by_priority == [
        r.id for r in sorted(rows.values(), key=lambda r: (r.prioritas, r.urutan))
    ]

    def ids(query: ItemQuery) -> set[int]:
        return set(plans.item_ids(TAHUN, query))

    assert ids(ItemQuery(didanai=False)) == set()
    assert ids(ItemQuery(didanai=True)) == set(rows)
    assert ids(ItemQuery(prioritas=1)) == {r.id for r in rows.values() if r.prioritas == 1}
    assert ids(ItemQuery(unit="bidang aplikasi")) == {
        r.id for r in rows.values() if r.unit == "Bidang Aplikasi Informatika"
    }
    assert ids(ItemQuery(search="siti")) == {r.id for r in rows.values() if "Siti" in r.nama}
    assert ids(ItemQuery(search=BY_KEY["kadis"].nip[:8])) == {
        r.id for r in rows.values() if r.nip == BY_KEY["kadis"].nip
    }
    assert ids(ItemQuery(search="bambang integ")) == {
        r.id
        for r in rows.values()
        if r.nip == BY_KEY["kadis"].nip and r.kompetensi_kode == "integritas"
    }
    assert ids(ItemQuery(search="100%_")) == set()
    assert ids(ItemQuery(employee_id=tree.people["kabid"])) == {
        r.id for r in rows.values() if r.employee_id == tree.people["kabid"]
    }
    with pytest.raises(ValueError, match="cannot sort"):
        plans.item_ids(TAHUN, sort="gaji")


# -- permissions --------------------------------------------------------------------------------


def test_a_viewer_reads_and_prints_but_changes_nothing(
    db: Database, db_path: Path, plans: PlanService, tree: Tree, tmp_path: Path
) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    _generate(plans)
    row = _all(plans)[0]
    record = plans.rencana(TAHUN)
    assert record is not None
    before = fingerprint(db_path)
    viewer = open_as(db_path, "viewer")
    try:
        theirs = PlanService(viewer)
        assert theirs.rencana(TAHUN) == record
        assert theirs.item_rows(theirs.item_ids(TAHUN))[row.id] == row
        assert theirs.tidak_didanai(TAHUN) == plans.tidak_didanai(TAHUN)
        attempts: list[Callable[[], object]] = [
            lambda: theirs.generate(TAHUN, replace=True),
            lambda: theirs.update_item(row.id, row.draft(), expected_revision=row.revision),
            lambda: theirs.add_item(TAHUN, tree.people["budi"], row.draft(), kompetensi_nama="X"),
            lambda: theirs.delete_item(row.id, expected_revision=row.revision),
            lambda: theirs.setujui(
                TAHUN, "atasan", oleh="X", tanggal=SIGNED, expected_revision=record.revision
            ),
            lambda: theirs.kembali_ke_draft(TAHUN, "x", expected_revision=record.revision),
            lambda: theirs.export_xlsx(TAHUN, tmp_path / "p.xlsx"),
        ]
        for attempt in attempts:
            with pytest.raises(PermissionDenied, match="tidak berhak"):
                attempt()
        assert fingerprint(db_path) == before
        assert not (tmp_path / "p.xlsx").exists()
        pages = theirs.render_pdf(TAHUN, tmp_path / "p.pdf")
        assert pages >= 1 and (tmp_path / "p.pdf").exists()
        with viewer.reading() as session:
            printed = session.execute(
                select(AuditEntry.username, AuditEntry.action, AuditEntry.detail).where(
                    AuditEntry.action == "print"
                )
            ).all()
        assert printed == [("viewer", "print", f"{pages} halaman ke p.pdf")]
    finally:
        viewer.close()


# -- exporting ----------------------------------------------------------------------------------


def test_the_xlsx_reads_back(db: Database, plans: PlanService, tree: Tree, tmp_path: Path) -> None:
    db.set_agency("DISKOMINFO", "Dinas Komunikasi dan Informatika")
    seed(db, tree, Data(budget=7_000_000, levels=GAPS, jp={"siti": 0}))
    _generate(plans)
    record = plans.rencana(TAHUN)
    assert record is not None
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "rencana.xlsx"
    assert plans.export_xlsx(TAHUN, out) == record.butir
    assert [p.name for p in folder.iterdir()] == ["rencana.xlsx"]

    book = load_workbook(out)
    assert book.sheetnames == [f"Rencana {TAHUN}", "Tidak didanai"]
    sheet = book[f"Rencana {TAHUN}"]
    title = sheet["A1"].value
    assert f"Tahun {TAHUN}" in title and "Dinas Komunikasi dan Informatika" in title
    assert "Status: Draf" in title
    assert sheet.freeze_panes == "A3"
    header = [c.value for c in sheet[2]]
    assert header[:18] == [
        "NIP", "Nama", "Jabatan", "Unit kerja", "Kompetensi", "Standar", "Aktual",
        "Kesenjangan kinerja", "Penyebab", "Jalur", "Rute", "Penyelenggara", "Bulan", "JP",
        "Biaya (Rp)", "Prioritas", "Didanai", "Persetujuan",
    ]  # fmt: skip
    assert sheet.column_dimensions["B"].width == 32
    rows = list(sheet.iter_rows(min_row=3, max_row=2 + record.butir))
    items = _all(plans)
    for cells, item in zip(rows, items, strict=True):
        nip = cells[0]
        assert nip.value == item.nip and nip.data_type == "s" and len(nip.value) == 18
        assert cells[1].value == item.nama
        assert cells[14].value == item.biaya
        assert cells[16].value == ("Ya" if item.didanai else "Tidak")
    totals = {
        r[0].value: r[1].value for r in sheet.iter_rows(min_row=3 + record.butir) if r[0].value
    }
    assert totals == {
        "Anggaran": 7_000_000,
        "Total didanai": record.biaya_didanai,
        "Sisa anggaran": record.sisa_anggaran,
        "Kebutuhan tidak didanai": record.biaya_tidak_didanai,
    }
    short = book["Tidak didanai"]
    listed = [r for r in short.iter_rows(min_row=3) if r[0].value and r[8].value is not None]
    assert [r[0].value for r in listed[:-1]] == [r.nip for r in plans.tidak_didanai(TAHUN)]
    assert listed[-1][8].value == record.biaya_tidak_didanai
    with db.reading() as session:
        entry = session.execute(
            select(AuditEntry.action, AuditEntry.detail).where(AuditEntry.action == "export")
        ).one()
    assert tuple(entry) == ("export", f"{record.butir} butir ke rencana.xlsx")


def test_a_failed_export_leaves_nothing(
    db: Database, plans: PlanService, tree: Tree, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(db, tree, Data(budget=10**9, levels=GAPS))
    _generate(plans)
    from openpyxl.workbook.workbook import Workbook

    save = Workbook.save

    def broken(self: Any, filename: str) -> None:
        save(self, filename)  # the whole file is written, then the disk "fills up"
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", broken)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ServiceError, match="No space left on device"):
        plans.export_xlsx(TAHUN, folder / "p.xlsx")
    assert list(folder.iterdir()) == []
    with pytest.raises(ServiceError, match="tidak bisa ditulis"):
        plans.export_xlsx(TAHUN, folder / "missing" / "p.xlsx")
    with db.reading() as session:
        assert session.scalar(select(AuditEntry.id).where(AuditEntry.action == "export")) is None


def test_the_pdf_of_the_plan(db: Database, plans: PlanService, tree: Tree, tmp_path: Path) -> None:
    from reports.pdftools import flow_text, page_sizes

    db.set_agency("DISKOMINFO", "Dinas Komunikasi dan Informatika")
    seed(db, tree, Data(budget=7_000_000, levels=GAPS, jp={"siti": 0}))
    _generate(plans)
    record = plans.rencana(TAHUN)
    assert record is not None
    plans.setujui(
        TAHUN, "atasan", oleh="Rina Kartika", tanggal=SIGNED, expected_revision=record.revision
    )
    out = tmp_path / "rencana.pdf"
    pages = plans.render_pdf(TAHUN, out, paper="F4")
    assert all(w > h for w, h in page_sizes(out)) and len(page_sizes(out)) == pages
    text = flow_text(out)
    for words in (
        f"TAHUN {TAHUN}",
        "STATUS: DISETUJUI ATASAN",
        "Dinas Komunikasi dan Informatika",
        "Rp 7.000.000",
        "Bambang Hermawan",
        "Pemenuhan JP",
        "Rina Kartika",
        f"Tanggal {format_tanggal(SIGNED)}",
    ):
        assert words in text, words
    with pytest.raises(ValidationFailed):
        plans.render_pdf(TAHUN, tmp_path / "x.pdf", paper="Letter")
