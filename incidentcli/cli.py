"""The ``incidentcli`` command.

Exit codes: 0 every input was read; 1 some inputs failed (their error records are in the
output and a one-line message each is on stderr); 2 usage error; 130 interrupted.
"""
from __future__ import annotations

import gc
import json
import os
import sys
from datetime import date

import click

from . import __version__

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

PARSE_EXAMPLES = """
\b
Examples:
  incidentcli parse article.txt                 # table on a terminal, JSON Lines in a pipe
  incidentcli parse news/ --format jsonl | jq -c '.incidents[]'
  incidentcli parse corpus.jsonl --input-format jsonl --format csv > incidents.csv
  cat page.html | incidentcli parse - --input-format html
  incidentcli parse news/ --jobs 2 --reference-date 2024-05-08
"""


class _DateType(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date of the form YYYY-MM-DD", param, ctx)


_CONTROL = str.maketrans({c: "?" for c in [*range(0, 32), *range(127, 160)]})


def _warn(message: str) -> None:
    """One line on stderr; control characters from file names or ids are made visible
    as '?' (no line breaks, no terminal escapes)."""
    click.echo(f"incidentcli: {message.translate(_CONTROL)}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="incidentcli")
def cli() -> None:
    """Turn news articles about violent incidents into structured records.

    \b
    Each article gives one record: the incidents it reports (attack type, place,
    date, killed, wounded, perpetrator, claim), every value with the exact span of
    text it came from.  Run `incidentcli parse --help` to start.
    """


@cli.command(epilog=PARSE_EXAMPLES)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("--input-format", type=click.Choice(["auto", "text", "html", "jsonl"]),
              default="auto", show_default=True,
              help="How to read inputs; auto goes by extension, then by sniffing the content.")
@click.option("--format", "fmt", type=click.Choice(["auto", "table", "json", "jsonl", "csv"]),
              default="auto", show_default=True,
              help="Output: auto is a table on a terminal and JSON Lines otherwise.")
@click.option("--reference-date", type=_DateType(), default=None,
              help="Date that relative dates ('on Monday') resolve against when an article has "
                   "no dateline; a JSON Lines line's own reference_date wins.")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="File patterns read in folders (repeatable; default: *.txt *.html *.htm "
                   "*.jsonl *.json *.md).")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes; output stays in input order.")
@click.option("--scheduler", metavar="local|tcp://HOST:PORT", default=None,
              help="Run on a Dask cluster: 'local' starts one on this machine (--jobs workers, "
                   "default one per core); an address uses a running scheduler. Needs "
                   "pip install 'incidentcli[dask]'.")
@click.option("--partition-size", type=click.IntRange(1), default=None, metavar="N",
              help="Articles per partition (one Dask task, one --output-dir part) [default: 2000].")
@click.option("--output-dir", type=click.Path(file_okay=False), default=None, metavar="DIR",
              help="Write JSON Lines as DIR/part-00000.jsonl... (one per partition) plus "
                   "DIR/manifest.json (parts and counts) instead of to stdout.")
@click.option("--explain", is_flag=True,
              help="Show each article with the evidence of every field highlighted, and why.")
@click.option("--no-color", is_flag=True, help="No colour (NO_COLOR in the environment does the same).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal and there are many inputs).")
def parse(inputs, input_format, fmt, reference_date, globs, jobs, scheduler, partition_size,
          output_dir, explain, no_color, progress):
    """Extract incidents from articles: files, folders, JSON Lines, or - for stdin.

    With no INPUT, reads standard input when it is not a terminal.
    """
    from .reader import DEFAULT_GLOBS, Item, expand_inputs, read_source
    from .runner import run, settle_gc

    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("no INPUT given and standard input is a terminal "
                                   "(give a file, a folder, or - to read stdin)")
        inputs = ("-",)
    if inputs.count("-") > 1:
        raise click.UsageError("'-' (standard input) can be given only once")
    if output_dir is not None and (explain or fmt not in ("auto", "jsonl")):
        raise click.UsageError("--output-dir writes JSON Lines parts; drop --format/--explain")
    if scheduler is not None:
        from .distributed import DaskUnavailable, require_dask
        try:
            require_dask()
        except DaskUnavailable as exc:
            _warn(str(exc))
            sys.exit(EXIT_USAGE)
    jobs_given = click.get_current_context().get_parameter_source("jobs") \
        != click.core.ParameterSource.DEFAULT
    dask_workers = jobs if jobs_given else None  # --scheduler local: default one per core
    color = not (no_color or os.environ.get("NO_COLOR"))
    out_tty = sys.stdout.isatty()
    if fmt == "auto":
        fmt = "table" if out_tty else "jsonl"

    sources = list(expand_inputs(inputs, tuple(globs) or DEFAULT_GLOBS, warn=_warn))
    stdin = getattr(sys.stdin, "buffer", None)

    def items():
        for src in sources:
            if isinstance(src, Item):
                yield src
            else:
                yield from read_source(src, input_format, reference_date, stdin)

    failed = 0
    show_progress = progress if progress is not None else (
        sys.stderr.isatty() and len(sources) > 3)

    def records():
        nonlocal failed
        if scheduler is None:
            stream, cluster_errors = run(items(), jobs=jobs, keep_text=explain), ()
        else:
            from .distributed import ClusterUnavailable, records_on_dask
            stream = records_on_dask(items(), scheduler, partition_size, dask_workers,
                                     keep_text=explain)
            cluster_errors = (ClusterUnavailable,)
        try:
            for rec in stream:
                if rec.error is not None:
                    failed += 1
                    _warn(rec.error.message)
                yield rec
                if not gc.isenabled():  # start-up is over (see main)
                    settle_gc()
        except cluster_errors as exc:  # no such scheduler, or a cluster that won't start
            _warn(str(exc))
            sys.exit(EXIT_SOME_FAILED)

    stream = records()
    if show_progress:
        stream = _with_progress(stream, len(sources), color)

    if output_dir is not None:
        from .distributed import write_parts
        try:
            manifest = write_parts(stream, output_dir, partition_size)
        except FileExistsError as exc:
            _warn(str(exc))
            sys.exit(EXIT_USAGE)
        _warn(f"wrote {manifest['records']} records in {len(manifest['parts'])} parts to "
              f"{output_dir}")
    elif explain or fmt == "table":
        from rich.console import Console
        console = Console(no_color=not color, highlight=False,
                          force_terminal=None if color else False)
        if explain:
            from .render import render_explain
            for rec in stream:
                render_explain(rec, console)
        else:
            from .render import render_table
            render_table(list(stream), console)
    else:
        from .render import Writer
        writer = Writer(sys.stdout, fmt)
        for rec in stream:
            writer.write(rec)
        writer.close()
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _with_progress(stream, total: int, color: bool):
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True, no_color=not color), transient=True) as bar:
        task = bar.add_task("extracting", total=total or None)
        for rec in stream:
            bar.advance(task)
            yield rec


@cli.command()
def schema():
    """Print the JSON Schema (draft 2020-12) that every record validates against."""
    from .schema import record_schema
    click.echo(json.dumps(record_schema(), indent=2))


def entry() -> None:
    """The ``incidentcli`` command (``python -m incidentcli`` and the installed script):
    ``main()``, after which the process ends at once, without the interpreter's teardown
    (freeing every module, pattern and lexicon one by one: ~10% of a one-article run).
    Output is flushed first; a run that started worker processes (``--jobs``, Dask) exits
    the normal way, so that they are cleaned up."""
    try:
        main()
    except SystemExit as exc:
        if not isinstance(exc.code, int) or "multiprocessing" in sys.modules \
                or "distributed" in sys.modules:
            raise
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            raise exc from None
        os._exit(exc.code)


def main() -> None:
    """Entry point: click, plus quiet handling of closed pipes and Ctrl-C, and never a
    traceback (INCIDENTCLI_DEBUG=1 shows one for an unexpected error).

    The cyclic garbage collector is off while the modules, patterns and lexicons are loaded
    (they live as long as the process; scanning them again and again is ~5% of start-up);
    ``runner.settle_gc`` turns it back on after the first document.  Expressions compile
    through ``patterncache`` (the engine's code of each kept from the last run)."""
    from .patterncache import installed

    gc.disable()
    try:
        with installed():
            _main()
    finally:
        gc.enable()


def _main() -> None:
    _harden_stdout()
    stdout_at_start = _stdout_identity()
    try:
        cli.main(prog_name="incidentcli", standalone_mode=False)
    except click.exceptions.Exit as exc:
        _exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        _exit(EXIT_USAGE if isinstance(exc, click.UsageError) else EXIT_SOME_FAILED)
    except click.exceptions.Abort:
        _warn("interrupted")
        _exit(EXIT_INTERRUPTED)
    except KeyboardInterrupt:
        _warn("interrupted")
        _exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_broken_pipe()
    except SystemExit as exc:
        if (type(sys.stdout).__name__.lstrip("_") == "PacifyFlushWrapper"
                or _stdout_identity() != stdout_at_start):
            # click and rich handle EPIPE themselves (stdout -> /dev/null, exit 1): the
            # reader went away, which is no failure of ours.  (click 8.5 renamed its
            # wrapper to _PacifyFlushWrapper.)
            _quiet_broken_pipe()
        _exit(exc.code if isinstance(exc.code, int) else 0)
    except Exception as exc:  # a bug of ours: one line, not a traceback
        if os.environ.get("INCIDENTCLI_DEBUG"):
            raise
        _warn(f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
        _exit(EXIT_SOME_FAILED)
    _exit(EXIT_OK)


def _stdout_identity() -> tuple[int, int] | None:
    try:
        st = os.fstat(1)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _harden_stdout() -> None:
    # Whatever the locale, never die encoding a character of the output: escape it.
    try:
        sys.stdout.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError):
        pass


def _quiet_broken_pipe() -> None:
    # The reader went away (`| head -1`): stop quietly, and keep Python from complaining
    # while flushing stdout at exit.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    sys.exit(EXIT_OK)  # normal shutdown: a --jobs pool is ended too


def _exit(code: int) -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_broken_pipe()
    sys.exit(code)

