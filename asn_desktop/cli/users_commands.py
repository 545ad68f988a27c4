"""`asn-desktop users add|list|lock|unlock|passwd|role`: the accounts of a database."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from asn_desktop.cli import auth
from asn_desktop.cli.base import EXIT_OK, CommandRefused, _opened, _Parser, _print_json, terminal

if TYPE_CHECKING:
    from asn_desktop.cli.base import Subcommands
    from asn_desktop.services.users import UserInfo

ROLES = ("admin", "operator", "viewer")


def register(commands: Subcommands, common: _Parser) -> None:
    users = commands.add_parser("users", help="akun pengguna dan perannya")
    actions = users.add_subparsers(dest="action", metavar="AKSI", required=True)

    add = actions.add_parser(
        "add",
        parents=[common],
        help="tambah pengguna (pada basis data tanpa pengguna: administrator pertama)",
    )
    add.add_argument("name", metavar="NAMA")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--full-name", metavar="TEKS", default="")
    _new_password_option(add)
    add.set_defaults(handler=cmd_users_add)

    actions.add_parser("list", parents=[common], help="daftar pengguna").set_defaults(
        handler=cmd_users_list
    )
    for name, helptext, handler in (
        ("lock", "kunci akun", cmd_users_lock),
        ("unlock", "buka kunci akun (dan hapus hitungan gagal masuk)", cmd_users_unlock),
    ):
        sub = actions.add_parser(name, parents=[common], help=helptext)
        sub.add_argument("name", metavar="NAMA")
        sub.set_defaults(handler=handler)

    passwd = actions.add_parser(
        "passwd",
        parents=[common],
        help="ganti kata sandi sendiri; administrator: setel ulang kata sandi NAMA",
    )
    passwd.add_argument("name", metavar="NAMA", nargs="?", default=None)
    _new_password_option(passwd)
    passwd.set_defaults(handler=cmd_users_passwd)

    role = actions.add_parser("role", parents=[common], help="ubah peran pengguna")
    role.add_argument("name", metavar="NAMA")
    role.add_argument("role", choices=ROLES)
    role.set_defaults(handler=cmd_users_role)


def _new_password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-password-file",
        metavar="FILE",
        default=None,
        help=f"berkas berisi kata sandi baru (atau ${auth.NEW_PASSWORD_ENV}; tanpa keduanya: "
        "ditanyakan dua kali)",
    )


def _info_json(info: UserInfo) -> dict[str, object]:
    return {
        "username": info.username,
        "full_name": info.full_name,
        "role": info.role.value,
        "locked": info.locked,
        "must_change_password": info.must_change_password,
        "failed_logins": info.failed_logins,
        "created_at": info.created_at,
        "last_login_at": info.last_login_at,
    }


def cmd_users_add(args: argparse.Namespace) -> int:
    from asn_desktop.services.users import UserService

    with _opened(args, sign_in=False) as db:
        users = UserService(db)
        if not db.has_users():
            if args.role != "admin":
                raise CommandRefused(
                    "basis data ini belum punya pengguna: buat administrator dahulu "
                    "(asn-desktop users add NAMA --role admin)"
                )
            info = users.create_first_admin(
                args.name, auth.new_password_of(args, args.name), args.full_name
            )
            first = True
        else:
            auth.sign_in(db, args)
            info = users.add(
                args.name, args.role, auth.new_password_of(args, args.name), args.full_name
            )
            first = False
    if args.json:
        _print_json({**_info_json(info), "first_admin": first})
        return EXIT_OK
    if first:
        print(f"Administrator pertama dibuat: {terminal(info.username)}.")
    else:
        print(
            f"Pengguna {terminal(info.username)} ({info.role.value}) dibuat; kata sandinya wajib "
            "diganti saat pertama masuk."
        )
    return EXIT_OK


def cmd_users_list(args: argparse.Namespace) -> int:
    from asn_desktop.services.users import UserService

    with _opened(args, read_only=True) as db:
        accounts = UserService(db).accounts()
    if args.json:
        _print_json([_info_json(a) for a in accounts])
        return EXIT_OK
    if not accounts:
        print("Belum ada pengguna. Buat administrator: asn-desktop users add NAMA --role admin")
        return EXIT_OK
    for info in accounts:
        marks = []
        if info.locked:
            marks.append("TERKUNCI")
        if info.must_change_password:
            marks.append("wajib ganti kata sandi")
        last = "-"
        if info.last_login_at is not None:
            last = info.last_login_at.astimezone().strftime("%d-%m-%Y %H:%M")
        extra = f" [{', '.join(marks)}]" if marks else ""
        print(
            f"{terminal(info.username):<16} {info.role.value:<9} "
            f"{terminal(info.full_name) or '-':<28} terakhir masuk {last}{extra}"
        )
    return EXIT_OK


def _admin_action(args: argparse.Namespace, verb: str) -> int:
    from asn_desktop.services.users import UserService

    with _opened(args) as db:
        users = UserService(db)
        getattr(users, verb)(args.name)
        info = users.get(args.name)
    if args.json:
        _print_json(_info_json(info))
    else:
        state = "terkunci" if info.locked else "aktif"
        print(f"Pengguna {terminal(info.username)} kini {state}.")
    return EXIT_OK


def cmd_users_lock(args: argparse.Namespace) -> int:
    return _admin_action(args, "lock")


def cmd_users_unlock(args: argparse.Namespace) -> int:
    return _admin_action(args, "unlock")


def cmd_users_passwd(args: argparse.Namespace) -> int:
    from asn_desktop.services.users import UserService

    me = auth.username_of(args)
    target = args.name.strip().lower() if args.name else me.lower()
    with _opened(args, sign_in=False) as db:
        users = UserService(db)
        if target == me.lower():
            old = auth.password_of(args, me)
            users.change_password(me, old, auth.new_password_of(args, me))
            said = f"Kata sandi {terminal(me)} diganti."
        else:
            auth.sign_in(db, args)
            users.reset_password(target, auth.new_password_of(args, target))
            said = (
                f"Kata sandi {terminal(target)} disetel ulang; wajib diganti saat masuk "
                "berikutnya."
            )
    if args.json:
        _print_json({"username": target, "changed": True})
    else:
        print(said)
    return EXIT_OK


def cmd_users_role(args: argparse.Namespace) -> int:
    from asn_desktop.services.users import UserService

    with _opened(args) as db:
        users = UserService(db)
        users.set_role(args.name, args.role)
        info = users.get(args.name)
    if args.json:
        _print_json(_info_json(info))
    else:
        print(f"Peran {terminal(info.username)} kini {info.role.value}.")
    return EXIT_OK
