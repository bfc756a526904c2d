"""Guardian's entry point: the app with no sub-command, the CLI with one."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Sequence

from guardian import cli, netguard
from guardian.evidence.writer import PdfRenderer


def main(argv: Sequence[str] | None = None) -> int:
    netguard.install()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--self-test"]:  # before the parser: the frozen app's smoke test, `--self-test [CHECK...]`
        from ui.selftest import run_self_test

        return run_self_test(argv[1:])
    args = cli.build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_app  # Qt is loaded only when the window is wanted

        return run_app(args)
    return cli.main(argv, pdf_renderer=_dossier_pdf_renderer)


def _dossier_pdf_renderer() -> PdfRenderer:
    """The Qt PDF renderer for `guardian evidence`, loaded only when a dossier is written."""
    from ui.dossier_pdf import render_pdf

    return render_pdf


if __name__ == "__main__":
    # In the frozen app a scan's worker process is this executable started again: hand it to
    # multiprocessing before anything else runs (a no-op in the app's own process).
    multiprocessing.freeze_support()
    sys.exit(main())
