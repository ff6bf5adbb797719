"""`python -m quoteindex` runs the command line."""
from quoteindex.cli import main

raise SystemExit(main())
