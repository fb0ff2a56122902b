"""The command line: ``python -m itglue_async`` (or ``itglue-async``).

::

    itglue-async backup backup.sqlite            # every resource into SQLite, resumable
    itglue-async list configurations --filter organization_id=2 --format csv
    itglue-async get organizations 2 --format json
    itglue-async list assets --api bluetally      # BlueTally, on the same machinery
    itglue-async mcp --fake                       # agent tools over MCP (extra mcp)
    itglue-async demo                             # the README's job against a bundled fake

Every command but ``demo`` takes ``--fake`` to run against a seeded in-process fake (for
``backup``, one that has moved on by a day for each run the file already holds). The
parser is the standard library's, so ``demo`` and every command run without extras; the
``cli`` extra adds rich for progress bars and tables. Importing ``itglue_async`` never
imports this package. Exit status: 0 done, 1 the API or the network failed, 2 a usage error
(a bad argument, a missing key), 3 a backup that had to skip resources, 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import anyio

from itglue_async._api import ApiDescription
from itglue_async._errors import ITGlueError, RequestValidationError
from itglue_async._generated.itglue import API, ROUTES, ITGlue
from itglue_async._routes import Param, Route

OK, FAILED, USAGE, PARTIAL, INTERRUPTED, CLOSED_PIPE = 0, 1, 2, 3, 130, 141


class UsageError(Exception):
    """A command line that cannot run as given (exit status 2)."""


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run one command; returns the exit status."""
    out = out if out is not None else sys.stdout
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["demo"]:
        from itglue_async.cli._demo import main as demo

        return demo(args[1:], out)
    parser = _parser()
    try:
        options = parser.parse_args(args)
    except SystemExit as exc:  # argparse has printed the usage error or the help
        return int(exc.code or 0)
    if options.command is None:
        parser.print_usage(sys.stderr)
        return USAGE
    log = logging.getLogger("itglue_async")
    handler = _stderr_handler()
    log.addHandler(handler)
    try:
        status: int = anyio.run(_dispatch, options, out)
        return status
    except KeyboardInterrupt:
        sys.stderr.write("interrupted; a backup resumes where it stopped when run again\n")
        return INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as the shell's own tools do.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
        return CLOSED_PIPE
    except UsageError as exc:
        sys.stderr.write(f"{parser.prog}: error: {exc}\n")
        return USAGE
    finally:
        log.removeHandler(handler)


def run() -> None:
    """The ``itglue-async`` console script."""
    sys.exit(main())


# -- the parser ------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="itglue-async",
        description="IT Glue (and BlueTally) from the shell: back up an account, list and get "
        "records, serve agent tools over MCP. The API key comes from ITGLUE_API_KEY "
        "(BLUETALLY_API_KEY with --api bluetally).",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _backup_parser(commands, common)
    _list_parser(commands, common)
    _get_parser(commands, common)
    _mcp_parser(commands, common)
    commands.add_parser("demo", help="the README's job against a bundled fake (no extras)")
    return parser


Commands = Any  # argparse's private _SubParsersAction


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--api",
        choices=("itglue", "bluetally"),
        default="itglue",
        help="which API (default itglue; bluetally reads BLUETALLY_API_KEY, "
        "BLUETALLY_BASE_URL and BLUETALLY_TENANT_ID)",
    )
    common.add_argument(
        "--fake",
        action="store_true",
        help="run against a seeded in-process fake of the API instead of the real one",
    )
    common.add_argument("--region", help="us, eu or au (default: ITGLUE_REGION or us)")
    common.add_argument("--base-url", help="the API's base URL (default: ITGLUE_BASE_URL)")
    return common


def _backup_parser(commands: Commands, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", parents=[common], help="back up every resource into an SQLite file"
    )
    backup.add_argument("path", type=Path, metavar="PATH.sqlite")
    backup.add_argument(
        "--resources", help="comma-separated resources (default: every complete listing)"
    )
    backup.add_argument(
        "--full", action="store_true", help="redo the per-record work of unchanged records too"
    )
    backup.add_argument(
        "--interfaces",
        action="store_true",
        help="also fetch each configuration's interfaces (a request per changed configuration)",
    )
    backup.add_argument(
        "--refresh-after",
        type=float,
        metavar="DAYS",
        help="also redo per-record work last done more than DAYS ago, changed or not",
    )
    backup.add_argument(
        "--attachments",
        action="store_true",
        help="also keep attachment metadata (names, sizes, download URLs) in an attachments "
        "table; it comes with the listings, no extra requests",
    )
    backup.add_argument(
        "--include-password-values",
        action="store_true",
        help="also write password values (a request per changed password; the file is "
        "made readable by its owner only)",
    )
    backup.add_argument("--progress", choices=("auto", "always", "never"), default="auto")


def _list_parser(commands: Commands, common: argparse.ArgumentParser) -> None:
    listing = commands.add_parser("list", parents=[common], help="list records of a resource")
    listing.add_argument("resource")
    listing.add_argument(
        "--filter", action="append", default=[], metavar="NAME=VALUE", help="repeatable"
    )
    listing.add_argument(
        "--parent",
        action="append",
        default=[],
        metavar="NAME=ID",
        help="the parent of a nested listing, e.g. organization_id=2 (repeatable)",
    )
    listing.add_argument(
        "--sort", help="comma-separated fields, - for descending (write --sort=-name)"
    )
    listing.add_argument("--include", help="comma-separated related resources")
    listing.add_argument("--page-size", type=int)
    listing.add_argument("--limit", type=int, help="stop after this many records")
    _output_options(listing)


def _get_parser(commands: Commands, common: argparse.ArgumentParser) -> None:
    get = commands.add_parser("get", parents=[common], help="get one record")
    get.add_argument("resource")
    get.add_argument("id", type=int)
    get.add_argument("--parent", action="append", default=[], metavar="NAME=ID")
    get.add_argument("--include", help="comma-separated related resources")
    _output_options(get)


def _mcp_parser(commands: Commands, common: argparse.ArgumentParser) -> None:
    serve = commands.add_parser(
        "mcp",
        parents=[common],
        help="serve the API to AI agents over the Model Context Protocol (extra mcp)",
        description="Serve the API's agent tools over MCP: describe, list_records, get_record, "
        "read_document, and with --allow-writes / --allow-deletes the write tools.",
    )
    serve.add_argument(
        "--allow-writes",
        default="",
        metavar="RESOURCES",
        help="comma-separated resources create_record and update_record may change, or all "
        "(default: none; the write tools are not offered)",
    )
    serve.add_argument(
        "--allow-deletes",
        default="",
        metavar="RESOURCES",
        help="comma-separated resources delete_records may delete from, or all (default: none)",
    )
    serve.add_argument(
        "--allow-password-values",
        action="store_true",
        help="let password values into results (default: never asked for, never shown)",
    )
    serve.add_argument("--transport", choices=("stdio", "http"), default="stdio")
    serve.add_argument(
        "--host", default="127.0.0.1", help="HTTP address to bind (default 127.0.0.1)"
    )
    serve.add_argument(
        "--port", type=int, default=8765, help="HTTP port (default 8765; 0 picks one)"
    )
    serve.add_argument(
        "--auth-token",
        help="require an Authorization header with this bearer token on every HTTP request "
        "(default: ITGLUE_MCP_TOKEN); needed to bind anything but loopback",
    )
    serve.add_argument(
        "--redis-url",
        help="share the rate limit with other processes through Redis (redis://host:port/db)",
    )


def _output_options(parser: argparse.ArgumentParser) -> None:
    from itglue_async.cli._output import FORMATS

    parser.add_argument("--format", choices=FORMATS, default="table")
    parser.add_argument(
        "--show-password-values",
        action="store_true",
        help="print password values instead of masking them",
    )


# -- commands -------------------------------------------------------------------------------


async def _dispatch(options: argparse.Namespace, out: TextIO) -> int:
    if options.command == "mcp":
        return await _mcp_command(options)
    client_class, api, routes = _api(options)
    try:
        client, _fake = _client(options, client_class, api)  # the fake lives as long as its client
    except (ITGlueError, ValueError) as exc:
        raise UsageError(str(exc)) from None
    async with client:
        try:
            if options.command == "backup":
                return await _backup_command(client, options, routes)
            if options.command == "list":
                return await _list_command(client, options, routes, out)
            return await _get_command(client, options, routes, out)
        except RequestValidationError as exc:
            raise UsageError(str(exc)) from None
        except ITGlueError as exc:
            sys.stderr.write(f"{type(exc).__name__}: {_first_line(exc)}\n")
            return FAILED


async def _mcp_command(options: argparse.Namespace) -> int:
    """Serve the agent tools until stdin closes (stdio) or the process is stopped (HTTP)."""
    from itglue_async.cli import _mcp

    client_class, api, _routes = _api(options)
    try:
        bearer = _mcp.token(options)
        key = "fake-api-key" if options.fake else os.environ.get(api.env("API_KEY"), "")
        limiter = _mcp.shared_limiter(options.redis_url, api, key)
        extra = {"limiter": limiter} if limiter is not None else {}
        client, _fake = _client(options, client_class, api, **extra)
        server = _mcp.server(client, options)
    except (ITGlueError, ValueError) as exc:
        raise UsageError(str(exc)) from None
    async with client:
        await _mcp.serve(server, options, bearer)
    return OK


def _api(options: argparse.Namespace) -> tuple[Any, ApiDescription, Sequence[Route]]:
    """The client class, description and route tables of the API ``--api`` names."""
    if options.api == "bluetally":
        from itglue_async.bluetally import ROUTES as BLUETALLY_ROUTES
        from itglue_async.bluetally import BlueTally

        return BlueTally, BlueTally._api, BLUETALLY_ROUTES
    return ITGlue, API, ROUTES


def _client(
    options: argparse.Namespace, client_class: Any, api: ApiDescription, **extra: Any
) -> tuple[Any, Any]:
    """The client the options ask for (and the fake behind it, which must outlive it).

    ``extra`` goes to the client's constructor (a shared ``limiter=``, say).
    """
    if options.api == "bluetally" and options.region:
        raise UsageError("--region is IT Glue's; BlueTally has one base URL (--base-url).")
    if options.fake:
        if options.api == "bluetally":
            from itglue_async.testing import FakeBlueTally

            bluetally = FakeBlueTally(now=lambda: _SEEDED)
            bluetally.populate(seed=0)
            return bluetally.client(**extra), bluetally
        generation = _earlier_runs(options.path) if options.command == "backup" else 0
        fake = _seeded_fake(generation)
        return fake.client(**extra), fake
    variable = api.env("API_KEY")
    if not os.environ.get(variable):
        raise UsageError(f"No API key: set the {variable} environment variable (or try --fake).")
    if options.api == "bluetally":
        return client_class(base_url=options.base_url, **extra), None
    return client_class(region=options.region, base_url=options.base_url, **extra), None


_SEEDED = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)  # the fixed day the fakes are seeded


def _seeded_fake(generation: int) -> Any:
    """The seeded fake account, as it stands ``generation`` days after it was seeded.

    Day 0 is the same on every call (a fixed clock); each later day is the fake's
    ``move_on``, so a backup run again with ``--fake`` has changes and deletions to record.
    """
    from itglue_async.testing import FakeITGlue

    clock = {"now": _SEEDED}
    fake = FakeITGlue(now=lambda: clock["now"])
    fake.populate(seed=0, attachments=24)
    for day in range(1, generation + 1):
        clock["now"] = _SEEDED + dt.timedelta(days=day)
        fake.move_on(day)
    return fake


def _earlier_runs(path: Path) -> int:
    """How many runs a backup file already holds (0 when there is none yet)."""
    from itglue_async.cli._store import runs_held

    return runs_held(path)


async def _backup_command(client: Any, options: argparse.Namespace, routes: Sequence[Route]) -> int:
    from itglue_async.cli import _progress
    from itglue_async.cli._backup import BackupFailed, backup

    if options.api != "itglue":
        only = [
            flag
            for flag, given in (
                ("--interfaces", options.interfaces),
                ("--attachments", options.attachments),
                ("--include-password-values", options.include_password_values),
            )
            if given
        ]
        if only:
            raise UsageError(f"{', '.join(only)} only apply to IT Glue backups.")
    refresh = options.refresh_after
    if refresh is not None and not (math.isfinite(refresh) and 0 < refresh <= 36500):
        raise UsageError(f"--refresh-after takes days above 0 and at most 36500, got {refresh:g}.")
    resources = None
    if options.resources:
        resources = [r.strip() for r in options.resources.split(",") if r.strip()]
    limit = client.limiter.rate if hasattr(client.limiter, "rate") else None
    window = (limit.requests, limit.per) if limit is not None else None
    display = _progress.make(options.progress, sys.stderr, window)
    if options.include_password_values:
        sys.stderr.write(
            f"warning: {options.path} will hold password values; it is made readable by "
            "you only. Keep it as safe as the passwords themselves.\n"
        )
    try:
        with display if display is not None else contextlib.nullcontext():
            report = await backup(
                client,
                options.path,
                resources=resources,
                full=options.full,
                include_password_values=options.include_password_values,
                interfaces=options.interfaces,
                attachments=options.attachments,
                refresh_after=dt.timedelta(days=refresh) if refresh is not None else None,
                routes=routes,
                progress=display,
            )
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    except BackupFailed as exc:
        failed = exc.report.failed or {"run": exc.report.error or str(exc)}
        sys.stderr.write(
            f"backup failed: {report_line(exc.report, options.path)}\n"
            + "".join(f"  failed {name}: {why}\n" for name, why in sorted(failed.items()))
            + "".join(f"  skipped {n}: {why}\n" for n, why in sorted(exc.report.skipped.items()))
            + "  run the same command again to resume what did not finish.\n"
        )
        return FAILED
    sys.stderr.write(report_line(report, options.path) + "\n")
    for name, reason in sorted(report.skipped.items()):
        sys.stderr.write(f"  skipped {name}: {reason}\n")
    return PARTIAL if report.skipped else OK


def report_line(report: Any, path: Path) -> str:
    counts = report.counts.values()
    listed = sum(c.listed for c in counts)
    return (
        f"{path}: run {report.run} {report.status}"
        f"{' (resumed)' if report.resumed else ''}: {listed} records listed in "
        f"{len(report.counts)} tables, {sum(c.new for c in counts)} new, {sum(c.changed for c in counts)} changed, "
        f"{sum(c.deleted for c in counts)} deleted; {report.requests} requests, "
        f"{report.rate_limited} 429s, {report.seconds:.1f}s"
    )


async def _list_command(
    client: Any, options: argparse.Namespace, routes: Sequence[Route], out: TextIO
) -> int:
    from itglue_async.cli._output import flat, write

    resource, route = _resource(client, options, routes, "list")
    kwargs: dict[str, Any] = _parents(route, options.parent)
    if options.filter:
        _offered(route, "--filter", route.filters)
        kwargs["filter"] = _filters(route, options.filter)
    if options.sort:
        _offered(route, "--sort", route.sorts)
        fields = [s.strip() for s in options.sort.split(",")]
        kwargs["sort"] = fields[0] if len(fields) == 1 else fields
    if options.include:
        _offered(route, "--include", route.includes)
        kwargs["include"] = [s.strip() for s in options.include.split(",")]
    if options.page_size is not None:
        kwargs["page_size"] = options.page_size
    if options.limit is not None and options.limit < 0:
        raise UsageError(f"--limit must be 0 or more, got {options.limit}.")
    rows: list[dict[str, Any]] = []
    async for item in resource.list(**kwargs):
        if options.limit is not None and len(rows) >= options.limit:
            break
        rows.append(flat(item, show_secrets=options.show_password_values))
    write(rows, options.format, out)
    return OK


async def _get_command(
    client: Any, options: argparse.Namespace, routes: Sequence[Route], out: TextIO
) -> int:
    from itglue_async.cli._output import flat, write

    resource, route = _resource(client, options, routes, "get")
    kwargs = _parents(route, options.parent)
    positional = (
        [kwargs.pop("resource_type"), kwargs.pop("resource_id")] if route.polymorphic else []
    )
    if options.include:
        _offered(route, "--include", route.includes)
        kwargs["include"] = [s.strip() for s in options.include.split(",")]
    item = await resource.get(*positional, options.id, **kwargs)
    write([flat(item, show_secrets=options.show_password_values)], options.format, out, single=True)
    return OK


def _resource(
    client: Any, options: argparse.Namespace, every: Sequence[Route], operation: str
) -> tuple[Any, Route]:
    """The client's resource ``options.resource`` and the route its ``operation`` takes with
    the ``--parent`` options given."""
    name: str = options.resource.replace("-", "_")
    parents: list[str] = options.parent
    routes = [r for r in every if r.resource == name and r.operation == operation]
    if not routes:
        valid = sorted({r.resource for r in every if r.operation == operation})
        raise UsageError(
            f"{name!r} is not a resource that can {operation}; valid: {', '.join(valid)}."
        )
    given = {p.split("=", 1)[0].strip() for p in parents}
    for route in routes:
        wanted = {route.parent} if route.parent else set()
        if route.polymorphic:
            wanted = {"resource_type", "resource_id"}
        if wanted == given:
            return getattr(client, name), route
    shapes = [
        (
            "--parent " + " --parent ".join(sorted(_route_parents(r)))
            if _route_parents(r)
            else "no --parent"
        )
        for r in routes
    ]
    raise UsageError(f"{name} {operation} takes {' or '.join(shapes)}.")


def _offered(route: Route, option: str, names: Any) -> None:
    """Refuse ``option`` for a route that documents none of what it sets."""
    if not names:
        raise UsageError(f"{route.resource} {route.operation} takes no {option}.")


def _route_parents(route: Route) -> list[str]:
    if route.polymorphic:
        return ["resource_type=TYPE", "resource_id=ID"]
    return [f"{route.parent}=ID"] if route.parent else []


def _parents(route: Route, parents: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for text in parents:
        key, value = _pair(text, "--parent")
        if key == "resource_type":
            out[key] = value
            continue
        try:
            out[key] = int(value)
        except ValueError:
            raise UsageError(f"--parent {key} must be an id, got {value!r}.") from None
    return out


def _filters(route: Route, texts: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for text in texts:
        key, value = _pair(text, "--filter")
        spec = route.filters.get(key)
        out[key] = value if spec is None else _typed(key, spec, value)
    return out


def _typed(key: str, spec: Param, text: str) -> Any:
    if spec.format in ("range", "date_range"):
        return text
    if spec.list and "," in text:
        return [_typed(key, Param(spec.type, spec.enum), part) for part in text.split(",")]
    if spec.type == "integer":
        try:
            return int(text)
        except ValueError:
            raise UsageError(f"--filter {key} must be an integer, got {text!r}.") from None
    if spec.type == "boolean":
        lowered = text.lower()
        if lowered not in ("true", "false", "1", "0"):
            raise UsageError(f"--filter {key} must be true or false, got {text!r}.")
        return lowered in ("true", "1")
    if spec.nullable and text == "null":
        return None
    return text


def _pair(text: str, option: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise UsageError(f"{option} takes NAME=VALUE, got {text!r}.")
    return key.strip(), value.strip()


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _stderr_handler() -> logging.Handler:
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("note: %(message)s"))
    return handler


__all__ = ["main", "run"]
