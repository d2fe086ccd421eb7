"""`python -m auditor` runs the command line."""
from auditor.cli import main

if __name__ == "__main__":
    main()
