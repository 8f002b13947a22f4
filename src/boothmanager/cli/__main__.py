"""`python -m boothmanager.cli`, the same as the `boothmanager` command."""

from boothmanager.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
