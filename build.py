#!/usr/bin/env python3
"""LiteBlocks build tool (standard library only; npm and pip run as subprocesses).

  python build.py                  build dist/
  python build.py serve [--port N] [--isolated]
                                   build, then serve dist/ on http://127.0.0.1:N (default 8000);
                                   --isolated sends COOP/COEP as netlify.toml does (Stop interrupts)
  python build.py test [ARGS]      install test needs, build, run pytest (ARGS go to pytest)
  python build.py bench [SECTION…]  print speed and size numbers (see tools/bench/)
  python build.py export app.py [more.py] [--requirements requirements.txt] --out DIR
                                   a self-contained static site for one app
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tools import site  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("build", help="build dist/ (the default)")
    serve = sub.add_parser("serve", help="build and serve dist/")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--isolated", action="store_true",
                       help="send COOP/COEP (cross-origin isolation) as netlify.toml does")
    test = sub.add_parser("test", help="install test requirements, build, run pytest")
    test.add_argument("pytest_args", nargs=argparse.REMAINDER)
    export = sub.add_parser("export", help="write a static site for one app")
    export.add_argument("files", nargs="+", help="the entrypoint first, then other files it imports")
    export.add_argument("--requirements", help="a requirements.txt of pure-Python packages")
    export.add_argument("--out", required=True, help="the folder to write")
    bench = sub.add_parser("bench", help="run the benchmarks and print numbers")
    bench.add_argument("sections", nargs="*")
    args = parser.parse_args(argv)

    if args.command in (None, "build"):
        site.build()
    elif args.command == "serve":
        from tools import serve as serving
        site.build()
        serving.serve_forever(site.ROOT / "dist", args.host, args.port, isolated=args.isolated)
    elif args.command == "bench":
        from tools import bench
        return bench.main(args.sections)
    elif args.command == "export":
        from tools import export as exporting
        return exporting.main(args)
    elif args.command == "test":
        from tools import testing
        return testing.run_tests(args.pytest_args)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
