"""Benchmark: enrolling 40 participants in one activity from the GUI, time to saved.

The participant picker is driven as a clerk drives it, offscreen: it is opened on a new
activity of a database of a few thousand employees (the demo generator's), the first 40
people it lists are ticked, and the clock runs from Daftarkan (the OK button's click) to
the picker's ``saved`` signal: the Operation in the worker, TrainingService.enroll in one
transaction with its 40 audit entries, and the answer delivered back on the GUI thread.
The floor, measured in the same run and interleaved with it, is the bare
``TrainingService.enroll`` call for the same 40 employee ids on another new activity.

Used by run_benchmarks.py; also runs alone:

    python tests/benchmarks/enroll_gui.py [--work DIR] [--employees N] [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from asn_desktop.services.trainings import TrainingService

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 27)
EMPLOYEES = 3000
PARTICIPANTS = 40


def build_database(path: Path, employees: int) -> float:
    """A demo database of ``employees`` (kept between runs); seconds it took, 0 if kept."""
    from asn_desktop.demo import generate_demo
    from asn_desktop.services.database import Database

    if path.exists():
        Database.open(path).close()  # migrated now, not inside a measurement
        return 0.0
    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    db = Database.open(tmp, create=True)
    try:
        generate_demo(db, employees=employees, seed=40, today=TODAY, appraisals=False)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    tmp.rename(path)
    return time.perf_counter() - started


def _activity(service: TrainingService, number: int) -> int:
    from asn_desktop.services.trainings import PelatihanDraft

    selesai = date.today() - timedelta(days=1)
    return service.create(
        PelatihanDraft(
            nama=f"Workshop Benchmark Pendaftaran {number}",
            jenis_diklat="4",
            mulai=selesai - timedelta(days=2),
            selesai=selesai,
            penyelenggara="BPSDM Provinsi Jawa Barat",
        )
    )


def measure(path: Path, runs: int) -> dict[str, float]:
    """Medians (seconds) of the GUI enrolment and of the bare service call."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from asn_desktop.services.database import Database
    from asn_desktop.services.employees import EmployeeQuery, EmployeeService
    from asn_desktop.services.trainings import TrainingService
    from asn_desktop.ui.participant_picker import ParticipantPicker
    from asn_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    db = Database.open(path)
    db.assume_user("admin")
    try:
        service = TrainingService(db)
        employees = EmployeeService(db).count()
        ids = EmployeeService(db).search_ids(EmployeeQuery())[:PARTICIPANTS]
        runner = TaskRunner()

        def until(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
            deadline = time.perf_counter() + timeout_s
            while not condition():
                if time.perf_counter() > deadline:
                    raise TimeoutError("the picker did not answer in time")
                app.processEvents()
                time.sleep(0.0005)

        def gui(number: int) -> float:
            pid = _activity(service, number)
            picker = ParticipantPicker(db, runner, pid, nama="Benchmark")
            picker.show()
            until(lambda: picker.searches > 0 and not runner.busy())
            # What a clerk's ticks do: the first 40 people listed (by name).
            picker.model.set_checked(picker.model.ids()[:PARTICIPANTS], True)
            # The service call as the worker makes it, timed on its own: the rest of the
            # figure is the GUI's (the Operation, the hand-over between the threads).
            enroll = picker.service.enroll

            def timed_enroll(pelatihan_id: int, chosen: Iterable[int]) -> int:
                began = time.perf_counter()
                try:
                    return enroll(pelatihan_id, chosen)
                finally:
                    in_worker.append(time.perf_counter() - began)

            picker.service.enroll = timed_enroll  # type: ignore[method-assign]
            assert picker.ok_button.isEnabled()
            # Waited for in an event loop, as the application waits: the GUI thread sleeps
            # in Qt (the GIL free for the worker) until the answer arrives.
            loop = QEventLoop()
            saved: list[int] = []
            stamps: dict[str, float] = {}

            def click() -> None:
                stamps["clicked"] = time.perf_counter()
                picker.ok_button.click()

            def answered(count: int) -> None:
                stamps["saved"] = time.perf_counter()
                saved.append(count)
                loop.quit()

            picker.saved.connect(answered)
            QTimer.singleShot(0, click)
            QTimer.singleShot(60_000, loop.quit)  # a guard: the assertion below says why
            loop.exec()
            assert saved == [PARTICIPANTS], saved
            elapsed = stamps["saved"] - stamps["clicked"]
            picker.deleteLater()
            app.processEvents()
            return elapsed

        def floor(number: int) -> float:
            pid = _activity(service, number)
            started = time.perf_counter()
            count = service.enroll(pid, ids)
            elapsed = time.perf_counter() - started
            assert count == PARTICIPANTS
            return elapsed

        ours: list[float] = []
        bare: list[float] = []
        in_worker: list[float] = []
        gui(0), floor(1)  # warm both: imports, statements, the page cache
        in_worker.clear()
        for run in range(runs):
            bare.append(floor(2 * run + 2))
            ours.append(gui(2 * run + 3))
        runner.wait()
        return {
            "ours_s": statistics.median(ours),
            "floor_s": statistics.median(bare),
            "in_worker_s": statistics.median(in_worker),
            # The GUI's own share per run: the Operation and the two hand-overs between the
            # threads. The call in the worker can take longer than the floor's: it runs on the
            # worker's own SQLite connection, after the floor wrote through another one.
            "gui_own_s": statistics.median(o - w for o, w in zip(ours, in_worker, strict=True)),
            "employees": float(employees),
            "runs": float(runs),
        }
    finally:
        db.close()


def run(work: Path, runs: int, employees: int = EMPLOYEES) -> dict[str, float]:
    work.mkdir(parents=True, exist_ok=True)
    path = work / f"enroll-{employees}.sqlite"
    built = build_database(path, employees)
    result = measure(path, runs)
    result["build_s"] = built
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=REPO / "build" / "benchmarks")
    parser.add_argument("--employees", type=int, default=EMPLOYEES)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    home = args.work / "home"
    home.mkdir(parents=True, exist_ok=True)
    os.environ["ASN_DESKTOP_HOME"] = str(home)
    result = run(args.work, args.runs, args.employees)
    ours, floor = result["ours_s"] * 1000, result["floor_s"] * 1000
    print(
        f"Enrolling {PARTICIPANTS} participants from the GUI ({result['employees']:,.0f} "
        f"employees): {ours:.1f} ms vs floor {floor:.1f} ms (bare TrainingService.enroll) = "
        f"{ours / floor:.2f}x; the enroll call itself took {result['in_worker_s'] * 1000:.1f} ms "
        f"in the worker, the GUI's own share {result['gui_own_s'] * 1000:.1f} ms; medians of "
        f"{args.runs} interleaved runs"
        + (f"; database built in {result['build_s']:.1f} s" if result["build_s"] else "")
    )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
