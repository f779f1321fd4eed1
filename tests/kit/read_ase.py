#!/usr/bin/env python3
"""Reads an .ase file with the independent `swatch` package and prints its groups and swatches as JSON."""
import json
import sys

import swatch

print(json.dumps(swatch.parse(sys.argv[1]), indent=1))
