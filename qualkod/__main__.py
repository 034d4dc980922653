"""Allow ``python -m qualkod``."""

from qualkod.cli.app import main

main()
