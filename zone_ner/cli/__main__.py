"""`python -m zone_ner.cli`."""

import sys

from zone_ner.cli.main import main

sys.exit(main())
