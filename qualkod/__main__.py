"""Allow ``python -m qualkod``."""

from qualkod.console import main

main()
