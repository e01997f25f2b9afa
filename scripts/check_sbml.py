"""Validates SBML files with libSBML (Debian package python3-sbml5; run with /usr/bin/python3).
Usage: /usr/bin/python3 scripts/check_sbml.py FILE... ; exits 1 if any file has an error or a fatal issue."""
import sys

import libsbml

failed = False
for path in sys.argv[1:]:
    doc = libsbml.readSBMLFromFile(path)
    doc.checkConsistency()
    errors = [doc.getError(i) for i in range(doc.getNumErrors())]
    serious = [e for e in errors if e.getSeverity() >= libsbml.LIBSBML_SEV_ERROR]
    warnings = len(errors) - len(serious)
    model = doc.getModel()
    n_par = model.getNumParameters() if model else 0
    n_rules = model.getNumRules() if model else 0
    print(f"{path}: level {doc.getLevel()} version {doc.getVersion()}, {n_par} parameters, {n_rules} rules, "
          f"{len(serious)} errors, {warnings} warnings")
    for e in serious:
        print(f"  line {e.getLine()}: [{e.getSeverityAsString()}] {e.getMessage().strip()}")
    failed = failed or bool(serious) or doc.getLevel() != 3 or doc.getVersion() != 2
sys.exit(1 if failed else 0)
