"""``python -m tests.corpus.hostile DIR``: write every case to DIR with a manifest."""

import sys

from tests.corpus.hostile import main

raise SystemExit(main(sys.argv[1:]))
